import type { ReactNode } from 'react';
import { NotForAccount } from '@skhcn/one-stop-ui';
import { LoadingState } from '@skhcn/ui';
import { useSession } from './session.hooks';

/** Staff pages: an applicant who opens one by URL is told plainly that it is not for this account. */
export function StaffOnly({ children }: { children: ReactNode }) {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (user?.kind === 'applicant')
    return (
      <NotForAccount forWhom="cán bộ của Sở" goTo={{ to: '/ho-so-cua-toi', label: 'Xem hồ sơ của tôi' }} />
    );
  return <>{children}</>;
}
