import { NavLink } from 'react-router';
import { useOverview } from './use-overview.hook';

/** The DTI app's own menu: cycles for everyone in it, frameworks for the CĐS team. */
export function AppNav() {
  const { data } = useOverview();
  if (!data) return null;
  const links = [
    { to: '.', label: 'Kỳ đánh giá', end: true },
    ...(data.team ? [{ to: 'bo-chi-so', label: 'Bộ chỉ số', end: false }] : []),
    ...(data.canManage ? [{ to: 'chu-ky/moi', label: 'Mở kỳ đánh giá', end: false }] : []),
  ];
  return (
    <nav aria-label="Phân hệ chỉ số chuyển đổi số" className="dti-nav">
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
