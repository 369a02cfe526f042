import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Alert, LoadingState } from '@skhcn/ui';
import { useSession } from './session.hooks';

/** Whether the signed-in user is an administrator (Quản trị hệ thống) in some unit. */
export function useIsAdmin(): boolean {
  const { data: user } = useSession();
  return user?.memberships.some((m) => m.role === 'admin') ?? false;
}

/** Administrator pages: anybody else who opens one by URL is told plainly, with a way home. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { isPending } = useSession();
  const isAdmin = useIsAdmin();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (!isAdmin)
    return (
      <Alert tone="error" title="Trang dành cho quản trị hệ thống">
        Tài khoản của bạn không có quyền quản trị tài khoản và đơn vị. <Link to="/">Về trang chủ</Link>
      </Alert>
    );
  return <>{children}</>;
}
