import { useEffect } from 'react';
import { Link } from 'react-router';
import { managementFields } from '@skhcn/domain';
import { Card, PageHeader } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';
import { fieldApps } from '../field-apps';
import { WorkInbox } from './work-inbox.component';

export function HomePage() {
  const { data: user } = useSession();
  useEffect(() => {
    document.title = 'Trang chủ – Sở Khoa học và Công nghệ';
  }, []);
  const apps = Object.values(fieldApps);
  return (
    <>
      <PageHeader
        title={user ? `Xin chào, ${user.fullName}` : 'Trang chủ'}
        description="Hệ thống quản lý hồ sơ, thủ tục hành chính theo các lĩnh vực của Sở Khoa học và Công nghệ."
      />
      {user?.kind === 'applicant' ? (
        <Card title="Hồ sơ của tôi">
          <p>Theo dõi hồ sơ đã nộp, nộp bổ sung khi được yêu cầu.</p>
          <ul>
            <li>
              <Link to="/tdc/ho-so-cua-toi">Hồ sơ của tôi</Link>
            </li>
            <li>
              <Link to="/tdc/nop-ho-so">Nộp hồ sơ công bố trực tuyến</Link>
            </li>
          </ul>
        </Card>
      ) : user ? (
        <WorkInbox />
      ) : null}
      <div className="shell-grid">
        <Card title="Bản đồ nhiệm vụ">
          <p>Toàn bộ 29 nhiệm vụ, quyền hạn theo Điều 2, đơn vị chủ trì và thủ tục hành chính tương ứng.</p>
          <Link to="/dieu-2">Mở bản đồ nhiệm vụ</Link>
        </Card>
        <Card title="Tra cứu công khai">
          <p>Sổ công bố hợp chuẩn, hợp quy và xác minh thông báo tiếp nhận (không cần đăng nhập).</p>
          <Link to="/tra-cuu/cong-bo">Tra cứu bản công bố</Link>
        </Card>
        <Card title="Phân hệ nghiệp vụ">
          <ul>
            {apps.map((app) => (
              <li key={app.path}>
                <Link to={app.path}>{app.label}</Link>
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Lĩnh vực quản lý">
          <p>{managementFields.length} lĩnh vực quản lý nhà nước (khoản 6 đến khoản 19 Điều 2).</p>
        </Card>
      </div>
    </>
  );
}
