import { Link } from 'react-router';
import { EmptyState, PageHeader } from '@skhcn/ui';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Không tìm thấy trang" />
      <EmptyState
        title="Địa chỉ này không tồn tại trên hệ thống."
        action={<Link to="/">Về trang chủ</Link>}
      />
    </>
  );
}
