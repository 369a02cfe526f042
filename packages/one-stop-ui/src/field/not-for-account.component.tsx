import { useEffect } from 'react';
import { Link } from 'react-router';
import { Alert, PageHeader } from '@skhcn/ui';

export interface NotForAccountProps {
  /** Who the page is for, e.g. "cán bộ tiếp nhận, xử lý hồ sơ" */
  forWhom: string;
  /** Where this account should go instead */
  goTo: { to: string; label: string };
}

/** A page opened by URL that is not meant for this account says so plainly, with the way to where it is. */
export function NotForAccount({ forWhom, goTo }: NotForAccountProps) {
  useEffect(() => {
    document.title = 'Trang không dành cho tài khoản này – Sở Khoa học và Công nghệ';
  }, []);
  return (
    <>
      <PageHeader title="Trang này không dành cho tài khoản của bạn" />
      <Alert tone="warning" title={`Trang này dành cho ${forWhom}.`}>
        <p>
          Tài khoản bạn đang dùng không xem được trang này. <Link to={goTo.to}>{goTo.label}</Link>
        </p>
      </Alert>
    </>
  );
}
