import { NavLink } from 'react-router';
import { audienceOf, useSession } from './use-session.hook';

/** The science app's own menu: the office's tools, an organisation's pages, or an expert's councils. */
export function AppNav() {
  const { data: user } = useSession();
  if (!user) return null;
  const audience = audienceOf(user);
  const links =
    audience === 'applicant'
      ? [
          { to: 'dot-tuyen-chon', label: 'Đợt tuyển chọn đang mở' },
          { to: 'cua-toi', label: 'Hồ sơ và nhiệm vụ của tôi' },
        ]
      : audience === 'expert'
        ? [{ to: 'hoi-dong-cua-toi', label: 'Hội đồng của tôi' }]
        : [
            { to: '.', label: 'Bảng theo dõi nhiệm vụ', end: true },
            { to: 'de-xuat', label: 'Ghi nhận đề xuất' },
            { to: 'ho-so', label: 'Hồ sơ một cửa' },
            { to: 'ket-qua', label: 'Kết quả nhiệm vụ' },
            { to: 'bao-cao', label: 'Báo cáo' },
            { to: 'chuyen-gia', label: 'Chuyên gia' },
            { to: 'hoi-dong-cua-toi', label: 'Hội đồng của tôi' },
          ];
  return (
    <nav aria-label="Phân hệ khoa học và công nghệ" className="khcn-nav">
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
