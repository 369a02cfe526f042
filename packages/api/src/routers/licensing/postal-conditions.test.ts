// The postal licence's conditions as items of the appraisal: recorded by the postal officer, judged by the domain,
// and guarding the proposal and the signature of the licence.
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import { POSTAL_LICENCE_CONDITIONS } from '@skhcn/domain';
import { appErrorOf, as, clearDossiers, outcomeOf, vn } from '../../testing/one-stop.test-kit';
import {
  componentsFor,
  POSTAL_ENTERPRISE,
  recordPostalConditionsMet,
  seedLicensingPeople,
  type LicensingPeople,
} from './licensing.test-kit';

const TABLES = [
  'postal_condition_checks',
  'licensing_document_history',
  'licensing_document_counters',
  'licensing_documents',
  'licensing_dossiers',
  'radiation_devices',
  'licensing_holders',
];
const DAY = '2026-03-02';
const allJudgementsMet = Object.fromEntries(
  POSTAL_LICENCE_CONDITIONS.filter((c) => c.kind === 'judgement').map((c) => [c.key, { met: true }]),
);

describeEachDatabase('licensing.postalConditions: the appraisal of a postal licence’s conditions', (t) => {
  let p: LicensingPeople;
  const at = vn(DAY, '10:00');

  beforeAll(async () => {
    p = await seedLicensingPeople(t.db);
  });
  beforeEach(async () => {
    await clearDossiers(t.db, TABLES);
  });

  /** A postal licence filed online, received and assigned to the postal officer. */
  async function assignedLicence(code = 'buu-chinh.cap-giay-phep') {
    const created = await as(t.db, p.enterprise, vn(DAY, '08:00')).licensing.submit({
      procedureCode: code,
      holder: POSTAL_ENTERPRISE,
      services: ['Dịch vụ thư có địa chỉ nhận đến 2 kg'],
      scope: 'Nội tỉnh Hải Phòng',
      requestedYears: 5,
      components: await componentsFor(t.db, p.enterprise, code, DAY),
    });
    const dossierId = created.dossierId;
    let d = (await as(t.db, p.postalOfficer, at).dossiers.get({ dossierId })).dossier;
    d = (
      await as(t.db, p.postalOfficer, at).dossiers.receive({
        mode: 'accept',
        dossierId,
        expectedVersion: d.version,
      })
    ).dossier;
    d = (
      await as(t.db, p.leader, at).dossiers.assign({
        dossierId,
        expectedVersion: d.version,
        assigneeUserId: p.postalOfficer.id,
      })
    ).dossier;
    return d;
  }
  const propose = (dossierId: string, expectedVersion: number, proposal: 'approve' | 'reject' = 'approve') =>
    as(t.db, p.postalOfficer, at).dossiers.submitForSignature({ dossierId, expectedVersion, proposal });

  it('the officer cannot propose the licence before appraising its conditions; nothing moves', async () => {
    const d = await assignedLicence();
    const err = await appErrorOf(propose(d.id, d.version));
    expect(err.appCode).toBe('CONDITIONS_NOT_MET');
    expect(err.message).toMatch(/Chưa ghi nhận kết quả thẩm định điều kiện/);
    const after = (await as(t.db, p.postalOfficer, at).dossiers.get({ dossierId: d.id })).dossier;
    expect(after).toMatchObject({ version: d.version, status: d.status });
    // a refusal may still be proposed without the appraisal
    expect(await outcomeOf(propose(d.id, d.version, 'reject'))).toBe('ok');
  });

  it('a capital below 2 tỷ đồng fails with both figures; a later appraisal at 3 tỷ lets the licence be signed', async () => {
    const d = await assignedLicence();
    const first = await as(t.db, p.postalOfficer, at).licensing.postalConditions.record({
      dossierId: d.id,
      expectedPosition: 0,
      scope: 'noi-tinh',
      capitalVnd: 1_500_000_000,
      judgements: {
        ...allJudgementsMet,
        'an-ninh-an-toan': { met: false, note: 'Chưa có quy trình soi chiếu' },
      },
    });
    expect(first.current?.assessment.allMet).toBe(false);
    expect(first.current?.recordedByName).toBe(p.postalOfficer.fullName);
    expect(first.current?.assessment.items.filter((i) => !i.met).map((i) => i.key)).toEqual([
      'von-toi-thieu',
      'an-ninh-an-toan',
    ]);
    const refused = await appErrorOf(propose(d.id, d.version));
    expect(refused.appCode).toBe('CONDITIONS_NOT_MET');
    expect(refused.message).toContain('Vốn 1.500.000.000 đồng thấp hơn mức tối thiểu 2.000.000.000 đồng');

    const second = await recordPostalConditionsMet(t.db, p.postalOfficer, d.id, at);
    expect(second.current).toMatchObject({ position: 2, capitalVnd: 3_000_000_000 });
    expect(second.current?.assessment.allMet).toBe(true);
    expect(second.history).toEqual([expect.objectContaining({ position: 1, allMet: false })]);

    const proposed = (await propose(d.id, d.version)).dossier;
    const signed = (
      await as(t.db, p.leader, at).dossiers.approve({ dossierId: d.id, expectedVersion: proposed.version })
    ).dossier;
    expect(signed.status).toBe(9);
    const panel = await as(t.db, p.postalOfficer, at).licensing.dossier({ dossierId: d.id });
    expect(panel.document?.kindLabel).toBe('Giấy phép bưu chính');
  });

  it('the leader cannot sign when the appraisal in force was changed to failing after the proposal', async () => {
    const d = await assignedLicence();
    await recordPostalConditionsMet(t.db, p.postalOfficer, d.id, at);
    const proposed = (await propose(d.id, d.version)).dossier;
    await as(t.db, p.postalOfficer, at).licensing.postalConditions.record({
      dossierId: d.id,
      expectedPosition: 1,
      scope: 'noi-tinh',
      capitalVnd: null,
      judgements: allJudgementsMet,
    });
    const err = await appErrorOf(
      as(t.db, p.leader, at).dossiers.approve({ dossierId: d.id, expectedVersion: proposed.version }),
    );
    expect(err.appCode).toBe('CONDITIONS_NOT_MET');
    expect(err.message).toMatch(/chưa chứng minh được vốn/);
    const [count] = (
      (await t.db.execute(sql`select count(*)::int as n from licensing_documents`)) as {
        rows: { n: number }[];
      }
    ).rows;
    expect(count?.n).toBe(0);
  });

  it('the confirmation of a notification has no licence conditions to appraise', async () => {
    const created = await as(t.db, p.enterprise, vn(DAY, '08:00')).licensing.submit({
      procedureCode: 'buu-chinh.xac-nhan-thong-bao',
      holder: POSTAL_ENTERPRISE,
      services: ['Dịch vụ thư'],
      components: await componentsFor(t.db, p.enterprise, 'buu-chinh.xac-nhan-thong-bao', DAY),
    });
    const err = await appErrorOf(
      as(t.db, p.postalOfficer, at).licensing.postalConditions.get({ dossierId: created.dossierId }),
    );
    expect(err.appCode).toBe('BAD_INPUT');
  });

  it('two officers recording from the same version: one is kept, the other told to reload (CONFLICT)', async () => {
    const d = await assignedLicence();
    const record = (capitalVnd: number) =>
      as(t.db, p.postalOfficer, at).licensing.postalConditions.record({
        dossierId: d.id,
        expectedPosition: 0,
        scope: 'noi-tinh',
        capitalVnd,
        judgements: allJudgementsMet,
      });
    const outcomes = await Promise.all([outcomeOf(record(2_500_000_000)), outcomeOf(record(1_000_000_000))]);
    expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
    const view = await as(t.db, p.postalOfficer, at).licensing.postalConditions.get({ dossierId: d.id });
    expect(view.current?.position).toBe(1);
    expect(view.history).toEqual([]);
    // a stale form (position 0 while 1 is in force) is refused too
    expect(await outcomeOf(record(2_000_000_000))).toBe('CONFLICT');
  });

  it('only postal staff appraise; the applicant and radiation staff are refused; the record is append-only', async () => {
    const d = await assignedLicence();
    const input = {
      dossierId: d.id,
      expectedPosition: 0,
      scope: 'noi-tinh' as const,
      capitalVnd: 2e9,
      judgements: {},
    };
    expect(await outcomeOf(as(t.db, p.enterprise, at).licensing.postalConditions.record(input))).toBe(
      'FORBIDDEN',
    );
    expect(
      await outcomeOf(as(t.db, p.radiationOfficer, at).licensing.postalConditions.get({ dossierId: d.id })),
    ).toMatch(/^FORBIDDEN/);
    const view = await as(t.db, p.postalOfficer, at).licensing.postalConditions.record(input);
    // the judgements left out are "not appraised yet", not met
    expect(view.current?.assessment.items.find((i) => i.key === 'nhan-su')).toMatchObject({
      met: false,
      reason: 'Chưa thẩm định.',
    });
    const refusal = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
      );
    expect(await refusal(t.db.execute(sql`update postal_condition_checks set all_met = true`))).toMatch(
      /postal_condition_checks is append-only \(UPDATE refused\)/,
    );
  });

  it('a negative or fractional capital is refused in Vietnamese before anything is saved', async () => {
    const d = await assignedLicence();
    for (const capitalVnd of [-1, 1.5]) {
      const err = await appErrorOf(
        as(t.db, p.postalOfficer, at).licensing.postalConditions.record({
          dossierId: d.id,
          expectedPosition: 0,
          scope: 'noi-tinh',
          capitalVnd,
          judgements: allJudgementsMet,
        }),
      );
      expect(err.appCode).toBe('BAD_INPUT');
      expect(err.message).toMatch(/Vốn/);
    }
    const view = await as(t.db, p.postalOfficer, at).licensing.postalConditions.get({ dossierId: d.id });
    expect(view.current).toBeNull();
    expect(view.canRecord).toBe(true);
  });
});
