import { useEffect } from 'react';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '@skhcn/ui';

export function NotFoundPage({
  home = '/',
  homeLabel = 'Về trang chủ',
}: {
  home?: string;
  homeLabel?: string;
}) {
  useEffect(() => {
    document.title = 'Không tìm thấy trang – Sở Khoa học và Công nghệ';
  }, []);
  return (
    <>
      <PageHeader title="Không tìm thấy trang" />
      <EmptyState
        title="Địa chỉ này không tồn tại trên hệ thống."
        description="Có thể đường dẫn đã cũ, gõ nhầm, hoặc mã QR bị in sai."
        action={<Link to={home}>{homeLabel}</Link>}
      />
    </>
  );
}
