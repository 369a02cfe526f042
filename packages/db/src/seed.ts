import type { Membership, OrganisationConfig } from '@skhcn/domain';
import type { Database } from './client';
import { hashPassword } from './password';
import { upsertUnits } from './repositories/units.repository';
import { upsertUser, type ApplicantProfile } from './repositories/users.repository';
import type { UserKind } from './schema';

/** The password of every demo account. The server refuses to start in production while any demo account exists. */
export const DEMO_PASSWORD = 'Demo@2026';

export interface DemoUser {
  username: string;
  fullName: string;
  memberships: Membership[];
  kind?: UserKind;
  applicant?: ApplicantProfile;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'canbo.tdc',
    fullName: 'Nguyễn Thị Lan',
    memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
  },
  {
    username: 'truong.tdc',
    fullName: 'Trần Văn Hùng',
    memberships: [{ unitCode: 'CCTDC', role: 'unit_head' }],
  },
  { username: 'canbo.buuchinh', fullName: 'Lê Thị Hoa', memberships: [{ unitCode: 'HTS', role: 'officer' }] },
  {
    username: 'canbo.khoahoc',
    fullName: 'Đỗ Minh Tuấn',
    memberships: [{ unitCode: 'QLKH', role: 'officer' }],
  },
  {
    username: 'canbo.cds',
    fullName: 'Vũ Thị Thu Trang',
    memberships: [{ unitCode: 'CNTT', role: 'officer' }],
  },
  { username: 'lanhdao', fullName: 'Phạm Văn Minh', memberships: [{ unitCode: 'BGD', role: 'leader' }] },
  { username: 'quantri', fullName: 'Hoàng Quốc Việt', memberships: [{ unitCode: 'VP', role: 'admin' }] },
  // An applicant (doanh nghiệp) submitting online; the tax code is fictitious but of the valid 10-digit format.
  {
    username: 'dn.thephp',
    fullName: 'Ngô Văn Thành',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Công ty Cổ phần Thép Hải Phòng', taxCode: '0200123457' },
  },
];

export const DEMO_USERNAMES: readonly string[] = DEMO_USERS.map((u) => u.username);

/** Upserts the organisation's units and the demo users (idempotent). */
export async function seedDemo(
  db: Database,
  orgConfig: OrganisationConfig,
): Promise<{ units: number; users: number }> {
  await upsertUnits(db, orgConfig.id, orgConfig.units);
  const known = new Set(orgConfig.units.map((u) => u.code));
  const missing = DEMO_USERS.flatMap((u) => u.memberships.map((m) => m.unitCode)).filter(
    (c) => !known.has(c),
  );
  if (missing.length > 0) {
    throw new Error(
      `Demo users refer to units missing from organisation "${orgConfig.id}": ${[...new Set(missing)].join(', ')}`,
    );
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) {
    await upsertUser(db, {
      username: u.username,
      fullName: u.fullName,
      passwordHash,
      memberships: u.memberships,
      ...(u.kind ? { kind: u.kind } : {}),
      ...(u.applicant ? { applicant: u.applicant } : {}),
    });
  }
  return { units: orgConfig.units.length, users: DEMO_USERS.length };
}
