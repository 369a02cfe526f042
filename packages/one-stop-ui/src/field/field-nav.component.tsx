import { Link, useLocation } from 'react-router';
import { hasRole, isApplicant, useSession } from '../session';
import { fieldPath, useField } from './field';

interface NavItem {
  to: string;
  label: string;
  /** also current for these paths below it */
  current: (pathname: string) => boolean;
}

/** The field's own menu: the officer's daily tools, or the applicant's pages. `aria-current` marks where you are. */
export function FieldNav() {
  const field = useField();
  const { pathname } = useLocation();
  const { data: user } = useSession();
  if (!user) return null;
  const base = field.basePath;
  const under = (path: string) => (p: string) => p === path || p.startsWith(`${path}/`);
  const procedures: NavItem = {
    to: base,
    label: 'Thủ tục',
    current: (p) => p === base || p === `${base}/` || p.startsWith(`${base}/thu-tuc/`),
  };
  const items: NavItem[] = isApplicant(user)
    ? [
        procedures,
        {
          to: fieldPath(field, 'nop-ho-so'),
          label: 'Nộp hồ sơ trực tuyến',
          current: under(fieldPath(field, 'nop-ho-so')),
        },
        { to: '/ho-so-cua-toi', label: 'Hồ sơ của tôi', current: under('/ho-so-cua-toi') },
      ]
    : [
        { to: fieldPath(field, 'ho-so'), label: 'Hộp hồ sơ', current: under(fieldPath(field, 'ho-so')) },
        {
          to: fieldPath(field, 'tiep-nhan'),
          label: 'Tiếp nhận tại quầy',
          current: under(fieldPath(field, 'tiep-nhan')),
        },
        ...(field.extraNav ?? [])
          .filter((n) => !n.roles || hasRole(user, ...n.roles))
          .map((n) => ({
            to: fieldPath(field, n.to),
            label: n.label,
            current: under(fieldPath(field, n.to)),
          })),
        procedures,
      ];
  return (
    <nav aria-label={`Phân hệ ${field.title.toLowerCase()}`} className="os-nav">
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={item.current(pathname) ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
