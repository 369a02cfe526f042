import { useEffect } from 'react';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '@skhcn/ui';

/** An unknown public address: said plainly, with the ways to the public pages. */
export function PublicNotFound() {
  useEffect(() => {
    document.title = 'Không tìm thấy trang – Tra cứu công khai';
  }, []);
  return (
    <>
      <PageHeader title="Không tìm thấy trang" />
      <EmptyState
        title="Địa chỉ tra cứu này không tồn tại."
        description="Có thể đường dẫn đã cũ hoặc mã QR bị in sai."
        action={
          <>
            <Link to="/tra-cuu/cong-bo">Tra cứu bản công bố</Link> ·{' '}
            <Link to="/tra-cuu/ho-so">Tra cứu hồ sơ</Link>
          </>
        }
      />
    </>
  );
}
