import { useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { managementFields, roleLabels } from '@skhcn/domain';
import { SkipLink } from '@skhcn/ui';
import { useIsAdmin } from '../auth/admin-only.component';
import { useSession } from '../auth/session.hooks';
import { appLink } from '../field-apps';
import { departmentName, unitName } from '../organisation';
import { AccountActions } from './sign-out-button.component';

function UserBadge() {
  const { data: user } = useSession();
  if (!user) return null;
  const first = user.memberships[0];
  return (
    <div className="shell-user">
      <span className="shell-user__name">{user.fullName}</span>
      {first ? (
        <span className="shell-user__unit">
          {roleLabels[first.role]} · {unitName(first.unitCode)}
        </span>
      ) : null}
    </div>
  );
}

/** Primary navigation: home, the Điều 2 map, the field apps, and every management field of Điều 2. */
export function MainNav() {
  const isAdmin = useIsAdmin();
  return (
    <nav className="shell-nav" aria-label="Điều hướng chính">
      <ul className="shell-nav__list">
        <li>
          <NavLink to="/" end>
            Trang chủ
          </NavLink>
        </li>
        <li>
          <NavLink to="/dieu-2">Bản đồ Điều 2</NavLink>
        </li>
        <li>
          <NavLink to="/lich-lam-viec">Lịch làm việc</NavLink>
        </li>
        {isAdmin ? (
          <>
            <li>
              <NavLink to="/quan-tri/tai-khoan">Quản trị tài khoản</NavLink>
            </li>
            <li>
              <NavLink to="/quan-tri/don-vi">Đơn vị và cán bộ</NavLink>
            </li>
          </>
        ) : null}
      </ul>
      <h2 className="shell-nav__heading" id="nav-fields">
        Lĩnh vực quản lý
      </h2>
      <ul className="shell-nav__list" aria-labelledby="nav-fields">
        {managementFields.map((field) => {
          const app = appLink(field.apps);
          return (
            <li key={field.slug}>
              <NavLink to={app ? app.path : `/linh-vuc/${field.slug}`}>{field.label}</NavLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function AppLayout() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  // Move focus to the new page on navigation so screen-reader users hear where they are.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="shell">
      <SkipLink targetId="main" />
      <header className="shell-header">
        <div className="shell-header__brand">
          <span className="shell-header__emblem" aria-hidden="true">
            KH&amp;CN
          </span>
          <span className="shell-header__name">{departmentName}</span>
        </div>
        <div className="shell-header__account">
          <UserBadge />
          <AccountActions />
        </div>
      </header>
      <div className="shell-body">
        <MainNav />
        <main id="main" ref={mainRef} tabIndex={-1} className="shell-main">
          <Outlet />
        </main>
      </div>
      <footer className="shell-footer">
        <p>{departmentName} · Hệ thống quản lý hồ sơ thủ tục hành chính</p>
      </footer>
    </div>
  );
}
