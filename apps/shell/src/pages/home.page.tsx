import { useEffect, type ReactNode } from 'react';
import { Link, Navigate } from 'react-router';
import { managementFields } from '@skhcn/domain';
import { Card, PageHeader } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';
import { FIELD_APPS, fieldApp } from '../field-apps';
import { SigningQueue } from './signing-queue.component';
import { WorkInbox } from './work-inbox.component';

/** The staff home: a leader's signing queue, the work nearest its deadline across fields, the ways in. */
export function HomePage() {
  const { data: user } = useSession();
  useEffect(() => {
    document.title = 'Trang chủ – Sở Khoa học và Công nghệ';
  }, []);
  const signs = !!user?.memberships.some((m) => m.role === 'leader');
  const isAdmin = !!user?.memberships.some((m) => m.role === 'admin');
  // an administrator only (no other role) handles no dossiers: the home offers the administration instead
  const handlesDossiers = !!user?.memberships.some((m) => m.role !== 'admin');
  return (
    <>
      <PageHeader
        title={user ? `Xin chào, ${user.fullName}` : 'Trang chủ'}
        description="Hệ thống quản lý hồ sơ, thủ tục hành chính theo các lĩnh vực của Sở Khoa học và Công nghệ."
      />
      {user?.kind === 'external' ? (
        // people outside the department have no dossiers: a council expert's work is in the science module, a
        // commune's DTI reporter's in the DTI module
        <Card title="Việc của tôi">
          <ul>
            <li>
              Chuyên gia hội đồng KH&amp;CN: khai báo xung đột lợi ích và chấm điểm hồ sơ.{' '}
              <Link to={`${fieldApp('science')?.path ?? ''}/hoi-dong-cua-toi`}>Mở hội đồng của tôi</Link>
            </li>
            <li>
              Người nhập số liệu DTI: số liệu và minh chứng chỉ số chuyển đổi số của đơn vị được giao.{' '}
              <Link to={fieldApp('dti')?.path ?? '/'}>Mở phân hệ chỉ số chuyển đổi số</Link>
            </li>
          </ul>
        </Card>
      ) : (
        <>
          {isAdmin ? (
            <Card title="Quản trị hệ thống">
              <ul>
                <li>
                  <Link to="/quan-tri/tai-khoan">Quản trị tài khoản</Link>: thêm cán bộ, mở tài khoản cho tổ
                  chức, đổi vai trò, khoá, mở lại, đặt lại mật khẩu.
                </li>
                <li>
                  <Link to="/quan-tri/don-vi">Đơn vị và cán bộ</Link>: cán bộ của từng đơn vị.
                </li>
                <li>
                  <Link to="/lich-lam-viec">Lịch làm việc</Link>: ghi nhận thông báo nghỉ lễ, làm bù.
                </li>
              </ul>
            </Card>
          ) : null}
          {signs ? <SigningQueue /> : null}
          {handlesDossiers ? <WorkInbox /> : null}
        </>
      )}
      <div className="shell-grid">
        <Card title="Bản đồ nhiệm vụ">
          <p>Toàn bộ 29 nhiệm vụ, quyền hạn theo Điều 2, đơn vị chủ trì và thủ tục hành chính tương ứng.</p>
          <Link to="/dieu-2">Mở bản đồ nhiệm vụ</Link>
        </Card>
        <Card title="Tra cứu công khai">
          <p>Tình trạng hồ sơ theo mã QR, sổ công bố hợp chuẩn, hợp quy (không cần đăng nhập).</p>
          <Link to="/tra-cuu">Mở trang tra cứu</Link>
        </Card>
        <Card title="Phân hệ nghiệp vụ">
          <ul>
            {FIELD_APPS.map((app) => (
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

/** "/" : the staff home, or for an applicant their dossiers. */
export function ApplicantHome({ staffHome }: { staffHome: ReactNode }) {
  const { data: user } = useSession();
  return user?.kind === 'applicant' ? <Navigate to="/ho-so-cua-toi" replace /> : <>{staffHome}</>;
}
