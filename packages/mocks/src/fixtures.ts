// Fixture factories: demo users as the server seeds them, and a procedure version for tests.
import type { ProcedureView, SessionUser } from '@skhcn/api';
import { must } from '@skhcn/domain';
import { mockEnterprises } from './conformity-fixtures';

export type MockUser = SessionUser;

const thepHaiPhong = must(mockEnterprises[0], 'the first mock enterprise');

/** The demo password of every demo user (same as the server's seed). */
export const DEMO_PASSWORD = 'Demo@2026';

let nextId = 1;

/** A user with sensible defaults: an officer of the Chi cục TĐC. */
export function makeUser(overrides: Partial<MockUser> = {}): MockUser {
  const id = overrides.id ?? `user-${nextId++}`;
  return {
    id,
    username: overrides.username ?? `nguoidung${id}`,
    fullName: overrides.fullName ?? 'Nguyễn Văn Thử',
    memberships: overrides.memberships ?? [{ unitCode: 'CCTDC', role: 'officer' }],
    ...(overrides.kind ? { kind: overrides.kind } : {}),
    ...(overrides.applicant ? { applicant: overrides.applicant } : {}),
  };
}

/** The demo accounts of the seeded database (packages/db seed). */
export const demoUsers: readonly MockUser[] = [
  makeUser({
    id: 'u-canbo-tdc',
    username: 'canbo.tdc',
    fullName: 'Nguyễn Thị Lan',
    memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
  }),
  makeUser({
    id: 'u-truong-tdc',
    username: 'truong.tdc',
    fullName: 'Trần Văn Hùng',
    memberships: [{ unitCode: 'CCTDC', role: 'unit_head' }],
  }),
  makeUser({
    id: 'u-canbo-buuchinh',
    username: 'canbo.buuchinh',
    fullName: 'Lê Thị Hoa',
    memberships: [{ unitCode: 'HTS', role: 'officer' }],
  }),
  makeUser({
    id: 'u-canbo-khoahoc',
    username: 'canbo.khoahoc',
    fullName: 'Đỗ Minh Tuấn',
    memberships: [{ unitCode: 'QLKH', role: 'officer' }],
  }),
  makeUser({
    id: 'u-canbo-cds',
    username: 'canbo.cds',
    fullName: 'Vũ Thị Thu Trang',
    memberships: [{ unitCode: 'CNTT', role: 'officer' }],
  }),
  makeUser({
    id: 'u-lanhdao',
    username: 'lanhdao',
    fullName: 'Phạm Văn Minh',
    memberships: [{ unitCode: 'BGD', role: 'leader' }],
  }),
  makeUser({
    id: 'u-quantri',
    username: 'quantri',
    fullName: 'Hoàng Quốc Việt',
    memberships: [{ unitCode: 'VP', role: 'admin' }],
  }),
  // An applicant account (an enterprise submitting online): no unit memberships.
  makeUser({
    id: 'u-dn-thep',
    username: 'dn.thephaiphong',
    fullName: 'Đặng Văn Khoa',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: thepHaiPhong.name, taxCode: thepHaiPhong.taxCode },
  }),
  // Licensing (as packages/db seeds them): the radiation officer of QLCN, a hospital and a postal enterprise.
  makeUser({
    id: 'u-canbo-bucxa',
    username: 'canbo.bucxa',
    fullName: 'Bùi Quang Huy',
    memberships: [{ unitCode: 'QLCN', role: 'officer' }],
  }),
  makeUser({
    id: 'u-bv-hongphuc',
    username: 'bv.hongphuc',
    fullName: 'Trịnh Thu Hà',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Bệnh viện Đa khoa Hồng Phúc', taxCode: '0201456787' },
  }),
  makeUser({
    id: 'u-dn-buuchinh',
    username: 'dn.buuchinh',
    fullName: 'Phan Đức Long',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Công ty TNHH Chuyển phát nhanh Cảng Biển', taxCode: '0202112235' },
  }),
  // A research institute applying for and hosting S&T tasks, and experts of the science office's register.
  makeUser({
    id: 'u-vien-ungdung',
    username: 'vien.ungdung',
    fullName: 'Trần Minh Đức',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng', taxCode: '0200789127' },
  }),
  ...[
    ['cg.hoangminh', 'Hoàng Văn Minh'],
    ['cg.lethu', 'Lê Thị Thu'],
    ['cg.phamquang', 'Phạm Quang Dũng'],
    ['cg.nguyenha', 'Nguyễn Thị Hà'],
    ['cg.vuduc', 'Vũ Đức Anh'],
    ['cg.dangthanh', 'Đặng Thanh Bình'],
  ].map(([username, fullName]) =>
    makeUser({
      id: `u-${must(username, 'username').replace('.', '-')}`,
      username: must(username, 'username'),
      fullName: must(fullName, 'fullName'),
      memberships: [],
      kind: 'external',
    }),
  ),
  // Commune reporters of the DTI (external accounts: no unit memberships)
  makeUser({
    id: 'u-xa-hongbang',
    username: 'xa.hongbang',
    fullName: 'Nguyễn Thị Thu Hà',
    memberships: [],
    kind: 'external',
  }),
  makeUser({
    id: 'u-xa-ngoquyen',
    username: 'xa.ngoquyen',
    fullName: 'Trần Thị Minh Ngọc',
    memberships: [],
    kind: 'external',
  }),
  makeUser({
    id: 'u-xa-anlao',
    username: 'xa.anlao',
    fullName: 'Lê Văn Bình',
    memberships: [],
    kind: 'external',
  }),
];

/** The demo experts of the science office's register (external accounts; the DTI's commune reporters are not). */
export const demoExperts: readonly MockUser[] = demoUsers.filter(
  (u) => u.kind === 'external' && u.username.startsWith('cg.'),
);

/** The assessed unit each demo DTI reporter reports for (user id → unit ids). */
export const demoDtiAssignments: Readonly<Record<string, string[]>> = {
  'u-xa-hongbang': ['phuong-hong-bang'],
  'u-xa-ngoquyen': ['phuong-ngo-quyen'],
  'u-xa-anlao': ['xa-an-lao'],
};

/** The demo applicant (Công ty Cổ phần Thép Hải Phòng). */
export const demoApplicant: MockUser = must(
  demoUsers.find((u) => u.kind === 'applicant'),
  'the demo applicant',
);

/** The demo TĐC officer the end-to-end tests sign in as. */
export const demoUser: MockUser = must(demoUsers[0], 'the first demo user');

export function findDemoUser(username: string): MockUser | undefined {
  return demoUsers.find((u) => u.username === username);
}

/** A minimal procedure (as procedures.list returns it) for tests that need one without the catalog. */
export function makeProcedureView(overrides: Partial<ProcedureView> = {}): ProcedureView {
  const source = { document: 'Thông tư 28/2012/TT-BKHCN', article: 'Điều 15', confidence: 'H' as const };
  return {
    code: 'tdc.hop-quy',
    version: '1',
    name: 'Tiếp nhận hồ sơ công bố hợp quy',
    khoan: 11,
    fieldSlug: 'standards-metrology-quality',
    app: 'conformity',
    legalBasis: [source],
    processingTime: { amount: 5, unit: 'working_days', source },
    steps: [],
    components: [],
    fees: [],
    outcome: { document: 'Thông báo tiếp nhận hồ sơ công bố hợp quy' },
    effectiveFrom: '2012-12-12',
    confidence: 'H',
    unitCode: 'CCTDC',
    ...overrides,
  };
}
