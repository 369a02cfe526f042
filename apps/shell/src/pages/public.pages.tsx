import { useEffect } from 'react';
import { Link } from 'react-router';
import { DossierStatusPage } from '@skhcn/one-stop-ui';
import { Card, PageHeader } from '@skhcn/ui';
import { FIELD_APPS } from '../field-apps';

/** /tra-cuu — what anyone may look up without signing in. */
export function PublicHome() {
  useEffect(() => {
    document.title = 'Tra cứu công khai – Sở Khoa học và Công nghệ';
  }, []);
  return (
    <>
      <PageHeader title="Tra cứu công khai" description="Không cần đăng nhập." />
      <div className="shell-grid">
        <Card title="Tình trạng hồ sơ">
          <p>Quét mã QR trên giấy tiếp nhận, hoặc nhập mã hồ sơ và mã số thuế.</p>
          <Link to="/tra-cuu/ho-so">Tra cứu tình trạng hồ sơ</Link>
        </Card>
        {FIELD_APPS.some((a) => a.publicSegments?.includes('cong-bo')) ? (
          <Card title="Sổ công bố hợp chuẩn, hợp quy">
            <p>Thông báo tiếp nhận bản công bố đã cấp, còn hiệu lực hay đã thu hồi.</p>
            <Link to="/tra-cuu/cong-bo">Tra cứu bản công bố</Link>
          </Card>
        ) : null}
        {FIELD_APPS.some((a) => a.publicSegments?.includes('giay-phep')) ? (
          <Card title="Giấy phép, giấy xác nhận, chứng chỉ">
            <p>
              Giấy phép bức xạ, giấy xác nhận khai báo, chứng chỉ, giấy phép bưu chính: quét mã QR hoặc nhập
              số.
            </p>
            <Link to="/tra-cuu/giay-phep">Tra cứu giấy phép</Link>
          </Card>
        ) : null}
      </div>
    </>
  );
}

export function PublicDossierStatus() {
  return <DossierStatusPage />;
}
