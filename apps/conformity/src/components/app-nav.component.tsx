import { NavLink } from 'react-router';
import { hasRole, useSession } from './use-session.hook';

/** The TĐC app's own menu: the officer's daily tools, or the applicant's pages. */
export function AppNav() {
  const { data: user } = useSession();
  if (!user) return null;
  const links =
    user.kind === 'applicant'
      ? [
          { to: 'nop-ho-so', label: 'Nộp hồ sơ trực tuyến' },
          { to: 'ho-so-cua-toi', label: 'Hồ sơ của tôi' },
        ]
      : [
          { to: 'ho-so', label: 'Hộp hồ sơ' },
          { to: 'tiep-nhan', label: 'Tiếp nhận tại quầy' },
          ...(hasRole(user, 'unit_head', 'leader', 'admin') ? [{ to: 'bao-cao', label: 'Báo cáo' }] : []),
          { to: '.', label: 'Thủ tục', end: true },
        ];
  return (
    <nav aria-label="Phân hệ tiêu chuẩn, đo lường, chất lượng" className="tdc-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={'end' in l ? l.end : false}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
