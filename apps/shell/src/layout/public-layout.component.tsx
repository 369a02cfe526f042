import { Link, NavLink, Outlet } from 'react-router';
import { SkipLink } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';
import { departmentName } from '../organisation';

/** A light layout for the public pages: no navigation by field, a sign-in link, the department's name. */
export function PublicLayout() {
  const { data: user } = useSession();
  return (
    <div className="shell shell--public">
      <SkipLink targetId="main" />
      <header className="shell-header">
        <div className="shell-header__brand">
          <span className="shell-header__emblem" aria-hidden="true">
            KH&amp;CN
          </span>
          <span className="shell-header__name">{departmentName}</span>
        </div>
        <nav aria-label="Tra cứu công khai" className="shell-header__account">
          <NavLink to="/tra-cuu" end>
            Tra cứu công khai
          </NavLink>
          {user ? <Link to="/">Về trang làm việc</Link> : <Link to="/dang-nhap">Đăng nhập</Link>}
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="shell-main shell-main--public">
        <Outlet />
      </main>
      <footer className="shell-footer">
        <p>{departmentName} · Thông tin công khai, không cần đăng nhập</p>
      </footer>
    </div>
  );
}
