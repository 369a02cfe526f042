import { lazy, Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LoadingState, SkipLink } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';
import { departmentName } from '../organisation';
import { AccountActions } from './sign-out-button.component';

// Only an applicant signed in through an identity provider without an organisation sees it: loaded on first use, so
// the sign-in page does not carry its validation schemas.
const CompleteProfile = lazy(() =>
  import('../pages/complete-profile.component').then((m) => ({ default: m.CompleteProfile })),
);

/**
 * The applicant's space: the department's name and the applicant's organisation in the header, their own few pages
 * in the menu (no staff sidebar, no Điều 2 map), laid out for a phone as well as a desk.
 */
export function ApplicantLayout() {
  const { data: user } = useSession();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [pathname]);

  return (
    <div className="shell shell--applicant">
      <SkipLink targetId="main" />
      <header className="shell-header">
        <div className="shell-header__brand">
          <span className="shell-header__emblem" aria-hidden="true">
            KH&amp;CN
          </span>
          <span className="shell-header__name">{departmentName}</span>
        </div>
        <div className="shell-header__account">
          <div className="shell-user">
            <span className="shell-user__name">{user?.applicant?.organisationName ?? user?.fullName}</span>
            <span className="shell-user__unit">
              {user?.fullName}
              {user?.applicant ? ` · MST ${user.applicant.taxCode}` : ''}
            </span>
          </div>
          <AccountActions />
        </div>
      </header>
      <nav className="shell-topnav" aria-label="Trang của tổ chức, cá nhân">
        <ul>
          <li>
            <NavLink to="/ho-so-cua-toi">Hồ sơ của tôi</NavLink>
          </li>
          <li>
            <NavLink to="/nop-ho-so">Nộp hồ sơ trực tuyến</NavLink>
          </li>
          <li>
            <NavLink to="/tra-cuu">Tra cứu công khai</NavLink>
          </li>
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell-main shell-main--applicant">
        {/* signed in through the identity provider without an organisation: it is asked for first */}
        {user?.kind === 'applicant' && !user.applicant ? (
          <Suspense fallback={<LoadingState label="Đang tải…" />}>
            <CompleteProfile />
          </Suspense>
        ) : (
          <Outlet />
        )}
      </main>
      <footer className="shell-footer">
        <p>{departmentName} · Cổng nộp hồ sơ thủ tục hành chính</p>
      </footer>
    </div>
  );
}
