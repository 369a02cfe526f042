import type { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listOutbox, schema } from '@skhcn/db';
import { vietnamToday } from '../../lib/today';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../../context';
import { describeError } from '../../errors';
import { callerFor } from '../../testing/api-harness';
import { processOutbox, retryDelayMs } from '../../integrations/outbox';
import { setIntegrations } from '../../integrations/integrations';
import {
  appCodeOf,
  as,
  clearDossiers,
  seedStoryPeople,
  uploadedFile,
  vn,
} from '../../testing/one-stop.test-kit';
import {
  hopChuanDeclaration,
  hopQuyDeclaration,
  nationalSystems,
  ORGANISATION,
  TAX_CODE,
  tt28Components,
} from './conformity.test-kit';
import { seedConformityDemo } from './conformity-demo.seed';
import { BUSINESS_REGISTRY_DOWN_MESSAGE } from './lookup-enterprise.handler';

const systems = nationalSystems();

const unexpected = (): never => {
  throw new Error('expected the call to fail');
};
const caught = (e: unknown) => e as { code: string; message: string };

beforeAll(() => systems.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => {
  systems.server.close();
  setIntegrations(undefined);
});

describeEachDatabase('TĐC declarations and the notice registry', (t) => {
  let applicant: SessionUser;
  let officer: SessionUser;
  let admin: SessionUser;
  let head: SessionUser;
  let leader: SessionUser;

  beforeAll(async () => {
    ({ applicant, officer, head, leader, admin } = await seedStoryPeople(t.db));
  });

  beforeEach(async () => {
    await clearDossiers(t.db, ['conformity_notice_counters', 'integration_status']);
    systems.reset();
    systems.connect();
  });

  const count = async (table: 'dossiers' | 'conformity_declarations') => {
    const r = await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    return Number((r as { rows: { n: number }[] }).rows[0]?.n);
  };

  /** The unit head assigns the dossier to the officer, who submits it for the leader's signature, all at `when`. */
  async function toSignature(dossierId: string, when: Date) {
    const d = (await as(t.db, head, when).dossiers.get({ dossierId })).dossier;
    const assigned = await as(t.db, head, when).dossiers.assign({
      dossierId,
      expectedVersion: d.version,
      assigneeUserId: officer.id,
    });
    return (
      await as(t.db, officer, when).dossiers.submitForSignature({
        dossierId,
        expectedVersion: assigned.dossier.version,
      })
    ).dossier;
  }

  /** An officer takes in a hợp quy dossier at the counter at `when`, then it is assigned, proposed and approved. */
  async function approvedAtCounter(
    when: Date,
    declaration = hopQuyDeclaration(),
    procedureCode = 'tdc.hop-quy',
  ) {
    const created = await as(t.db, officer, when).conformity.receive({
      procedureCode: procedureCode as 'tdc.hop-quy',
      declaration,
      components: await tt28Components(t.db, officer, procedureCode, vietnamToday(when)),
    });
    let d = await toSignature(created.dossierId, when);
    d = (await as(t.db, leader, when).dossiers.approve({ dossierId: d.id, expectedVersion: d.version }))
      .dossier;
    return { dossierId: d.id, code: d.code };
  }

  describe('filing', () => {
    it('refuses a declaration with an invalid tax code: BAD_REQUEST in Vietnamese, nothing saved', async () => {
      const components = await tt28Components(t.db, applicant);
      const call = as(t.db, applicant, vn('2026-03-02')).conformity.submit({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration({
          organisation: { ...hopQuyDeclaration().organisation, taxCode: '0200123456' },
        }),
        components,
      });
      const err = await call.then(unexpected, caught);
      expect(err.code).toBe('BAD_REQUEST');
      expect(err.message).toContain('Mã số doanh nghiệp/mã số thuế không hợp lệ');
      // what a client receives: BAD_INPUT with the field's path and the Vietnamese message
      const described = describeError(err as unknown as TRPCError);
      expect(described.appCode).toBe('BAD_INPUT');
      expect(described.message).toContain('declaration.organisation.taxCode: Mã số doanh nghiệp');
      expect(described.issues?.find((i) => i.path === 'declaration.organisation.taxCode')?.message).toContain(
        'chữ số kiểm tra',
      );
      expect(await count('dossiers')).toBe(0);
      expect(await count('conformity_declarations')).toBe(0);
      expect(await listOutbox(t.db)).toEqual([]);
    });

    it('refuses a declaration of the wrong kind for the procedure', async () => {
      const err = await as(t.db, applicant, vn('2026-03-02'))
        .conformity.submit({
          procedureCode: 'tdc.hop-quy',
          declaration: hopChuanDeclaration(),
          components: await tt28Components(t.db, applicant),
        })
        .then(unexpected, caught);
      expect(err.code).toBe('BAD_REQUEST');
      expect(err.message).toContain('Công bố hợp quy');
      expect(await count('dossiers')).toBe(0);
    });

    it('an applicant may not take in a dossier at the counter', async () => {
      const code = await appCodeOf(
        as(t.db, applicant, vn('2026-03-02')).conformity.receive({
          procedureCode: 'tdc.hop-quy',
          declaration: hopQuyDeclaration(),
          components: await tt28Components(t.db, applicant),
        }),
      );
      expect(code).toBe('FORBIDDEN');
    });

    it.each([
      ['2026-06-30', '2012.1', 'group'],
      ['2026-07-01', '2026.1', 'risk'],
    ])('a dossier received on %s follows procedure version %s (%s regime)', async (day, version, regime) => {
      const declaration =
        regime === 'risk' ? hopQuyDeclaration({ riskClass: 'medium' }) : hopQuyDeclaration();
      const created = await as(t.db, officer, vn(day)).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration,
        components:
          regime === 'risk'
            ? await tt28Components(t.db, officer, 'tdc.hop-quy', day)
            : await tt28Components(t.db, officer),
      });
      expect(created.status).toBe(2);
      expect(created.appointmentDate).not.toBeNull();
      const view = await as(t.db, officer, vn(day)).conformity.declaration({ dossierId: created.dossierId });
      expect(view.procedureVersion).toBe(version);
      expect(view.regime.id).toBe(regime);
      expect(view.declaration).toMatchObject({ receivedOn: day, organisation: { taxCode: TAX_CODE } });
    });

    it('from 01/07/2026 a hợp quy declaration must state the risk class (NĐ 37/2026); before, it must not', async () => {
      const after = await as(t.db, officer, vn('2026-07-01'))
        .conformity.receive({
          procedureCode: 'tdc.hop-quy',
          declaration: hopQuyDeclaration(),
          components: [{ componentKey: 'ban-cong-bo', fileIds: [await uploadedFile(t.db, officer)] }],
        })
        .then(unexpected, caught);
      expect(after.message).toContain('phải nêu mức rủi ro');
      const before = await as(t.db, officer, vn('2026-06-30'))
        .conformity.receive({
          procedureCode: 'tdc.hop-quy',
          declaration: hopQuyDeclaration({ riskClass: 'medium' }),
          components: await tt28Components(t.db, officer),
        })
        .then(unexpected, caught);
      expect(before.message).toContain('chỉ áp dụng cho hồ sơ tiếp nhận từ ngày 01/07/2026');
      expect(await count('dossiers')).toBe(0);
    });
  });

  describe('the full story', () => {
    it('submit → receive → assign → request additions → supply → submit for signature → approve issues notice 1/2026', async () => {
      const day = vn('2026-03-02');
      const submitted = await as(t.db, applicant, day).conformity.submit({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, applicant),
      });
      expect(submitted).toMatchObject({ code: 'CCTDC-260302-0001', status: 1, appointmentDate: null });

      let d = (
        await as(t.db, officer, day).dossiers.receive({
          mode: 'accept',
          dossierId: submitted.dossierId,
          expectedVersion: 1,
        })
      ).dossier;
      d = (
        await as(t.db, head, day).dossiers.assign({
          dossierId: d.id,
          expectedVersion: d.version,
          assigneeUserId: officer.id,
        })
      ).dossier;
      d = (
        await as(t.db, officer, vn('2026-03-03')).dossiers.requestAdditions({
          dossierId: d.id,
          expectedVersion: d.version,
          items: [{ name: 'Mẫu nhãn hàng hóa', reason: 'Nhãn chưa thể hiện dấu hợp quy CR.' }],
        })
      ).dossier;
      expect(d.status).toBe(5);
      d = (
        await as(t.db, applicant, vn('2026-03-05')).dossiers.supplyAdditions({
          dossierId: d.id,
          expectedVersion: d.version,
          attachments: [
            { componentKey: 'ban-cong-bo', fileId: await uploadedFile(t.db, applicant, 'nhan.pdf') },
          ],
        })
      ).dossier;
      d = (
        await as(t.db, officer, vn('2026-03-06')).dossiers.submitForSignature({
          dossierId: d.id,
          expectedVersion: d.version,
        })
      ).dossier;
      d = (
        await as(t.db, leader, vn('2026-03-09')).dossiers.approve({
          dossierId: d.id,
          expectedVersion: d.version,
        })
      ).dossier;
      expect(d.status).toBe(9);

      const view = await as(t.db, applicant, vn('2026-03-09')).conformity.declaration({ dossierId: d.id });
      expect(view.notice).toMatchObject({
        number: '1/2026/TBTNHS-CCTĐC',
        issuedOn: '2026-03-09',
        expiresOn: '2029-02-19',
        status: 'in_force',
        verifyUrl: '/tra-cuu/thong-bao/1%2F2026%2FTBTNHS-CCT%C4%90C',
      });
      // with a public origin configured (PUBLIC_ORIGIN), the link the QR code carries is absolute
      const published = await callerFor(t.db, {
        user: applicant,
        now: () => vn('2026-03-09'),
        publicOrigin: 'https://dichvucong.skhcn.haiphong.gov.vn',
      }).caller.conformity.declaration({ dossierId: d.id });
      expect(published.notice?.verifyUrl).toBe(
        'https://dichvucong.skhcn.haiphong.gov.vn/tra-cuu/thong-bao/1%2F2026%2FTBTNHS-CCT%C4%90C',
      );
      const entry = await as(t.db, applicant, vn('2026-03-10')).conformity.registry.entry({
        noticeNumber: '1/2026/TBTNHS-CCTĐC',
      });
      expect(entry).toMatchObject({
        procedureCode: 'tdc.hop-quy',
        organisation: { name: 'Công ty Cổ phần Thép Hải Phòng', taxCode: TAX_CODE },
        standards: ['QCVN 7:2019/BKHCN'],
        basis: { kind: 'designated_certifier', certificateNumber: 'HQ-2026-0158' },
        status: 'in_force',
        statusLabel: 'Còn hiệu lực',
        dossierCode: 'CCTDC-260302-0001',
      });
      expect(entry.products.map((p) => p.name)).toEqual([
        'Thép cốt bê tông cán nóng',
        'Thép cuộn cốt bê tông',
      ]);
      expect(entry.history).toHaveLength(1);

      // every status change went to the portal, in order; the notice to the quality database
      const sent = await processOutbox(t.db, { now: () => vn('2026-03-09', '10:00') });
      expect(sent).toEqual({ sent: 7, failed: 0 });
      expect(systems.portalUpdates.map((u) => u.status)).toEqual([1, 2, 4, 5, 4, 9]);
      expect(systems.portalUpdates.every((u) => u.dossierCode === 'CCTDC-260302-0001')).toBe(true);
      expect(systems.published).toMatchObject([{ action: 'publish', noticeNumber: '1/2026/TBTNHS-CCTĐC' }]);
    });

    it('a second approval elsewhere gets number 2; numbers are never reused', async () => {
      const first = await approvedAtCounter(vn('2026-03-02'));
      const second = await approvedAtCounter(vn('2026-03-04'), hopChuanDeclaration(), 'tdc.hop-chuan');
      const n1 = (
        await as(t.db, officer, vn('2026-03-05')).conformity.declaration({ dossierId: first.dossierId })
      ).notice;
      const n2 = (
        await as(t.db, officer, vn('2026-03-05')).conformity.declaration({ dossierId: second.dossierId })
      ).notice;
      expect(n1?.number).toBe('1/2026/TBTNHS-CCTĐC');
      expect(n2?.number).toBe('2/2026/TBTNHS-CCTĐC');
      // self-assessment signed 10/01/2026: valid 3 years
      expect(n2?.expiresOn).toBe('2029-01-10');
      // the database itself refuses a second notice with a number already issued
      await expect(
        t.db.insert(schema.conformityNotices).values({
          noticeNumber: '1/2026/TBTNHS-CCTĐC',
          unitCode: 'CCTDC',
          year: 2026,
          seq: 99,
          dossierId: second.dossierId,
          procedureCode: 'tdc.hop-chuan',
          issuedOn: '2026-03-05',
          expiresOn: '2027-03-05',
          searchText: '',
        }),
      ).rejects.toThrow();
    });

    it('an approval whose certificate expired before signing is refused and rolled back', async () => {
      const when = vn('2026-03-02');
      const created = await as(t.db, officer, when).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration({
          basis: {
            basis: 'designated_certifier',
            certifier: 'QUATEST 1',
            certificateNumber: 'HQ-2023-0001',
            issuedOn: '2023-03-05',
            expiresOn: '2026-03-05',
          },
        }),
        components: await tt28Components(t.db, officer),
      });
      const d = await toSignature(created.dossierId, when);
      const late = vn('2026-03-06');
      const err = await as(t.db, leader, late)
        .dossiers.approve({ dossierId: d.id, expectedVersion: d.version })
        .then(unexpected, caught);
      expect(err.message).toContain('05/03/2026');
      const after = (await as(t.db, head, late).dossiers.get({ dossierId: d.id })).dossier;
      expect(after.status).toBe(4);
      expect(after.version).toBe(d.version);
    });
  });

  describe('the public registry', () => {
    it('search is accent-insensitive over organisation, products, standards and number; pages; status filter', async () => {
      await approvedAtCounter(vn('2026-03-02'));
      await approvedAtCounter(vn('2026-03-04'), hopChuanDeclaration(), 'tdc.hop-chuan');
      const pub = as(t.db, null as unknown as SessionUser, vn('2026-03-10')).conformity.registry;
      const numbers = async (q: string) => (await pub.search({ q })).items.map((i) => i.noticeNumber);
      expect(await numbers('hai phong')).toEqual(['1/2026/TBTNHS-CCTĐC']);
      expect(await numbers('HẢI PHÒNG thép')).toEqual(['1/2026/TBTNHS-CCTĐC']);
      expect(await numbers('gach gom')).toEqual(['2/2026/TBTNHS-CCTĐC']);
      expect(await numbers('TCVN 7745')).toEqual(['2/2026/TBTNHS-CCTĐC']);
      expect(await numbers('QCVN 7:2019')).toEqual(['1/2026/TBTNHS-CCTĐC']);
      expect(await numbers(TAX_CODE)).toEqual(['1/2026/TBTNHS-CCTĐC']);
      expect(await numbers('2/2026/TBTNHS')).toContain('2/2026/TBTNHS-CCTĐC');
      expect(await numbers('khong ton tai')).toEqual([]);
      const page = await pub.search({ page: 2, pageSize: 1 });
      expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1 });
      expect(page.items).toHaveLength(1);
      expect((await pub.search({ status: 'expired' })).total).toBe(0);
      expect((await pub.search({ procedureCode: 'tdc.hop-chuan' })).items[0]?.noticeNumber).toBe(
        '2/2026/TBTNHS-CCTĐC',
      );
      expect(await appCodeOf(pub.entry({ noticeNumber: '999/2026/TBTNHS-CCTĐC' }))).toBe('NOT_FOUND');
      // typed loosely (spaces, lower case) it is still found
      expect((await pub.entry({ noticeNumber: ' 1 / 2026 / tbtnhs-cctđc' })).noticeNumber).toBe(
        '1/2026/TBTNHS-CCTĐC',
      );
      await expect(pub.search({ pageSize: 101 })).rejects.toThrow();
    });

    it('revocation keeps the entry visible as revoked; only the unit head or a leader may revoke', async () => {
      await approvedAtCounter(vn('2026-03-02'));
      const noticeNumber = '1/2026/TBTNHS-CCTĐC';
      expect(
        await appCodeOf(
          as(t.db, officer, vn('2026-04-01')).conformity.revoke({ noticeNumber, reason: 'Thử' }),
        ),
      ).toBe('FORBIDDEN');
      const revoked = await as(t.db, head, vn('2026-04-01')).conformity.revoke({
        noticeNumber,
        reason: 'Sản phẩm không phù hợp quy chuẩn khi kiểm tra trên thị trường.',
      });
      expect(revoked).toMatchObject({ status: 'revoked', statusLabel: 'Đã bị thu hồi' });
      expect(revoked.history.map((h) => h.status)).toEqual(['in_force', 'revoked']);
      expect(revoked.history[1]?.note).toContain('không phù hợp');
      const pub = as(t.db, null as unknown as SessionUser, vn('2026-04-02')).conformity.registry;
      expect((await pub.search({ q: 'hai phong' })).items[0]?.status).toBe('revoked');
      expect((await pub.search({ status: 'revoked' })).total).toBe(1);
      expect((await pub.search({ status: 'in_force' })).total).toBe(0);
      expect(
        await appCodeOf(
          as(t.db, head, vn('2026-04-02')).conformity.revoke({ noticeNumber, reason: 'Lần hai' }),
        ),
      ).toBe('INVALID_TRANSITION');
      await processOutbox(t.db, { now: () => vn('2026-04-02') });
      expect(systems.published.map((p) => p.action)).toEqual(['publish', 'revoke']);
    });

    it('a notice is expired the day after its last valid day, by date alone', async () => {
      await approvedAtCounter(vn('2026-03-02'));
      const on = (day: string) => as(t.db, null as unknown as SessionUser, vn(day)).conformity.registry;
      expect((await on('2029-02-19').entry({ noticeNumber: '1/2026/TBTNHS-CCTĐC' })).status).toBe('in_force');
      const expired = await on('2029-02-20').entry({ noticeNumber: '1/2026/TBTNHS-CCTĐC' });
      expect(expired).toMatchObject({ status: 'expired', statusLabel: 'Hết hiệu lực' });
      expect(expired.history.at(-1)?.status).toBe('expired');
      expect((await on('2029-02-20').search({ status: 'expired' })).total).toBe(1);
      expect((await on('2029-02-20').search({ status: 'in_force' })).total).toBe(0);
      expect(
        await appCodeOf(
          as(t.db, head, vn('2029-03-01')).conformity.revoke({
            noticeNumber: '1/2026/TBTNHS-CCTĐC',
            reason: 'x',
          }),
        ),
      ).toBe('INVALID_TRANSITION');
    });
  });

  describe('report', () => {
    it('counts received / on time / late / pending by procedure and month, for the unit head only', async () => {
      await approvedAtCounter(vn('2026-03-02'));
      await approvedAtCounter(vn('2026-03-04'), hopChuanDeclaration(), 'tdc.hop-chuan');
      // received in March, approved late: the appointment (5 working days after 04/03) was moved by an apology
      // letter to 20/03, and the approval on 20/03 keeps to the new date, yet counts as late against the law's date
      const late = await as(t.db, officer, vn('2026-03-04')).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, officer),
      });
      let d = (await as(t.db, head, vn('2026-03-04')).dossiers.get({ dossierId: late.dossierId })).dossier;
      d = (
        await as(t.db, head, vn('2026-03-04')).dossiers.assign({
          dossierId: d.id,
          expectedVersion: d.version,
          assigneeUserId: officer.id,
        })
      ).dossier;
      d = (
        await as(t.db, head, vn('2026-03-05')).dossiers.extendDeadline({
          dossierId: d.id,
          expectedVersion: d.version,
          newDeadline: '2026-03-20',
          reason: 'Chờ ý kiến của tổ chức chứng nhận',
        })
      ).dossier;
      expect(d.deadlineBeforeExtension).toBe('2026-03-11');
      d = (
        await as(t.db, officer, vn('2026-03-20')).dossiers.submitForSignature({
          dossierId: d.id,
          expectedVersion: d.version,
        })
      ).dossier;
      await as(t.db, leader, vn('2026-03-20')).dossiers.approve({
        dossierId: d.id,
        expectedVersion: d.version,
      });
      // received in April, still pending
      await as(t.db, officer, vn('2026-04-01')).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, officer),
      });

      const report = await as(t.db, head, vn('2026-04-02')).conformity.report({
        from: '2026-03-01',
        to: '2026-04-30',
      });
      expect(report.rows).toEqual([
        expect.objectContaining({
          month: '2026-03',
          procedureCode: 'tdc.hop-chuan',
          received: 1,
          onTime: 1,
          late: 0,
          pending: 0,
        }),
        expect.objectContaining({
          month: '2026-03',
          procedureCode: 'tdc.hop-quy',
          received: 2,
          onTime: 1,
          late: 1,
          pending: 0,
        }),
        expect.objectContaining({
          month: '2026-04',
          procedureCode: 'tdc.hop-quy',
          received: 1,
          onTime: 0,
          late: 0,
          pending: 1,
        }),
      ]);
      expect(report.totals).toEqual({ received: 4, onTime: 2, late: 1, pending: 1 });
      expect(report.rows[0]?.procedureName).toContain('hợp chuẩn');
      const onlyApril = await as(t.db, leader, vn('2026-04-02')).conformity.report({
        from: '2026-04-01',
        to: '2026-04-30',
        procedureCode: 'tdc.hop-quy',
      });
      expect(onlyApril.totals.received).toBe(1);
      expect(
        await appCodeOf(
          as(t.db, officer, vn('2026-04-02')).conformity.report({ from: '2026-03-01', to: '2026-04-30' }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await appCodeOf(
          as(t.db, head, vn('2026-04-02')).conformity.report({ from: '2026-05-01', to: '2026-04-30' }),
        ),
      ).toBe('BAD_INPUT');
    });
  });

  describe('demo seed', () => {
    it('creates TĐC dossiers in several statuses and registry entries in force, revoked and expired, once', async () => {
      const now = vn('2026-11-23', '11:00');
      expect(await seedConformityDemo(t.db, now)).toBe(8);
      expect(await seedConformityDemo(t.db, now)).toBe(0);
      const statuses = await t.db.execute(
        sql`select status, count(*)::int as n from dossiers group by status order by status`,
      );
      expect((statuses as { rows: { status: number; n: number }[] }).rows).toEqual([
        { status: 1, n: 1 },
        { status: 2, n: 1 },
        { status: 4, n: 1 },
        { status: 5, n: 1 },
        { status: 9, n: 3 },
        { status: 10, n: 1 },
      ]);
      // no two companies share a tax code
      const shared = await t.db.execute(
        sql`select applicant_tax_code from dossiers group by applicant_tax_code
            having count(distinct applicant_name) > 1`,
      );
      expect((shared as { rows: unknown[] }).rows).toEqual([]);
      const pub = as(t.db, null as unknown as SessionUser, now).conformity.registry;
      expect((await pub.search({ status: 'in_force' })).total).toBe(2);
      expect((await pub.search({ status: 'revoked' })).total).toBe(1);
      expect((await pub.search({ status: 'expired' })).total).toBe(1);
    });
  });

  describe('national systems', () => {
    it('the portal outbox keeps a failed status update and retries it after the delay', async () => {
      await as(t.db, officer, vn('2026-03-02')).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, officer),
      });
      const t0 = vn('2026-03-02', '09:05');
      systems.mode.portal = 'error';
      expect(await processOutbox(t.db, { now: () => t0 })).toEqual({ sent: 0, failed: 1 });
      let [row] = await listOutbox(t.db);
      expect(row).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: 'Hệ thống trả về lỗi HTTP 500.',
      });
      const health = await as(t.db, admin, t0).system.integrations();
      expect(health.find((h) => h.id === 'public-service-portal')).toMatchObject({
        status: 'down',
        message: 'Hệ thống trả về lỗi HTTP 500.',
        pending: 1,
      });

      systems.mode.portal = 'up';
      // not due before the retry delay
      expect(await processOutbox(t.db, { now: () => new Date(t0.getTime() + 1000) })).toEqual({
        sent: 0,
        failed: 0,
      });
      const later = new Date(t0.getTime() + retryDelayMs(0));
      expect(await processOutbox(t.db, { now: () => later })).toEqual({ sent: 1, failed: 0 });
      [row] = await listOutbox(t.db);
      expect(row).toMatchObject({ state: 'sent', attempts: 2, lastError: null });
      expect(systems.portalUpdates).toMatchObject([{ status: 2, statusLabel: 'Được tiếp nhận' }]);
      const after = await as(t.db, admin, later).system.integrations();
      expect(after.find((h) => h.id === 'public-service-portal')).toMatchObject({ status: 'up', pending: 0 });
    });

    it('a portal that does not answer in time counts as down; the officer’s work was saved regardless', async () => {
      const created = await as(t.db, officer, vn('2026-03-02')).conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, officer),
      });
      systems.mode.portal = 'timeout';
      expect(await processOutbox(t.db, { now: () => vn('2026-03-02', '09:05') })).toEqual({
        sent: 0,
        failed: 1,
      });
      const [row] = await listOutbox(t.db);
      expect(row?.lastError).toContain('không phản hồi');
      expect(
        (await as(t.db, officer, vn('2026-03-02')).dossiers.get({ dossierId: created.dossierId })).dossier
          .status,
      ).toBe(2);
    });

    it('lookupEnterprise answers from the business registry, and says so in Vietnamese when it is down', async () => {
      const c = as(t.db, officer, vn('2026-03-02')).conformity;
      expect(await c.lookupEnterprise({ taxCode: TAX_CODE })).toEqual({
        available: true,
        enterprise: { name: ORGANISATION.name, address: ORGANISATION.address, taxCode: TAX_CODE },
      });
      expect(await c.lookupEnterprise({ taxCode: '0100109106' })).toEqual({
        available: true,
        enterprise: null,
      });
      systems.mode.registry = 'error';
      expect(await c.lookupEnterprise({ taxCode: TAX_CODE })).toEqual({
        available: false,
        message: BUSINESS_REGISTRY_DOWN_MESSAGE,
      });
      systems.mode.registry = 'timeout';
      expect(await c.lookupEnterprise({ taxCode: TAX_CODE })).toMatchObject({ available: false });
      const health = await as(t.db, admin, vn('2026-03-02')).system.integrations();
      expect(health.find((h) => h.id === 'business-registry')).toMatchObject({ status: 'down' });
      expect(await appCodeOf(c.lookupEnterprise({ taxCode: '0200123456' }))).toBe('BAD_INPUT');
    });

    it('without configuration the systems report unknown and nothing is queued or sent', async () => {
      setIntegrations(undefined);
      const c = as(t.db, officer, vn('2026-03-02'));
      expect(await c.conformity.lookupEnterprise({ taxCode: TAX_CODE })).toMatchObject({
        available: false,
      });
      const health = await as(t.db, admin, vn('2026-03-02')).system.integrations();
      expect(health.map((h) => h.status)).toEqual(['unknown', 'unknown', 'unknown']);
      await c.conformity.receive({
        procedureCode: 'tdc.hop-quy',
        declaration: hopQuyDeclaration(),
        components: await tt28Components(t.db, officer),
      });
      expect(await processOutbox(t.db, { now: () => vn('2026-03-02', '10:00') })).toEqual({
        sent: 0,
        failed: 0,
      });
      // nothing would ever send a message to an unconfigured system: none is queued, the outbox does not grow
      expect(await listOutbox(t.db)).toEqual([]);
    });
  });
});
