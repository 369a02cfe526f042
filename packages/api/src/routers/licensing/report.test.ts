import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import { appErrorOf, as, vn } from '../../testing/one-stop.test-kit';
import { seedLicensingDemo } from './licensing-demo.seed';
import {
  componentsFor,
  HOSPITAL,
  POSTAL_ENTERPRISE,
  seedLicensingPeople,
  TWO_XRAYS,
  walkToResult,
  type LicensingPeople,
} from './licensing.test-kit';

const CLINIC = {
  name: 'Phòng khám Nha khoa An Biên',
  taxCode: '0201999991',
  address: 'Số 12 phố Cầu Đất, phường Lê Chân, thành phố Hải Phòng',
};

describeEachDatabase('licensing.report: the licensing office’s figures, computed by the database', (t) => {
  let p: LicensingPeople;
  const NOW = vn('2026-12-01', '08:00');

  /** A radiation declaration filed (online by the hospital, at the counter for others) and confirmed on `day`. */
  async function declare(holder: typeof HOSPITAL | typeof CLINIC, devices: unknown[], day: string) {
    const online = holder.taxCode === HOSPITAL.taxCode;
    const filer = online ? p.hospital : p.radiationOfficer;
    const input = {
      procedureCode: 'buc-xa.khai-bao',
      holder,
      devices: devices as typeof TWO_XRAYS,
      event: 'acquired' as const,
      eventDate: day,
      components: await componentsFor(t.db, filer, 'buc-xa.khai-bao', day),
    };
    const created = online
      ? await as(t.db, filer, vn(day)).licensing.submit(input)
      : await as(t.db, filer, vn(day)).licensing.receive({ ...input, channel: 'direct' });
    await walkToResult(
      t.db,
      { officer: p.radiationOfficer, leader: p.leader },
      created.dossierId,
      vn(day, '10:00'),
    );
  }

  beforeAll(async () => {
    p = await seedLicensingPeople(t.db);
    // the demo: a declaration of one general X-ray (three years ago) and its licence, expiring on 31/12/2026
    expect(await seedLicensingDemo(t.db, NOW)).toBe(2);
    await declare(HOSPITAL, TWO_XRAYS, '2026-03-02');
    await declare(
      CLINIC,
      [{ type: 'nha-khoa', manufacturer: 'Vatech', model: 'PaX-i3D', serial: 'VT-5521', yearMade: 2025 }],
      '2026-05-12',
    );
    const postal = await as(t.db, p.enterprise, vn('2026-03-02')).licensing.submit({
      procedureCode: 'buu-chinh.cap-giay-phep',
      holder: POSTAL_ENTERPRISE,
      services: ['Dịch vụ thư có địa chỉ nhận đến 2 kg'],
      scope: 'Nội tỉnh Hải Phòng',
      requestedYears: 5,
      components: await componentsFor(t.db, p.enterprise, 'buu-chinh.cap-giay-phep', '2026-03-02'),
    });
    await walkToResult(
      t.db,
      { officer: p.postalOfficer, leader: p.leader },
      postal.dossierId,
      vn('2026-03-10'),
    );
  });

  const counts = (rows: { kind: string; count: number }[]) =>
    Object.fromEntries(rows.map((r) => [r.kind, r.count]));

  it('a leader sees both fields: documents in force by kind, the expiring licence, declarations per month, devices', async () => {
    const r = await as(t.db, p.leader, NOW).licensing.report({ year: 2026 });
    expect(r).toMatchObject({
      from: '2026-01-01',
      to: '2026-12-31',
      asOf: '2026-12-01',
      fields: ['radiation', 'postal'],
    });
    expect(counts(r.inForce)).toEqual({
      radiation_licence: 1,
      declaration_confirmation: 3,
      safety_certificate: 0,
      postal_licence: 1,
      postal_confirmation: 0,
    });
    expect(r.expiring.total).toBe(1);
    expect(r.expiring.items).toEqual([
      expect.objectContaining({
        kind: 'radiation_licence',
        holderName: 'Bệnh viện Đa khoa Hồng Phúc',
        expiresOn: '2026-12-31',
        daysLeft: 30,
      }),
    ]);
    // the demo declaration was received in 2023: only this year's two count
    expect(r.declarationsByMonth?.filter((m) => m.count > 0)).toEqual([
      { month: 3, label: 'Tháng 3', count: 1 },
      { month: 5, label: 'Tháng 5', count: 1 },
    ]);
    expect(r.declarationsByMonth).toHaveLength(12);
    expect(r.devicesByType?.map((d) => [d.label, d.count])).toEqual([
      ['X-quang chẩn đoán thông thường (tổng hợp)', 2],
      ['X-quang chẩn đoán nha khoa', 1],
      ['Chụp cắt lớp vi tính (CT)', 1],
    ]);
    expect(r.devicesByDistrict).toEqual([
      { district: 'Ngô Quyền', count: 3 },
      { district: 'Chưa ghi quận/huyện', count: 1 },
    ]);
    expect(r.totals).toEqual({ inForce: 5, expiring: 1, declarations: 2, devices: 4 });
  });

  it('postal staff see the postal part only: no radiation number reaches them', async () => {
    const r = await as(t.db, p.postalOfficer, NOW).licensing.report({ year: 2026 });
    expect(r.fields).toEqual(['postal']);
    expect(counts(r.inForce)).toEqual({ postal_licence: 1, postal_confirmation: 0 });
    expect(r.expiring).toEqual({ total: 0, items: [] });
    expect(r.declarationsByMonth).toBeNull();
    expect(r.devicesByType).toBeNull();
    expect(r.devicesByDistrict).toBeNull();
    expect(r.totals).toEqual({ inForce: 1, expiring: 0, declarations: null, devices: null });
  });

  it('radiation staff see the radiation part only', async () => {
    const r = await as(t.db, p.radiationOfficer, NOW).licensing.report({ year: 2026 });
    expect(r.fields).toEqual(['radiation']);
    expect(counts(r.inForce)).toEqual({
      radiation_licence: 1,
      declaration_confirmation: 3,
      safety_certificate: 0,
    });
    expect(r.totals).toEqual({ inForce: 4, expiring: 1, declarations: 2, devices: 4 });
  });

  it('an earlier year reads the register at its last day; a period inside the year narrows the declarations', async () => {
    const y2025 = await as(t.db, p.leader, NOW).licensing.report({ year: 2025 });
    expect(y2025.asOf).toBe('2025-12-31');
    expect(counts(y2025.inForce)).toMatchObject({
      radiation_licence: 1,
      declaration_confirmation: 1,
      postal_licence: 0,
    });
    expect(y2025.totals).toMatchObject({ expiring: 0, declarations: 0 });

    const spring = await as(t.db, p.leader, NOW).licensing.report({
      year: 2026,
      from: '2026-04-01',
      to: '2026-06-30',
    });
    expect(spring.asOf).toBe('2026-06-30');
    expect(spring.totals).toMatchObject({ declarations: 1, expiring: 0 });
    expect(counts(spring.inForce)).toMatchObject({ declaration_confirmation: 3, postal_licence: 1 });
  });

  describe('rights and input', () => {
    it('applicants are refused; staff of another field are refused', async () => {
      expect((await appErrorOf(as(t.db, p.hospital, NOW).licensing.report({ year: 2026 }))).appCode).toBe(
        'FORBIDDEN',
      );
      expect((await appErrorOf(as(t.db, p.tdcOfficer, NOW).licensing.report({ year: 2026 }))).appCode).toBe(
        'FORBIDDEN_UNIT',
      );
    });

    it('a period outside the year is refused in Vietnamese', async () => {
      const err = await appErrorOf(
        as(t.db, p.leader, NOW).licensing.report({ year: 2026, from: '2025-12-01', to: '2026-01-31' }),
      );
      expect(err.appCode).toBe('BAD_INPUT');
      expect(err.message).toContain('Ngày bắt đầu phải thuộc năm báo cáo');
    });
  });

  it('a revoked licence is no longer in force from the day of revocation (runs last: it revokes)', async () => {
    await as(t.db, p.leader, NOW).licensing.revoke({
      number: '1/2026/GPBC-HTS',
      decision: '15/QĐ-SKHCN',
      reason: 'Doanh nghiệp ngừng hoạt động bưu chính',
    });
    const after = await as(t.db, p.leader, NOW).licensing.report({ year: 2026 });
    expect(counts(after.inForce)).toMatchObject({ postal_licence: 0, radiation_licence: 1 });
    expect(after.totals.inForce).toBe(4);
    // read at an earlier day, the register still had it in force
    const spring = await as(t.db, p.leader, NOW).licensing.report({ year: 2026, to: '2026-06-30' });
    expect(counts(spring.inForce)).toMatchObject({ postal_licence: 1 });
  });
});
