// Demo data of the DTI (embedded default only). THE ASSESSED UNITS ARE DEMO DATA: real-sounding Hải Phòng sở and
// xã/phường after the 2025 two-level reform, not an official list. The seed adds them, assigns the three demo commune
// reporters, a 2026 commune framework copied from the shipped sample (editable: no cycle uses it), and a closed 2025
// commune cycle with plausible, deterministic values so that results, year-over-year change and the analyses have
// something to show. Idempotent.
import { createHash } from 'node:crypto';
import {
  appendDtiEvents,
  closeDtiCycle,
  findDtiFramework,
  findUserByUsername,
  insertDtiCycle,
  insertDtiFramework,
  insertDtiInput,
  listDtiCycles,
  seedShippedDtiFrameworks,
  setDtiAssignments,
  upsertDtiUnits,
  type Database,
  type NewDtiUnit,
} from '@skhcn/db';
import {
  copyDtiFramework,
  DTI_SHIPPED_FRAMEWORKS,
  dtiLayout,
  type DtiMethod,
  type DtiValue,
  must,
} from '@skhcn/domain';

const WARD = { groupCode: 'phuong', groupName: 'Phường' };
const COMMUNE = { groupCode: 'xa', groupName: 'Xã, đặc khu' };

/** Demo assessed units (not an official list). */
export const DTI_DEMO_UNITS: readonly NewDtiUnit[] = [
  { id: 'tp-hai-phong', name: 'Thành phố Hải Phòng', level: 'province' },
  ...[
    ['so-tai-chinh', 'Sở Tài chính', 'kinh-te', 'Khối kinh tế'],
    ['so-cong-thuong', 'Sở Công Thương', 'kinh-te', 'Khối kinh tế'],
    ['so-xay-dung', 'Sở Xây dựng', 'kinh-te', 'Khối kinh tế'],
    ['so-nong-nghiep-moi-truong', 'Sở Nông nghiệp và Môi trường', 'kinh-te', 'Khối kinh tế'],
    ['so-noi-vu', 'Sở Nội vụ', 'tong-hop', 'Khối tổng hợp'],
    ['so-y-te', 'Sở Y tế', 'van-xa', 'Khối văn hóa - xã hội'],
    ['so-giao-duc-dao-tao', 'Sở Giáo dục và Đào tạo', 'van-xa', 'Khối văn hóa - xã hội'],
  ].map(([id, name, groupCode, groupName]) => ({
    id: must(id, 'id'),
    name: must(name, 'name'),
    level: 'department' as const,
    groupCode,
    groupName,
  })),
  ...[
    ['phuong-hong-bang', 'Phường Hồng Bàng'],
    ['phuong-ngo-quyen', 'Phường Ngô Quyền'],
    ['phuong-le-chan', 'Phường Lê Chân'],
    ['phuong-hai-an', 'Phường Hải An'],
    ['phuong-kien-an', 'Phường Kiến An'],
    ['phuong-do-son', 'Phường Đồ Sơn'],
    ['phuong-thuy-nguyen', 'Phường Thủy Nguyên'],
  ].map(([id, name]) => ({
    id: must(id, 'id'),
    name: must(name, 'name'),
    level: 'commune' as const,
    ...WARD,
  })),
  ...[
    ['xa-an-lao', 'Xã An Lão'],
    ['xa-kien-thuy', 'Xã Kiến Thụy'],
    ['xa-tien-lang', 'Xã Tiên Lãng'],
    ['xa-vinh-bao', 'Xã Vĩnh Bảo'],
    ['dac-khu-cat-hai', 'Đặc khu Cát Hải'],
  ].map(([id, name]) => ({
    id: must(id, 'id'),
    name: must(name, 'name'),
    level: 'commune' as const,
    ...COMMUNE,
  })),
];

/** Demo reporter → the unit they report for (the accounts are in @skhcn/db's DEMO_USERS). */
export const DTI_DEMO_REPORTERS: Readonly<Record<string, string>> = {
  'xa.hongbang': 'phuong-hong-bang',
  'xa.ngoquyen': 'phuong-ngo-quyen',
  'xa.anlao': 'xa-an-lao',
};

export const DTI_DEMO_FRAMEWORK_2026 = 'xa-2026';
const SAMPLE_2025 = 'xa-mau-2025-tayninh';

/** A number in [0, 1) from a text, the same on every run. */
function unitInterval(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) / 2 ** 32;
}

/** A plausible value of a unit (of demo "strength" q) for a component. */
function demoValue(method: DtiMethod, q: number, noise: number): DtiValue {
  const level = Math.min(1, Math.max(0, q + (noise - 0.5) * 0.5));
  switch (method.kind) {
    case 'yes_no':
      return level >= 0.5;
    case 'yes_partial_no':
      return level >= 0.7 ? 'yes' : level >= 0.35 ? 'partial' : 'no';
    case 'ratio':
      return { numerator: Math.round(level * 120), denominator: 120 };
    case 'target':
      return Math.round(level * method.target);
    case 'bands':
      return Math.round(level * ((method.bands.at(-1)?.from ?? 100) + 10));
  }
}

export interface DtiDemoSeedResult {
  units: number;
  frameworks: number;
  inputs: number;
}

export async function seedDtiDemo(db: Database): Promise<DtiDemoSeedResult> {
  await upsertDtiUnits(db, DTI_DEMO_UNITS);
  for (const [username, unitId] of Object.entries(DTI_DEMO_REPORTERS)) {
    const user = await findUserByUsername(db, username);
    if (user) await setDtiAssignments(db, user.id, [unitId]);
  }
  let frameworks = await seedShippedDtiFrameworks(
    db,
    DTI_SHIPPED_FRAMEWORKS.map((s) => s.framework),
  );
  const at = new Date('2025-12-01T01:00:00Z');
  const sample = must(
    await findDtiFramework(db, SAMPLE_2025),
    '(await findDtiFramework(db, SAMPLE_2025))',
  ).data;
  if (!(await findDtiFramework(db, DTI_DEMO_FRAMEWORK_2026))) {
    const copy = copyDtiFramework(sample, {
      id: DTI_DEMO_FRAMEWORK_2026,
      year: 2026,
      name: 'Bộ chỉ số chuyển đổi số cấp xã năm 2026 (bản nháp từ mẫu)',
    });
    if (await insertDtiFramework(db, { framework: copy, by: null, at })) frameworks++;
  }

  const communes = DTI_DEMO_UNITS.filter((u) => u.level === 'commune');
  if ((await listDtiCycles(db)).some((c) => c.level === 'commune' && c.year === 2025)) {
    return { units: DTI_DEMO_UNITS.length, frameworks, inputs: 0 };
  }
  const lead = await findUserByUsername(db, 'canbo.cds');
  let inputs = 0;
  await db.transaction(async (tx) => {
    const cycle = await insertDtiCycle(tx, {
      year: 2025,
      level: 'commune',
      name: 'Đánh giá chỉ số chuyển đổi số cấp xã năm 2025 (dữ liệu mẫu)',
      frameworkId: SAMPLE_2025,
      deadline: '2026-01-15',
      imputation: 'group_mean',
      openedBy: lead?.id ?? null,
      openedAt: at,
      units: communes.map((u) => ({ unitId: u.id, groupCode: u.groupCode ?? null })),
    });
    const reviewedAt = new Date('2026-01-20T03:00:00Z');
    for (const unit of communes) {
      const q = 0.35 + 0.6 * unitInterval(`q:${unit.id}`);
      for (const component of dtiLayout(sample).components) {
        const noise = unitInterval(`${unit.id}:${component.id}`);
        if (noise < 0.04) continue; // a few gaps, filled by the group mean and disclosed
        await insertDtiInput(
          tx,
          { cycleId: cycle.id, unitId: unit.id, componentId: component.id },
          {
            status: 'accepted',
            value: demoValue(component.method, q, unitInterval(`v:${unit.id}:${component.id}`)),
            submittedAt: new Date('2026-01-10T03:00:00Z'),
            reviewedAt,
            reviewedBy: lead?.id ?? null,
          },
          null,
          reviewedAt,
        );
        inputs++;
      }
    }
    await appendDtiEvents(tx, [
      {
        at,
        actorUserId: lead?.id ?? null,
        action: 'cycle.open',
        frameworkId: SAMPLE_2025,
        cycleId: cycle.id,
        data: { demo: true },
      },
    ]);
    await closeDtiCycle(tx, cycle.id, cycle.version, lead?.id ?? null, new Date('2026-01-31T09:00:00Z'));
    await appendDtiEvents(tx, [
      {
        at: new Date('2026-01-31T09:00:00Z'),
        actorUserId: lead?.id ?? null,
        action: 'cycle.close',
        cycleId: cycle.id,
        data: { demo: true },
      },
    ]);
  });
  return { units: DTI_DEMO_UNITS.length, frameworks, inputs };
}
