import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import { must } from '@skhcn/domain';
import { callerFor } from '../../testing/api-harness';
import { appErrorOf, as, clearDossiers, outcomeOf, vn } from '../../testing/one-stop.test-kit';
import { DEMO_HOSPITAL, seedLicensingDemo } from './licensing-demo.seed';
import {
  componentsFor,
  HOSPITAL,
  POSTAL_ENTERPRISE,
  seedLicensingPeople,
  TWO_XRAYS,
  walkToResult,
  type LicensingPeople,
} from './licensing.test-kit';

const LICENSING_TABLES = [
  'licensing_document_history',
  'licensing_document_counters',
  'licensing_documents',
  'licensing_dossiers',
  'radiation_devices',
  'licensing_holders',
];

describeEachDatabase('licensing: radiation and postal through the one-stop engine', (t) => {
  let p: LicensingPeople;

  beforeAll(async () => {
    p = await seedLicensingPeople(t.db);
  });

  beforeEach(async () => {
    await clearDossiers(t.db, LICENSING_TABLES);
  });

  const count = async (table: string) => {
    const r = await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    return Number((r as { rows: { n: number }[] }).rows[0]?.n);
  };

  /** The hospital declares the two X-ray devices on `day` and the officer confirms; returns the confirmation. */
  async function declared(day = '2026-03-02') {
    const created = await as(t.db, p.hospital, vn(day)).licensing.submit({
      procedureCode: 'buc-xa.khai-bao',
      holder: HOSPITAL,
      devices: TWO_XRAYS,
      event: 'acquired',
      eventDate: '2026-02-25',
      components: await componentsFor(t.db, p.hospital, 'buc-xa.khai-bao', day),
    });
    await walkToResult(
      t.db,
      { officer: p.radiationOfficer, leader: p.leader },
      created.dossierId,
      vn(day, '10:00'),
    );
    return as(t.db, p.hospital, vn(day, '11:00')).licensing.dossier({ dossierId: created.dossierId });
  }

  async function licensed(day = '2026-03-02') {
    const confirmation = await declared(day);
    const holder = await as(t.db, p.hospital, vn(day, '11:00')).licensing.holders.get({
      holderId: confirmation.holder.id,
    });
    const created = await as(t.db, p.hospital, vn(day, '14:00')).licensing.submit({
      procedureCode: 'buc-xa.cap-giay-phep',
      holder: HOSPITAL,
      deviceIds: holder.devices.map((d) => d.id),
      components: await componentsFor(t.db, p.hospital, 'buc-xa.cap-giay-phep', day),
    });
    await walkToResult(
      t.db,
      { officer: p.radiationOfficer, leader: p.leader },
      created.dossierId,
      vn(day, '15:00'),
    );
    const view = await as(t.db, p.hospital, vn(day, '16:00')).licensing.dossier({
      dossierId: created.dossierId,
    });
    return { created, view, holderId: confirmation.holder.id };
  }

  describe('radiation: declaration → confirmation, inventory updated', () => {
    it('the confirmation is numbered in the register and the two devices are in the inventory, in use', async () => {
      const view = await declared();
      expect(view.document).toMatchObject({
        number: '1/2026/XNKB-QLCN',
        kindLabel: 'Giấy xác nhận khai báo thiết bị bức xạ',
        status: 'in_force',
        expiresOn: null,
      });
      expect(view.data).toMatchObject({ dueOn: '2026-03-11', late: false });
      const holder = await as(t.db, p.radiationOfficer, vn('2026-03-03')).licensing.holders.get({
        holderId: view.holder.id,
      });
      expect(holder.devices.map((d) => [d.typeLabel, d.serial, d.statusLabel])).toEqual([
        ['Chụp cắt lớp vi tính (CT)', 'SI-108877', 'Đang sử dụng'],
        ['X-quang chẩn đoán thông thường (tổng hợp)', 'SH-2025-0412', 'Đang sử dụng'],
      ]);
      expect(holder.holder.safetyOfficer?.name).toBe('Đặng Văn Khoa');
    });

    it('a declaration filed after the 10 working days is taken in and marked late (NĐ 332/2025)', async () => {
      const created = await as(t.db, p.hospital, vn('2026-03-20')).licensing.submit({
        procedureCode: 'buc-xa.khai-bao',
        holder: HOSPITAL,
        devices: TWO_XRAYS.slice(0, 1),
        event: 'acquired',
        eventDate: '2026-03-02',
        components: await componentsFor(t.db, p.hospital, 'buc-xa.khai-bao', '2026-03-20'),
      });
      const view = await as(t.db, p.hospital, vn('2026-03-20')).licensing.dossier({
        dossierId: created.dossierId,
      });
      expect(view.data).toMatchObject({ dueOn: '2026-03-16', late: true });
    });

    it('a declaration without devices is refused in Vietnamese and nothing is saved', async () => {
      const err = await appErrorOf(
        as(t.db, p.hospital, vn('2026-03-02')).licensing.submit({
          procedureCode: 'buc-xa.khai-bao',
          holder: HOSPITAL,
          event: 'acquired',
          eventDate: '2026-02-25',
          components: await componentsFor(t.db, p.hospital, 'buc-xa.khai-bao', '2026-03-02'),
        }),
      );
      expect(err).toEqual({ appCode: 'BAD_INPUT', message: 'Vui lòng kê khai ít nhất một thiết bị.' });
      expect(await count('dossiers')).toBe(0);
      expect(await count('licensing_holders')).toBe(0);
    });
  });

  describe('radiation: licence with the computed fee, signature, public verification, renewal window', () => {
    it('shows the fee before submitting: two devices at 95% (3.000.000 + 8.000.000 đ)', async () => {
      const fee = await as(t.db, p.hospital, vn('2026-03-02')).licensing.fee({
        kind: 'new',
        devices: [{ type: 'tong-hop' }, { type: 'ct' }],
      });
      expect(fee.lines.map((l) => l.amount)).toEqual([2_850_000, 7_600_000]);
      expect(fee.total).toBe(10_450_000);
    });

    it('a device type without a rate stops the fee with a clear message', async () => {
      const err = await appErrorOf(
        as(t.db, p.hospital, vn('2026-03-02')).licensing.fee({
          kind: 'new',
          devices: [{ type: 'spect-ct' }],
        }),
      );
      expect(err.appCode).toBe('NO_FEE_RATE');
      expect(err.message).toContain('Chưa có mức phí thẩm định cho loại thiết bị: SPECT/CT');
    });

    it('the licence covers the declared devices, runs 3 years, and verifies publicly; its PDF is linked', async () => {
      const { created, view } = await licensed();
      expect(created.fee).toEqual({ total: 10_450_000 });
      expect(view.document).toMatchObject({
        number: '1/2026/GPBX-QLCN',
        validFrom: '2026-03-02',
        expiresOn: '2029-03-02',
        status: 'in_force',
        pdfUrl: '/api/public/licensing/1%2F2026%2FGPBX-QLCN.pdf',
      });
      const anonymous = callerFor(t.db, { now: () => vn('2026-04-01') }).caller;
      const verified = await anonymous.licensing.verify({ number: '1/2026/GPBX-QLCN' });
      expect(verified.holder.name).toBe(HOSPITAL.name);
      expect(verified.statusLabel).toBe('Còn hiệu lực');
      expect((verified.scope.devices as { serial: string }[]).map((d) => d.serial).sort()).toEqual([
        'SH-2025-0412',
        'SI-108877',
      ]);
      const detail = await as(t.db, p.hospital, vn('2026-03-03')).dossiers.get({
        dossierId: created.dossierId,
      });
      expect(JSON.stringify(detail)).toContain('/api/public/licensing/1%2F2026%2FGPBX-QLCN.pdf');
    });

    it('a renewal filed 30 days before expiry is refused with the legal reason; 50 days before it is renewed from the old expiry', async () => {
      const { holderId } = await licensed();
      const late = await appErrorOf(
        as(t.db, p.hospital, vn('2029-01-31')).licensing.submit({
          procedureCode: 'buc-xa.gia-han-giay-phep',
          holder: HOSPITAL,
          previousNumber: '1/2026/GPBX-QLCN',
          components: await componentsFor(t.db, p.hospital, 'buc-xa.gia-han-giay-phep', '2029-01-31'),
        }),
      );
      expect(late.appCode).toBe('FILING_TOO_LATE');
      expect(late.message).toContain('ít nhất 45 ngày trước ngày giấy phép hết hạn (02/03/2029)');
      expect(late.message).toContain('cấp giấy phép mới');
      expect(await count("dossiers where procedure_code = 'buc-xa.gia-han-giay-phep'")).toBe(0);

      const renewal = await as(t.db, p.hospital, vn('2029-01-10')).licensing.submit({
        procedureCode: 'buc-xa.gia-han-giay-phep',
        holder: HOSPITAL,
        previousNumber: '1/2026/GPBX-QLCN',
        components: await componentsFor(t.db, p.hospital, 'buc-xa.gia-han-giay-phep', '2029-01-10'),
      });
      // 75% of the new-licence rates, two devices at 95%
      expect(renewal.fee).toEqual({ total: Math.round(2_250_000 * 0.95) + Math.round(6_000_000 * 0.95) });
      await walkToResult(
        t.db,
        { officer: p.radiationOfficer, leader: p.leader },
        renewal.dossierId,
        vn('2029-01-15'),
      );
      const holder = await as(t.db, p.radiationOfficer, vn('2029-01-16')).licensing.holders.get({ holderId });
      expect(holder.documents.map((d) => [d.number, d.validFrom, d.expiresOn, d.status])).toEqual([
        ['1/2029/GPBX-QLCN', '2029-03-03', '2032-03-02', 'in_force'],
        ['1/2026/GPBX-QLCN', '2026-03-02', '2029-03-02', 'replaced'],
        ['1/2026/XNKB-QLCN', '2026-03-02', null, 'in_force'],
      ]);
    });
  });

  describe('postal: licence, amendment widening the scope (same term), revocation', () => {
    it('runs the whole story and the register shows each state', async () => {
      const day = '2026-03-02';
      const created = await as(t.db, p.enterprise, vn(day)).licensing.submit({
        procedureCode: 'buu-chinh.cap-giay-phep',
        holder: POSTAL_ENTERPRISE,
        services: ['Dịch vụ thư có địa chỉ nhận đến 2 kg'],
        scope: 'Nội tỉnh Hải Phòng',
        requestedYears: 5,
        components: await componentsFor(t.db, p.enterprise, 'buu-chinh.cap-giay-phep', day),
      });
      await walkToResult(
        t.db,
        { officer: p.postalOfficer, leader: p.leader },
        created.dossierId,
        vn('2026-03-10'),
      );
      const licence = await callerFor(t.db, { now: () => vn('2026-03-11') }).caller.licensing.verify({
        number: '1/2026/GPBC-HTS',
      });
      expect(licence).toMatchObject({ validFrom: '2026-03-10', expiresOn: '2031-03-10', status: 'in_force' });

      const amend = await as(t.db, p.enterprise, vn('2026-06-01')).licensing.submit({
        procedureCode: 'buu-chinh.sua-doi-giay-phep',
        holder: POSTAL_ENTERPRISE,
        previousNumber: '1/2026/GPBC-HTS',
        services: ['Dịch vụ thư có địa chỉ nhận đến 2 kg', 'Dịch vụ gói, kiện'],
        scope: 'Liên tỉnh Hải Phòng – Quảng Ninh',
        components: await componentsFor(t.db, p.enterprise, 'buu-chinh.sua-doi-giay-phep', '2026-06-01'),
      });
      await walkToResult(
        t.db,
        { officer: p.postalOfficer, leader: p.leader },
        amend.dossierId,
        vn('2026-06-05'),
      );
      const amended = await callerFor(t.db, { now: () => vn('2026-06-06') }).caller.licensing.verify({
        number: '2/2026/GPBC-HTS',
      });
      expect(amended).toMatchObject({ validFrom: '2026-03-10', expiresOn: '2031-03-10', status: 'in_force' });
      expect(amended.scope).toMatchObject({ scope: 'Liên tỉnh Hải Phòng – Quảng Ninh' });
      expect((await callerFor(t.db).caller.licensing.verify({ number: '1/2026/GPBC-HTS' })).status).toBe(
        'replaced',
      );

      // an officer may not revoke; the leader revokes by decision
      expect(
        await outcomeOf(
          as(t.db, p.postalOfficer, vn('2027-01-05')).licensing.revoke({
            number: '2/2026/GPBC-HTS',
            decision: '15/QĐ-SKHCN',
            reason: 'Không duy trì điều kiện vốn tối thiểu',
          }),
        ),
      ).toBe('FORBIDDEN_UNIT');
      const revoked = await as(t.db, p.leader, vn('2027-01-05')).licensing.revoke({
        number: '2/2026/GPBC-HTS',
        decision: '15/QĐ-SKHCN',
        reason: 'Không duy trì điều kiện vốn tối thiểu',
      });
      expect(revoked).toMatchObject({
        status: 'revoked',
        statusLabel: 'Đã thu hồi',
        revoked: { on: '2027-01-05' },
      });
      expect(revoked.history.map((h) => h.status)).toEqual(['issued', 'revoked']);
      const list = await as(t.db, p.postalOfficer, vn('2027-01-06')).licensing.register.list({
        field: 'postal',
        status: 'revoked',
      });
      expect(list.items.map((i) => i.number)).toEqual(['2/2026/GPBC-HTS']);
      expect(
        await appErrorOf(
          as(t.db, p.leader, vn('2027-01-06')).licensing.revoke({
            number: '2/2026/GPBC-HTS',
            decision: '16/QĐ-SKHCN',
            reason: 'Lần thứ hai',
          }),
        ),
      ).toMatchObject({ appCode: 'INVALID_TRANSITION' });
    });

    it('a postal term over 10 years is refused (Luật Bưu chính Điều 22)', async () => {
      const err = await appErrorOf(
        as(t.db, p.enterprise, vn('2026-03-02')).licensing.submit({
          procedureCode: 'buu-chinh.cap-giay-phep',
          holder: POSTAL_ENTERPRISE,
          services: ['Dịch vụ thư'],
          requestedYears: 12,
          components: await componentsFor(t.db, p.enterprise, 'buu-chinh.cap-giay-phep', '2026-03-02'),
        }),
      );
      expect(err.appCode).toBe('BAD_INPUT');
      expect(err.message).toContain('từ 1 đến 10 năm');
    });
  });

  describe('demo data', () => {
    it('seeds a licence expiring 30 days after the start, whose renewal is refused; a second start adds nothing', async () => {
      const now = vn('2026-12-01', '08:00');
      expect(await seedLicensingDemo(t.db, now)).toBe(2);
      expect(await seedLicensingDemo(t.db, now)).toBe(0);
      const list = await as(t.db, p.radiationOfficer, now).licensing.register.list({
        field: 'radiation',
        kind: 'radiation_licence',
      });
      expect(list.items.map((i) => [i.expiresOn, i.status])).toEqual([['2026-12-31', 'expiring']]);
      const number = must(list.items[0], 'the demo licence').number;
      const err = await appErrorOf(
        as(t.db, p.hospital, now).licensing.submit({
          procedureCode: 'buc-xa.gia-han-giay-phep',
          holder: DEMO_HOSPITAL,
          previousNumber: number,
          components: await componentsFor(t.db, p.hospital, 'buc-xa.gia-han-giay-phep', '2026-12-01'),
        }),
      );
      expect(err.appCode).toBe('FILING_TOO_LATE');
      expect(err.message).toContain('nay chỉ còn 30 ngày');
    });
  });

  describe('authorisation', () => {
    it('radiation staff cannot act on postal or TĐC dossiers, postal staff not on radiation ones', async () => {
      const radiation = await as(t.db, p.hospital, vn('2026-03-02')).licensing.submit({
        procedureCode: 'buc-xa.khai-bao',
        holder: HOSPITAL,
        devices: TWO_XRAYS,
        event: 'acquired',
        eventDate: '2026-02-25',
        components: await componentsFor(t.db, p.hospital, 'buc-xa.khai-bao', '2026-03-02'),
      });
      const postal = await as(t.db, p.enterprise, vn('2026-03-02')).licensing.submit({
        procedureCode: 'buu-chinh.xac-nhan-thong-bao',
        holder: POSTAL_ENTERPRISE,
        services: ['Dịch vụ thư'],
        components: await componentsFor(t.db, p.enterprise, 'buu-chinh.xac-nhan-thong-bao', '2026-03-02'),
      });
      const accept = (user: typeof p.hospital, dossierId: string) =>
        outcomeOf(
          as(t.db, user, vn('2026-03-02')).dossiers.receive({
            mode: 'accept',
            dossierId,
            expectedVersion: 1,
          }),
        );
      expect(await accept(p.radiationOfficer, postal.dossierId)).toBe('FORBIDDEN_UNIT');
      expect(await accept(p.tdcOfficer, postal.dossierId)).toBe('FORBIDDEN_UNIT');
      expect(await accept(p.postalOfficer, radiation.dossierId)).toBe('FORBIDDEN_UNIT');
      expect(await accept(p.tdcOfficer, radiation.dossierId)).toBe('FORBIDDEN_UNIT');
      expect(
        await outcomeOf(
          as(t.db, p.radiationOfficer, vn('2026-03-02')).licensing.dossier({ dossierId: postal.dossierId }),
        ),
      ).toBe('FORBIDDEN_UNIT');
      // the registers and the inventory follow the same scoping
      expect(await outcomeOf(as(t.db, p.postalOfficer, vn('2026-03-02')).licensing.devices.list({}))).toBe(
        'FORBIDDEN_UNIT',
      );
      expect(
        await outcomeOf(
          as(t.db, p.radiationOfficer, vn('2026-03-02')).licensing.register.list({ field: 'postal' }),
        ),
      ).toBe('FORBIDDEN_UNIT');
      expect(
        await outcomeOf(
          as(t.db, p.tdcOfficer, vn('2026-03-02')).licensing.holders.list({ field: 'radiation' }),
        ),
      ).toBe('FORBIDDEN_UNIT');
      // and each officer acts on their own field
      expect(await accept(p.radiationOfficer, radiation.dossierId)).toBe('ok');
      expect(await accept(p.postalOfficer, postal.dossierId)).toBe('ok');
      // TĐC staff cannot act on licensing either way, nor licensing staff on TĐC: the TĐC officer holds no
      // licensing unit, checked above; a radiation officer cannot receive a TĐC dossier at the counter
      expect(
        await outcomeOf(
          as(t.db, p.radiationOfficer, vn('2026-03-02')).dossiers.receive({
            mode: 'counter',
            procedureCode: 'tdc.hop-quy',
            applicant: { name: 'Công ty A' },
            attachments: [],
          }),
        ),
      ).toBe('FORBIDDEN_UNIT');
    });

    it('applicants see only their own records', async () => {
      const view = await declared();
      expect(
        await outcomeOf(
          as(t.db, p.enterprise, vn('2026-03-03')).licensing.holders.get({ holderId: view.holder.id }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await outcomeOf(
          as(t.db, p.enterprise, vn('2026-03-03')).licensing.dossier({ dossierId: view.dossierId }),
        ),
      ).toBe('FORBIDDEN');
      const mine = await as(t.db, p.enterprise, vn('2026-03-03')).licensing.register.list({
        field: 'radiation',
      });
      expect(mine.items).toEqual([]);
      const own = await as(t.db, p.hospital, vn('2026-03-03')).licensing.register.list({
        field: 'radiation',
      });
      expect(own.items.map((i) => i.number)).toEqual(['1/2026/XNKB-QLCN']);
      // an applicant files only for its own tax code
      const err = await appErrorOf(
        as(t.db, p.enterprise, vn('2026-03-03')).licensing.submit({
          procedureCode: 'buc-xa.khai-bao',
          holder: HOSPITAL,
          devices: TWO_XRAYS,
          event: 'acquired',
          eventDate: '2026-02-25',
          components: await componentsFor(t.db, p.enterprise, 'buc-xa.khai-bao', '2026-03-03'),
        }),
      );
      expect(err.message).toContain('chỉ nộp hồ sơ cho tổ chức của mình');
    });
  });
});
