import { useEffect } from 'react';
import { Link } from 'react-router';
import { EmptyState, PageHeader } from '@skhcn/ui';

/**
 * The field's intake on the shared one-stop screens. A result registration is filed from the accepted task's page
 * (it must name the task and come within 30 days of its acceptance), so this page says where to go.
 */
export function RegistrationIntake({ mode }: { mode: 'counter' | 'online' }) {
  useEffect(() => {
    document.title = 'Nộp hồ sơ đăng ký kết quả – Khoa học và công nghệ';
  }, []);
  return (
    <>
      <PageHeader title="Nộp hồ sơ đăng ký kết quả nhiệm vụ" />
      <EmptyState
        title="Hồ sơ đăng ký kết quả được nộp từ trang của nhiệm vụ đã nghiệm thu"
        description="Hồ sơ phải gắn với nhiệm vụ và nộp trong 30 ngày kể từ ngày nghiệm thu chính thức (Thông tư 14/2014/TT-BKHCN)."
        action={
          mode === 'online' ? (
            <Link to="/khcn/cua-toi">Xem nhiệm vụ tổ chức đang chủ trì</Link>
          ) : (
            <Link to="/khcn/ket-qua?dang-ky=chua">Xem nhiệm vụ đã nghiệm thu chưa đăng ký kết quả</Link>
          )
        }
      />
    </>
  );
}
