// The licensing reminders: the job sends each reminder once (twice run, run concurrently from two database handles,
// with and without the advisory lock), a renewed licence gets fresh reminders, a failed send is retried, and the
// reminders list is scoped like the rest of licensing.
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { queryRows } from '@skhcn/db';
import { must } from '@skhcn/domain';
import { describeEachDatabase } from '@skhcn/db/testing';
import { recordingMailer } from '../../notifications/mailer';
import { appErrorOf, as, clearDossiers, vn } from '../../testing/one-stop.test-kit';
import {
  componentsFor,
  HOSPITAL,
  POSTAL_ENTERPRISE,
  seedLicensingPeople,
  TWO_XRAYS,
  walkToResult,
  type LicensingPeople,
} from './licensing.test-kit';
import { runLicensingReminders } from './send-reminders.job';

const TABLES = [
  'licensing_reminders',
  'licensing_inspection_events',
  'licensing_inspection_corrections',
  'licensing_inspections',
  'licensing_document_history',
  'licensing_document_counters',
  'licensing_documents',
  'licensing_dossiers',
  'radiation_devices',
  'licensing_holders',
];

const EMAIL = 'antoan.bucxa@hongphuc.vn';
const WITH_EMAIL = { ...HOSPITAL, email: EMAIL };

describeEachDatabase('licensing reminders', (t) => {
  let p: LicensingPeople;

  beforeAll(async () => {
    p = await seedLicensingPeople(t.db);
  });
  beforeEach(async () => {
    await clearDossiers(t.db, TABLES);
  });

  /** The hospital (with `holder`'s e-mail) declares two devices inspected in 02/2026 and is licensed on 02/03/2026
   * (the licence 1/2026/GPBX-QLCN expires on 02/03/2029). */
  async function licensed(holder: typeof HOSPITAL & { email?: string } = WITH_EMAIL) {
    const day = '2026-03-02';
    const declaration = await as(t.db, p.hospital, vn(day)).licensing.submit({
      procedureCode: 'buc-xa.khai-bao',
      holder,
      devices: TWO_XRAYS,
      event: 'acquired',
      eventDate: '2026-02-25',
      components: await componentsFor(t.db, p.hospital, 'buc-xa.khai-bao', day),
    });
    const people = { officer: p.radiationOfficer, leader: p.leader };
    await walkToResult(t.db, people, declaration.dossierId, vn(day, '10:00'));
    const view = await as(t.db, p.hospital, vn(day, '11:00')).licensing.dossier({
      dossierId: declaration.dossierId,
    });
    const h = await as(t.db, p.hospital, vn(day, '11:00')).licensing.holders.get({
      holderId: view.holder.id,
    });
    const licence = await as(t.db, p.hospital, vn(day, '14:00')).licensing.submit({
      procedureCode: 'buc-xa.cap-giay-phep',
      holder,
      deviceIds: h.devices.map((d) => d.id),
      components: await componentsFor(t.db, p.hospital, 'buc-xa.cap-giay-phep', day),
    });
    await walkToResult(t.db, people, licence.dossierId, vn(day, '15:00'));
    return { holderId: view.holder.id };
  }

  const sentRows = () =>
    queryRows<{ kind: string; threshold: string; status: string; recipient: string | null }>(
      t.db,
      sql`select kind, threshold, status, recipient from licensing_reminders order by kind, threshold`,
    );

  it('90 days before expiry the facility gets the licence reminder and the overdue inspections, once however often the job runs', async () => {
    await licensed();
    const mailer = recordingMailer();
    const day = vn('2028-12-02', '07:00'); // 02/03/2029 − 90 days
    const first = await runLicensingReminders(t.db, { mailer, now: () => day });
    expect(first).toMatchObject({ skipped: false, claimed: 3, sent: 3, failed: 0 });
    const again = await runLicensingReminders(t.db, {
      mailer,
      now: () => new Date(day.getTime() + 3_600_000),
    });
    expect(again).toMatchObject({ claimed: 0, sent: 0 });
    expect(mailer.sent.map((m) => [m.to, m.subject])).toEqual([
      [EMAIL, expect.stringContaining('quá hạn kiểm định')],
      [EMAIL, expect.stringContaining('quá hạn kiểm định')],
      [EMAIL, '[Sở KH&CN] Giấy phép 1/2026/GPBX-QLCN hết hạn ngày 02/03/2029'],
    ]);
    expect(mailer.sent[2]?.text).toContain(
      'Giấy phép số 1/2026/GPBX-QLCN hết hạn ngày 02/03/2029 (còn 90 ngày). Hồ sơ gia hạn phải nộp chậm nhất ngày 16/01/2029.',
    );
    expect(mailer.sent[0]?.text).toContain('được kiểm định lần cuối ngày 10/02/2026, đã quá 12 tháng');

    // 60 days before: the 60-day reminder, not the 90-day one again
    const later = await runLicensingReminders(t.db, { mailer, now: () => vn('2029-01-01') });
    expect(later).toMatchObject({ claimed: 1, sent: 1 });
    expect(mailer.sent.at(-1)?.text).toContain('(còn 60 ngày)');
    expect((await sentRows()).filter((r) => r.kind === 'licence_expiring').map((r) => r.threshold)).toEqual([
      '60',
      '90',
    ]);
  });

  it.each([
    ['with the advisory lock', true],
    ['on the unique key alone', false],
  ])(
    'run concurrently from two database handles, %s, each reminder is sent exactly once',
    async (_, lock) => {
      await licensed();
      const other = await t.openAnother();
      try {
        const a = recordingMailer();
        const b = recordingMailer();
        const now = () => vn('2028-12-02');
        const runs = await Promise.all([
          runLicensingReminders(t.db, { mailer: a, now, lock }),
          runLicensingReminders(other.db, { mailer: b, now, lock }),
          runLicensingReminders(t.db, { mailer: a, now, lock }),
          runLicensingReminders(other.db, { mailer: b, now, lock }),
        ]);
        const all = [...a.sent, ...b.sent];
        expect(all).toHaveLength(3);
        expect(new Set(all.map((m) => m.subject + m.text)).size).toBe(3);
        expect(runs.reduce((n, r) => n + r.claimed, 0)).toBe(3);
        expect(await sentRows()).toHaveLength(3);
        expect((await sentRows()).every((r) => r.status === 'sent')).toBe(true);
      } finally {
        await other.close();
      }
    },
  );

  it('a renewed licence (new expiry) gets its own reminders; the replaced one gets none', async () => {
    const { holderId } = await licensed();
    const mailer = recordingMailer();
    await runLicensingReminders(t.db, { mailer, now: () => vn('2028-12-02') });
    const renewal = await as(t.db, p.hospital, vn('2029-01-10')).licensing.submit({
      procedureCode: 'buc-xa.gia-han-giay-phep',
      holder: WITH_EMAIL,
      previousNumber: '1/2026/GPBX-QLCN',
      components: await componentsFor(t.db, p.hospital, 'buc-xa.gia-han-giay-phep', '2029-01-10'),
    });
    await walkToResult(
      t.db,
      { officer: p.radiationOfficer, leader: p.leader },
      renewal.dossierId,
      vn('2029-01-15'),
    );
    // the 45-day day of the old licence passes without a reminder for it
    const afterRenewal = await runLicensingReminders(t.db, { mailer, now: () => vn('2029-01-16') });
    expect(afterRenewal.claimed).toBe(0);
    // the renewed licence 1/2029/GPBX-QLCN expires on 02/03/2032: its 90-day reminder on 03/12/2031
    const fresh = await runLicensingReminders(t.db, { mailer, now: () => vn('2031-12-03') });
    const licenceMails = mailer.sent.filter((m) => m.subject.includes('Giấy phép'));
    expect(licenceMails.map((m) => m.subject)).toEqual([
      '[Sở KH&CN] Giấy phép 1/2026/GPBX-QLCN hết hạn ngày 02/03/2029',
      '[Sở KH&CN] Giấy phép 1/2029/GPBX-QLCN hết hạn ngày 02/03/2032',
    ]);
    expect(fresh.claimed).toBe(1);
    const list = await as(t.db, p.radiationOfficer, vn('2031-12-03')).licensing.reminders.list({ holderId });
    const licenceItems = list.items.filter((r) => r.kind === 'licence_expiring');
    expect(licenceItems.map((r) => [r.threshold, r.deadline, r.notice?.status, r.notice?.recipient])).toEqual(
      [['90', '2032-03-02', 'sent', EMAIL]],
    );
  });

  it('a failed send is retried on the next run; a facility without e-mail is recorded and shown as such', async () => {
    await licensed();
    const mailer = recordingMailer();
    mailer.failNext(1);
    const first = await runLicensingReminders(t.db, { mailer, now: () => vn('2028-12-02') });
    expect(first).toMatchObject({ claimed: 3, sent: 2, failed: 1 });
    const retry = await runLicensingReminders(t.db, { mailer, now: () => vn('2028-12-02', '10:00') });
    expect(retry).toMatchObject({ claimed: 0, sent: 1, failed: 0 });
    expect(mailer.sent).toHaveLength(3);

    await clearDossiers(t.db, TABLES);
    const { holderId } = await licensed(HOSPITAL);
    const none = recordingMailer();
    const run = await runLicensingReminders(t.db, { mailer: none, now: () => vn('2028-12-02') });
    expect(run).toMatchObject({ claimed: 3, noAddress: 3, sent: 0 });
    expect(none.sent).toEqual([]);
    const list = await as(t.db, p.radiationOfficer, vn('2028-12-02')).licensing.reminders.list({ holderId });
    expect(list.items.map((r) => r.notice?.status)).toEqual(['no_address', 'no_address', 'no_address']);
  });

  it('the list: radiation staff see radiation reminders, postal staff none of them; applicants only their own facility', async () => {
    const { holderId } = await licensed();
    const postal = await as(t.db, p.enterprise, vn('2026-03-02')).licensing.submit({
      procedureCode: 'buu-chinh.cap-giay-phep',
      holder: POSTAL_ENTERPRISE,
      services: ['Dịch vụ thư có địa chỉ nhận đến 2 kg'],
      scope: 'Nội tỉnh Hải Phòng',
      requestedYears: 3,
      components: await componentsFor(t.db, p.enterprise, 'buu-chinh.cap-giay-phep', '2026-03-02'),
    });
    await walkToResult(
      t.db,
      { officer: p.postalOfficer, leader: p.leader },
      postal.dossierId,
      vn('2026-03-20'),
    );
    // the radiation licence is 71 days from expiry, the postal one (02/03/2026 + 3 years… issued 20/03) 89 days
    const day = vn('2028-12-21');

    const officer = await as(t.db, p.radiationOfficer, day).licensing.reminders.list({});
    expect(officer.today).toBe('2028-12-21');
    expect(officer.items.map((r) => [r.kind, r.holderName])).toEqual([
      ['inspection_overdue', HOSPITAL.name],
      ['inspection_overdue', HOSPITAL.name],
      ['licence_expiring', HOSPITAL.name],
    ]);
    expect(officer.items[0]).toMatchObject({ urgency: 'overdue', kindLabel: 'Quá hạn kiểm định thiết bị' });

    const postalOfficer = await as(t.db, p.postalOfficer, day).licensing.reminders.list({});
    expect(postalOfficer.items.map((r) => [r.kind, r.holderName, r.threshold])).toEqual([
      ['licence_expiring', POSTAL_ENTERPRISE.name, '90'],
    ]);
    expect(postalOfficer.items.some((r) => r.holderId === holderId)).toBe(false);
    expect(
      (await appErrorOf(as(t.db, p.postalOfficer, day).licensing.reminders.list({ field: 'radiation' })))
        .appCode,
    ).toBe('FORBIDDEN_UNIT');
    expect(
      (await appErrorOf(as(t.db, p.postalOfficer, day).licensing.reminders.list({ holderId }))).appCode,
    ).toBe('FORBIDDEN_UNIT');
    expect((await appErrorOf(as(t.db, p.tdcOfficer, day).licensing.reminders.list({}))).appCode).toBe(
      'FORBIDDEN_UNIT',
    );

    const hospital = await as(t.db, p.hospital, day).licensing.reminders.list({});
    expect(hospital.items).toHaveLength(3);
    expect(hospital.items.every((r) => r.holderId === holderId)).toBe(true);
    const enterprise = await as(t.db, p.enterprise, day).licensing.reminders.list({});
    expect(enterprise.items.some((r) => r.holderId === holderId)).toBe(false);
    expect(
      (await appErrorOf(as(t.db, p.enterprise, day).licensing.reminders.list({ holderId }))).appCode,
    ).toBe('FORBIDDEN');
  });

  it('inspections: the officer records findings and corrections; an overdue correction is reminded once; a resolved one is not', async () => {
    const { holderId } = await licensed();
    const officer = (day: string) => as(t.db, p.radiationOfficer, vn(day)).licensing.inspections;
    const input = {
      holderId,
      kind: 'planned' as const,
      inspectedOn: '2026-06-10',
      team: 'Đoàn kiểm tra Phòng Quản lý công nghệ (Quyết định 45/QĐ-SKHCN)',
      findings: 'Phòng CT thiếu biển cảnh báo; sổ theo dõi liều chưa cập nhật.',
      corrections: [
        { description: 'Lắp biển cảnh báo bức xạ tại phòng CT', deadline: '2026-07-10' },
        { description: 'Cập nhật sổ theo dõi liều cá nhân', deadline: '2026-08-10' },
      ],
    };
    // refused before anything is saved: a deadline on the inspection day, a postal officer, the hospital itself
    const bad = await appErrorOf(
      officer('2026-06-11').record({ ...input, corrections: [{ description: 'x', deadline: '2026-06-10' }] }),
    );
    expect(bad.appCode).toBe('BAD_INPUT');
    expect(bad.message).toContain('phải sau ngày kiểm tra (10/06/2026)');
    expect(
      (await appErrorOf(as(t.db, p.postalOfficer, vn('2026-06-11')).licensing.inspections.record(input)))
        .appCode,
    ).toBe('FORBIDDEN_UNIT');
    expect(
      (await appErrorOf(as(t.db, p.hospital, vn('2026-06-11')).licensing.inspections.record(input))).appCode,
    ).toBe('FORBIDDEN');
    const [countRow] = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from licensing_inspections`,
    );
    expect(countRow?.n).toBe(0);

    const recorded = await officer('2026-06-11').record(input);
    expect(recorded.kindLabel).toBe('Kiểm tra theo kế hoạch');
    expect(recorded.corrections.map((c) => [c.position, c.statusLabel])).toEqual([
      [1, 'Đang khắc phục'],
      [2, 'Đang khắc phục'],
    ]);
    const seen = await as(t.db, p.hospital, vn('2026-07-11')).licensing.holders.get({ holderId });
    expect(seen.inspections[0]?.corrections.map((c) => c.statusLabel)).toEqual([
      'Quá hạn khắc phục',
      'Đang khắc phục',
    ]);

    const mailer = recordingMailer();
    await runLicensingReminders(t.db, { mailer, now: () => vn('2026-07-11') });
    await runLicensingReminders(t.db, { mailer, now: () => vn('2026-07-12') });
    expect(mailer.sent.map((m) => m.subject)).toEqual([
      '[Sở KH&CN] Quá hạn khắc phục: Lắp biển cảnh báo bức xạ tại phòng CT',
    ]);
    expect(mailer.sent[0]?.text).toContain('có hạn ngày 10/07/2026, đã quá hạn 1 ngày');

    // the follow-up: the second is resolved in time; a stale version is a conflict; twice is refused
    const second = must(recorded.corrections[1], 'second correction');
    const stale = await appErrorOf(
      officer('2026-08-05').resolveCorrection({
        correctionId: second.id,
        expectedVersion: second.version + 1,
        resolvedOn: '2026-08-05',
        note: 'Đã cập nhật',
      }),
    );
    expect(stale.appCode).toBe('CONFLICT');
    const resolved = await officer('2026-08-05').resolveCorrection({
      correctionId: second.id,
      expectedVersion: second.version,
      resolvedOn: '2026-08-05',
      note: 'Cơ sở gửi bản chụp sổ theo dõi liều đã cập nhật',
    });
    expect(resolved.statusLabel).toBe('Đã khắc phục');
    const again = await appErrorOf(
      officer('2026-08-06').resolveCorrection({
        correctionId: second.id,
        expectedVersion: resolved.version,
        resolvedOn: '2026-08-06',
        note: 'x',
      }),
    );
    expect(again.appCode).toBe('INVALID_TRANSITION');
    await runLicensingReminders(t.db, { mailer, now: () => vn('2026-08-11') });
    expect(mailer.sent).toHaveLength(1);
    const events = await queryRows<{ action: string }>(
      t.db,
      sql`select action from licensing_inspection_events order by id`,
    );
    expect(events.map((e) => e.action)).toEqual(['recorded', 'correction_resolved']);
  });
});
