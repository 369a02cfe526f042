import { and, asc, eq, like } from 'drizzle-orm';
import type { Membership, OrganisationConfig } from '@skhcn/domain';
import type { Database } from './client';
import { hashPassword } from './password';
import { dossierFiles, dossiers, files } from './schema';
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

/** The demo experts of the science office's register (their register entries are seeded with the science demo). */
export const SCIENCE_DEMO_EXPERTS = [
  {
    username: 'cg.hoangminh',
    fullName: 'Hoàng Văn Minh',
    academicTitle: 'PGS.TS.',
    specialty: 'Công nghệ vật liệu',
    field: 'engineering',
    organisation: 'Trường Đại học Hàng hải Việt Nam',
    email: 'hoangminh@example.vn',
  },
  {
    username: 'cg.lethu',
    fullName: 'Lê Thị Thu',
    academicTitle: 'TS.',
    specialty: 'Công nghệ sinh học',
    field: 'agricultural',
    organisation: 'Trường Đại học Hải Phòng',
    email: 'lethu@example.vn',
  },
  {
    username: 'cg.phamquang',
    fullName: 'Phạm Quang Dũng',
    academicTitle: 'TS.',
    specialty: 'Kỹ thuật môi trường',
    field: 'engineering',
    organisation: 'Viện Tài nguyên và Môi trường biển',
    email: 'phamquang@example.vn',
  },
  {
    username: 'cg.nguyenha',
    fullName: 'Nguyễn Thị Hà',
    academicTitle: 'ThS.',
    specialty: 'Quản lý khoa học và công nghệ',
    field: 'social',
    organisation: 'Trung tâm Thông tin và Thống kê KH&CN Hải Phòng',
    email: 'nguyenha@example.vn',
  },
  {
    username: 'cg.vuduc',
    fullName: 'Vũ Đức Anh',
    academicTitle: 'TS.',
    specialty: 'Nuôi trồng thủy sản',
    field: 'agricultural',
    organisation: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
    email: 'vuduc@example.vn',
  },
  {
    username: 'cg.dangthanh',
    fullName: 'Đặng Thanh Bình',
    academicTitle: 'PGS.TS.',
    specialty: 'Y tế công cộng',
    field: 'medical',
    organisation: 'Trường Đại học Y Dược Hải Phòng',
    email: 'dangthanh@example.vn',
  },
] as const;

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
  // Radiation safety (khoản 12) is routed to QLCN in the Hải Phòng configuration (see hai-phong.data.ts).
  {
    username: 'canbo.bucxa',
    fullName: 'Bùi Quang Huy',
    memberships: [{ unitCode: 'QLCN', role: 'officer' }],
  },
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
  // A hospital declaring and licensing its X-ray equipment, and a postal enterprise (fictitious, valid tax codes).
  {
    username: 'bv.hongphuc',
    fullName: 'Trịnh Thu Hà',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Bệnh viện Đa khoa Hồng Phúc', taxCode: '0201456787' },
  },
  {
    username: 'dn.buuchinh',
    fullName: 'Phan Đức Long',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Công ty TNHH Chuyển phát nhanh Cảng Biển', taxCode: '0202112235' },
  },
  // A research institute applying for and hosting provincial S&T tasks (fictitious, valid check digit).
  {
    username: 'vien.ungdung',
    fullName: 'Trần Minh Đức',
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng', taxCode: '0200789127' },
  },
  // Experts of the science office's register (external accounts): they sit on councils and score applications.
  ...SCIENCE_DEMO_EXPERTS.map((e) => ({
    username: e.username,
    fullName: e.fullName,
    memberships: [],
    kind: 'external' as const,
  })),
  // Commune reporters of the digital-transformation index (DTI): people outside the department (external accounts,
  // no memberships); the DTI demo seed assigns each to the demo ward or commune they report for.
  { username: 'xa.hongbang', fullName: 'Nguyễn Thị Thu Hà', memberships: [], kind: 'external' },
  { username: 'xa.ngoquyen', fullName: 'Trần Thị Minh Ngọc', memberships: [], kind: 'external' },
  { username: 'xa.anlao', fullName: 'Lê Văn Bình', memberships: [], kind: 'external' },
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

/**
 * The hash prefix of the placeholder file rows the TĐC demo seed (`seedConformityDemo` in @skhcn/api) records for
 * the dossier components: such a row names no bytes in the file store until `attachDemoFileBytes` replaces it.
 */
export const DEMO_FILE_PLACEHOLDER_PREFIX = 'demo-';

/** A demo file row without bytes, with what a sample document needs to say what it stands for. */
export interface DemoFilePlaceholder {
  fileId: string;
  componentKey: string;
  originalName: string;
  /** When the demo applicant or officer "uploaded" it */
  createdAt: Date;
  dossierCode: string;
  procedureCode: string;
  procedureVersion: string;
  applicantName: string;
  applicantTaxCode: string | null;
}

/** Bytes put in the file store: the same fields an upload records. */
export interface StoredDemoFile {
  sha256: string;
  size: number;
  mime: string;
  originalName: string;
  storageKey: string;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * Gives every placeholder demo file real bytes: `store` renders and stores the bytes of one placeholder and returns
 * what it stored; the row then records that hash, size, type, name and storage key, like an upload. The SQL lives
 * here, the bytes are the caller's (the database package renders nothing). Idempotent: a row already replaced, or
 * replaced meanwhile by another instance, is left alone. Returns the rows replaced.
 */
export async function attachDemoFileBytes(
  db: Database,
  store: (file: DemoFilePlaceholder) => Promise<StoredDemoFile>,
): Promise<number> {
  const rows = await db
    .select({
      fileId: files.id,
      placeholder: files.sha256,
      componentKey: dossierFiles.componentKey,
      originalName: files.originalName,
      createdAt: files.createdAt,
      dossierCode: dossiers.code,
      procedureCode: dossiers.procedureCode,
      procedureVersion: dossiers.procedureVersion,
      applicantName: dossiers.applicantName,
      applicantTaxCode: dossiers.applicantTaxCode,
    })
    .from(files)
    .innerJoin(dossierFiles, eq(dossierFiles.fileId, files.id))
    .innerJoin(dossiers, eq(dossiers.id, dossierFiles.dossierId))
    .where(like(files.sha256, `${DEMO_FILE_PLACEHOLDER_PREFIX}%`))
    .orderBy(asc(dossiers.code), asc(dossierFiles.componentKey), asc(files.id));
  const seen = new Set<string>();
  let replaced = 0;
  for (const { placeholder, ...file } of rows) {
    if (seen.has(file.fileId)) continue; // attached twice: one set of bytes
    seen.add(file.fileId);
    const stored = await store(file);
    if (!SHA256_HEX.test(stored.sha256) || stored.size <= 0)
      throw new Error(`Demo file ${file.fileId}: the store returned no content hash or no bytes`);
    const updated = await db
      .update(files)
      .set({
        sha256: stored.sha256,
        size: stored.size,
        mime: stored.mime,
        originalName: stored.originalName,
        storageKey: stored.storageKey,
      })
      .where(and(eq(files.id, file.fileId), eq(files.sha256, placeholder)))
      .returning({ id: files.id });
    replaced += updated.length;
  }
  return replaced;
}
