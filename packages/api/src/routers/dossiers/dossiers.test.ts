import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DOSSIER_COUNT_CAP,
  dossierSearchText,
  hashPassword,
  listDenials,
  schema,
  upsertUser,
} from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { dossierStatusLabels, must } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { callerFor } from '../../testing/api-harness';
import {
  appCodeOf,
  as,
  clearDossiers,
  createOtherApplicant,
  hopQuyAttachments,
  MONDAY_0900,
  seedStoryPeople,
  sessionUser,
  uploadedFile,
  vn,
} from '../../testing/one-stop.test-kit';

describeEachDatabase('dossier engine', (t) => {
  let applicant: SessionUser;
  let other: SessionUser;
  let officer: SessionUser;
  let head: SessionUser;
  let leader: SessionUser;
  let postalOfficer: SessionUser;

  beforeAll(async () => {
    ({ applicant, officer, head, leader, postalOfficer } = await seedStoryPeople(t.db));
    other = await createOtherApplicant(t.db);
  });

  beforeEach(() => clearDossiers(t.db));

  /** The applicant submits tdc.hop-quy online at `when`. */
  async function submitted(when = MONDAY_0900, by = applicant) {
    const attachments = await hopQuyAttachments(t.db, by);
    return (
      await as(t.db, by, when).dossiers.submit({
        procedureCode: 'tdc.hop-quy',
        attachments,
        contact: { phone: '0225 3842 111' },
      })
    ).dossier;
  }

  /** Submitted, received and assigned to the officer: status 4 with a deadline. */
  async function inProcessing(when = MONDAY_0900) {
    const d = await submitted(when);
    const r = await as(t.db, officer, when).dossiers.receive({
      mode: 'accept',
      dossierId: d.id,
      expectedVersion: d.version,
    });
    const a = await as(t.db, head, when).dossiers.assign({
      dossierId: d.id,
      expectedVersion: r.dossier.version,
      assigneeUserId: officer.id,
    });
    return a.dossier;
  }

  describe('the one-stop flow', () => {
    it('runs submit → receive → assign → submit for signature → approve → return result, each step one event', async () => {
      const d = await submitted();
      expect(d).toMatchObject({
        code: 'CCTDC-260302-0001',
        status: 1,
        statusLabel: 'Mới đăng ký',
        applicantName: 'Công ty Cổ phần Thép Hải Phòng',
        applicantTaxCode: '0200123457',
        unitCode: 'CCTDC',
        procedureVersion: '2012.1',
        deadline: null,
        version: 1,
      });

      const received = await as(t.db, officer, MONDAY_0900).dossiers.receive({
        mode: 'accept',
        dossierId: d.id,
        expectedVersion: 1,
      });
      // 5 working days from Monday 02/03/2026, the day of receipt not counted
      expect(received.dossier).toMatchObject({
        status: 2,
        deadline: '2026-03-09',
        version: 2,
        deadlineColour: 'ok',
        remainingWorkingDays: 5,
      });
      expect(received.event).toMatchObject({
        seq: 2,
        action: 'receive',
        fromStatus: 1,
        toStatus: 2,
        data: { form: 'Mẫu 01', deadline: '2026-03-09' },
      });

      // the officer may not assign; the unit head may
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.assign({
            dossierId: d.id,
            expectedVersion: 2,
            assigneeUserId: officer.id,
          }),
        ),
      ).toBe('FORBIDDEN');
      const headView = await as(t.db, head, MONDAY_0900).dossiers.get({ dossierId: d.id });
      expect(headView.allowedActions).toContain('assign');
      expect(
        (await as(t.db, officer, MONDAY_0900).dossiers.get({ dossierId: d.id })).allowedActions,
      ).not.toContain('assign');

      const assigned = await as(t.db, head, MONDAY_0900).dossiers.assign({
        dossierId: d.id,
        expectedVersion: 2,
        assigneeUserId: officer.id,
      });
      expect(assigned.dossier).toMatchObject({ status: 4, assigneeUserId: officer.id, version: 3 });

      // the leader cannot approve before the dossier is submitted for signature
      expect(
        await appCodeOf(
          as(t.db, leader, vn('2026-03-04')).dossiers.approve({ dossierId: d.id, expectedVersion: 3 }),
        ),
      ).toBe('INVALID_TRANSITION');

      const sent = await as(t.db, officer, vn('2026-03-04')).dossiers.submitForSignature({
        dossierId: d.id,
        expectedVersion: 3,
        note: 'Đủ điều kiện',
      });
      expect(sent.dossier).toMatchObject({ status: 4, awaitingSignature: true, version: 4 });
      const leaderView = await as(t.db, leader, vn('2026-03-04')).dossiers.get({ dossierId: d.id });
      expect(leaderView.allowedActions).toEqual(expect.arrayContaining(['approve', 'reject']));
      expect(
        (await as(t.db, officer, vn('2026-03-04')).dossiers.get({ dossierId: d.id })).allowedActions,
      ).not.toContain('approve');

      const approved = await as(t.db, leader, vn('2026-03-05')).dossiers.approve({
        dossierId: d.id,
        expectedVersion: 4,
      });
      expect(approved.dossier).toMatchObject({ status: 9, awaitingSignature: false, timeliness: 'early' });
      expect(approved.event.data).toMatchObject({ outcome: 'approved', timeliness: 'early' });

      const returned = await as(t.db, officer, vn('2026-03-06')).dossiers.returnResult({
        dossierId: d.id,
        expectedVersion: 5,
      });
      expect(returned.dossier).toMatchObject({ status: 10, statusLabel: 'Đã trả kết quả', version: 6 });

      const detail = await as(t.db, applicant, vn('2026-03-06')).dossiers.get({ dossierId: d.id });
      expect(detail.events.map((e) => [e.seq, e.action, e.fromStatus, e.toStatus, e.actorName])).toEqual([
        [1, 'submit', null, 1, 'Ngô Văn Thành'],
        [2, 'receive', 1, 2, 'Nguyễn Thị Lan'],
        [3, 'assign', 2, 4, 'Trần Văn Hùng'],
        [4, 'submit_for_signature', 4, 4, 'Nguyễn Thị Lan'],
        [5, 'approve', 4, 9, 'Phạm Văn Minh'],
        [6, 'return_result', 9, 10, 'Nguyễn Thị Lan'],
      ]);
      expect(detail.events[3]?.reason).toBe('Đủ điều kiện');
      expect(detail.files.map((f) => f.componentKey).sort()).toEqual([
        'ban-cong-bo',
        'giay-to-san-xuat-kinh-doanh',
      ]);
      expect(detail.procedure).toMatchObject({
        code: 'tdc.hop-quy',
        version: '2012.1',
        processingTime: { amount: 5, unit: 'working_days' },
      });
      expect(detail.allowedActions).toEqual([]);
    });

    it('receives a paper dossier at the counter: status 2 at once, with the appointment date and one event', async () => {
      const attachments = await hopQuyAttachments(t.db, officer);
      // received at 16:10: after the 15:00 cut-off, counted from Tuesday 03/03
      const r = await as(t.db, officer, vn('2026-03-02', '16:10')).dossiers.receive({
        mode: 'counter',
        procedureCode: 'tdc.hop-quy',
        channel: 'direct',
        applicant: { name: 'Hợp tác xã Đúc Đồng Mỹ Đồng', taxCode: '0200654320', phone: '0912345678' },
        attachments,
      });
      expect(r.dossier).toMatchObject({
        code: 'CCTDC-260302-0001',
        status: 2,
        channel: 'direct',
        deadline: '2026-03-10',
        version: 1,
      });
      expect(r.event).toMatchObject({ seq: 1, action: 'receive', fromStatus: null, toStatus: 2 });
      const events = await t.db
        .select()
        .from(schema.dossierEvents)
        .where(eq(schema.dossierEvents.dossierId, r.dossier.id));
      expect(events).toHaveLength(1);
    });

    it('numbers dossiers per unit and per day in Vietnam time', async () => {
      const a = await submitted(vn('2026-03-02', '23:30'));
      const b = await submitted(vn('2026-03-02', '23:50'));
      const c = await submitted(new Date('2026-03-02T17:05:00Z')); // 00:05 on 03/03 in Vietnam
      expect([a.code, b.code, c.code]).toEqual([
        'CCTDC-260302-0001',
        'CCTDC-260302-0002',
        'CCTDC-260303-0001',
      ]);
    });

    it('refuses to receive an online dossier with reasons (Mẫu 03); reasons are required', async () => {
      const d = await submitted();
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.refuse({
            dossierId: d.id,
            expectedVersion: 1,
            reasons: [],
          }),
        ),
      ).toBe('BAD_INPUT');
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.refuse({
            dossierId: d.id,
            expectedVersion: 1,
            reasons: ['  '],
          }),
        ),
      ).toBe('BAD_INPUT');
      const r = await as(t.db, officer, MONDAY_0900).dossiers.refuse({
        dossierId: d.id,
        expectedVersion: 1,
        reasons: ['Thủ tục không thuộc thẩm quyền giải quyết', 'Sản phẩm thuộc nhóm 1'],
      });
      expect(r.dossier.status).toBe(3);
      expect(r.event).toMatchObject({
        action: 'refuse',
        reason: 'Thủ tục không thuộc thẩm quyền giải quyết; Sản phẩm thuộc nhóm 1',
        data: { form: 'Mẫu 03' },
      });
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.receive({
            mode: 'accept',
            dossierId: d.id,
            expectedVersion: 2,
          }),
        ),
      ).toBe('INVALID_TRANSITION');
    });

    it('gives an external account (a commune reporter, a council expert) no access to dossiers', async () => {
      const d = await submitted();
      await upsertUser(t.db, {
        username: 'chuyengia.ngoai',
        fullName: 'Chuyên gia ngoài Sở',
        passwordHash: await hashPassword('Ngoai@2026'),
        memberships: [],
        kind: 'external',
      });
      const expert = await sessionUser(t.db, 'chuyengia.ngoai');
      expect(await appCodeOf(as(t.db, expert, MONDAY_0900).dossiers.get({ dossierId: d.id }))).toBe(
        'FORBIDDEN',
      );
      expect(
        await appCodeOf(
          as(t.db, expert, MONDAY_0900).dossiers.receive({
            dossierId: d.id,
            expectedVersion: 1,
            mode: 'accept',
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(await appCodeOf(as(t.db, expert, MONDAY_0900).dossiers.inbox({}))).toBe('FORBIDDEN');
    });

    it('lets the applicant withdraw their own dossier', async () => {
      const d = await submitted();
      const w = await as(t.db, applicant, MONDAY_0900).dossiers.withdraw({
        dossierId: d.id,
        expectedVersion: 1,
        reason: 'Nộp nhầm thủ tục',
      });
      expect(w.dossier.status).toBe(7);
      // an officer recording a withdrawal needs the applicant's written request as the reason
      const e = await submitted();
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.withdraw({ dossierId: e.id, expectedVersion: 1 }),
        ),
      ).toBe('BAD_INPUT');
    });
  });

  describe('the clock', () => {
    it('pauses on a request for additions and resumes on their supply, moving the deadline by the paused working days', async () => {
      const d = await inProcessing();
      expect(d.deadline).toBe('2026-03-09');

      const req = await as(t.db, officer, vn('2026-03-04')).dossiers.requestAdditions({
        dossierId: d.id,
        expectedVersion: d.version,
        items: [
          {
            componentKey: 'giay-to-san-xuat-kinh-doanh',
            name: 'Giấy chứng nhận đăng ký doanh nghiệp',
            reason: 'Bản chụp không đọc được',
          },
        ],
      });
      expect(req.dossier).toMatchObject({ status: 5, deadline: null, paused: true, deadlineColour: 'ok' });
      // 15 working days from Wednesday 04/03 (TT 28/2012 Điều 15)
      expect(req.event.data).toMatchObject({ form: 'Mẫu 02', supplementDue: '2026-03-25' });

      const fileId = await uploadedFile(t.db, applicant, 'dang-ky-doanh-nghiep-ban-ro.pdf');
      const sup = await as(t.db, applicant, vn('2026-03-10')).dossiers.supplyAdditions({
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        attachments: [{ componentKey: 'giay-to-san-xuat-kinh-doanh', fileId }],
      });
      // 3 working days were left on 04/03 (05, 06, 09/03); they run again after 10/03: 11, 12, 13/03
      expect(sup.dossier).toMatchObject({ status: 4, deadline: '2026-03-13', paused: false });
      expect(sup.event.data).toMatchObject({ deadline: '2026-03-13' });

      const detail = await as(t.db, officer, vn('2026-03-10')).dossiers.get({ dossierId: d.id });
      expect(detail.files.filter((f) => f.componentKey === 'giay-to-san-xuat-kinh-doanh')).toHaveLength(2);
      expect(detail.allowedActions).not.toContain('request_additions');
    });

    it('allows additions to be requested only once (Nghị định 118/2025 Điều 11)', async () => {
      const d = await inProcessing();
      const items = [{ name: 'Bản công bố hợp quy', reason: 'Thiếu chữ ký' }];
      const req = await as(t.db, officer, MONDAY_0900).dossiers.requestAdditions({
        dossierId: d.id,
        expectedVersion: d.version,
        items,
      });
      const fileId = await uploadedFile(t.db, applicant);
      const sup = await as(t.db, applicant, vn('2026-03-03')).dossiers.supplyAdditions({
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        attachments: [{ componentKey: 'ban-cong-bo', fileId }],
      });
      const second = as(t.db, officer, vn('2026-03-04')).dossiers.requestAdditions({
        dossierId: d.id,
        expectedVersion: sup.dossier.version,
        items,
      });
      expect(await appCodeOf(second)).toBe('INVALID_TRANSITION');
      const events = await t.db
        .select()
        .from(schema.dossierEvents)
        .where(eq(schema.dossierEvents.dossierId, d.id));
      expect(events.map((e) => e.action)).toEqual([
        'submit',
        'receive',
        'assign',
        'request_additions',
        'supply_additions',
      ]);
    });

    it('stops a dossier only after the supplement time has run out', async () => {
      const d = await inProcessing();
      const req = await as(t.db, officer, MONDAY_0900).dossiers.requestAdditions({
        dossierId: d.id,
        expectedVersion: d.version,
        items: [{ name: 'Báo cáo đánh giá hợp quy', reason: 'Chưa nộp' }],
      });
      // requested Monday 02/03: 15 working days → Monday 23/03 is the last day
      expect(req.event.data).toMatchObject({ supplementDue: '2026-03-23' });
      const early = as(t.db, officer, vn('2026-03-23')).dossiers.stop({
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        reason: 'Quá hạn bổ sung',
      });
      expect(await appCodeOf(early)).toBe('INVALID_TRANSITION');
      const stopped = await as(t.db, officer, vn('2026-03-24')).dossiers.stop({
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        reason: 'Quá hạn bổ sung',
      });
      expect(stopped.dossier.status).toBe(8);
      expect(stopped.event.data).toMatchObject({ form: 'Mẫu 05' });
    });
  });

  describe('rights and concurrency', () => {
    it('refuses an officer of another unit with FORBIDDEN_UNIT and logs the denial', async () => {
      const d = await submitted();
      const err = as(t.db, postalOfficer, MONDAY_0900).dossiers.receive({
        mode: 'accept',
        dossierId: d.id,
        expectedVersion: 1,
      });
      expect(await appCodeOf(err)).toBe('FORBIDDEN_UNIT');
      expect(await appCodeOf(as(t.db, postalOfficer, MONDAY_0900).dossiers.get({ dossierId: d.id }))).toBe(
        'FORBIDDEN_UNIT',
      );
      const denials = await listDenials(t.db);
      expect(denials.find((x) => x.path === 'dossiers.receive')).toMatchObject({
        code: 'FORBIDDEN_UNIT',
        username: 'canbo.buuchinh',
        unitCode: 'CCTDC',
      });
      const [row] = await t.db.select().from(schema.dossiers).where(eq(schema.dossiers.id, d.id));
      expect(row).toMatchObject({ status: 1, version: 1 });
    });

    it('lets an applicant neither see nor act on another applicant’s dossier', async () => {
      const d = await submitted();
      expect(
        await appCodeOf(
          as(t.db, other, MONDAY_0900).dossiers.withdraw({ dossierId: d.id, expectedVersion: 1 }),
        ),
      ).toBe('FORBIDDEN');
      expect(await appCodeOf(as(t.db, other, MONDAY_0900).dossiers.get({ dossierId: d.id }))).toBe(
        'FORBIDDEN',
      );
      expect((await as(t.db, other, MONDAY_0900).dossiers.mine()).items).toEqual([]);
      expect((await as(t.db, applicant, MONDAY_0900).dossiers.mine()).items.map((x) => x.id)).toEqual([d.id]);
      // nor staff steps on their own dossier
      expect(
        await appCodeOf(
          as(t.db, applicant, MONDAY_0900).dossiers.receive({
            mode: 'accept',
            dossierId: d.id,
            expectedVersion: 1,
          }),
        ),
      ).toBe('FORBIDDEN');
      // staff cannot submit as an applicant
      expect(
        await appCodeOf(
          as(t.db, officer, MONDAY_0900).dossiers.submit({ procedureCode: 'tdc.hop-quy', attachments: [] }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('refuses a command sent with a stale version (CONFLICT) and changes nothing', async () => {
      const d = await submitted();
      await as(t.db, officer, MONDAY_0900).dossiers.receive({
        mode: 'accept',
        dossierId: d.id,
        expectedVersion: 1,
      });
      const stale = as(t.db, officer, MONDAY_0900).dossiers.refuse({
        dossierId: d.id,
        expectedVersion: 1,
        reasons: ['Thiếu hồ sơ'],
      });
      expect(await appCodeOf(stale)).toBe('CONFLICT');
      const [row] = await t.db.select().from(schema.dossiers).where(eq(schema.dossiers.id, d.id));
      expect(row).toMatchObject({ status: 2, version: 2 });
    });

    it('refuses files the user did not upload and unknown components, writing nothing (the code number is given back)', async () => {
      const foreign = await uploadedFile(t.db, other);
      const own = await hopQuyAttachments(t.db, applicant);
      const bad = as(t.db, applicant, MONDAY_0900).dossiers.submit({
        procedureCode: 'tdc.hop-quy',
        attachments: [...own, { componentKey: 'ban-cong-bo', fileId: foreign }],
      });
      expect(await appCodeOf(bad)).toBe('BAD_INPUT');
      const unknown = as(t.db, applicant, MONDAY_0900).dossiers.submit({
        procedureCode: 'tdc.hop-quy',
        attachments: [...own, { componentKey: 'khong-co', fileId: must(own[0], 'an own file').fileId }],
      });
      expect(await appCodeOf(unknown)).toBe('BAD_INPUT');
      const missing = as(t.db, applicant, MONDAY_0900).dossiers.submit({
        procedureCode: 'tdc.hop-quy',
        attachments: own.slice(0, 1),
      });
      expect(await appCodeOf(missing)).toBe('BAD_INPUT');
      expect(await t.db.select().from(schema.dossiers)).toHaveLength(0);
      expect(await t.db.select().from(schema.dossierEvents)).toHaveLength(0);
      expect((await submitted()).code).toBe('CCTDC-260302-0001');
    });

    it('assigns only to an active officer of the routed unit', async () => {
      const d = await submitted();
      const r = await as(t.db, officer, MONDAY_0900).dossiers.receive({
        mode: 'accept',
        dossierId: d.id,
        expectedVersion: 1,
      });
      const err = as(t.db, head, MONDAY_0900).dossiers.assign({
        dossierId: d.id,
        expectedVersion: r.dossier.version,
        assigneeUserId: postalOfficer.id,
      });
      expect(await appCodeOf(err)).toBe('BAD_INPUT');
    });
  });

  describe('queries', () => {
    it('lists the inbox of the user’s units with filters, counts per status, deadline colours and accent-insensitive search', async () => {
      const a = await inProcessing(vn('2026-03-02')); // due 09/03
      const b = await submitted(vn('2026-03-05')); // status 1
      const c = await inProcessing(vn('2026-03-05')); // due 12/03
      const today = vn('2026-03-10');
      const inbox = await as(t.db, head, today).dossiers.inbox({ sort: 'deadline' });
      expect(inbox.total).toBe(3);
      expect(inbox.unitCodes).toEqual(['CCTDC']);
      expect(inbox.items.map((i) => i.id)).toEqual([a.id, c.id, b.id]); // by deadline, none last
      expect(inbox.items.map((i) => i.deadlineColour)).toEqual(['overdue', 'due_soon', 'ok']);
      expect(inbox.countsByStatus.filter((x) => x.count > 0).map((x) => [x.status, x.count])).toEqual([
        [1, 1],
        [4, 2],
      ]);
      expect(inbox.totalCapped).toBe(false);
      expect(inbox.countsByStatus.some((x) => x.capped)).toBe(false);

      expect((await as(t.db, head, today).dossiers.inbox({ due: 'overdue' })).items.map((i) => i.id)).toEqual(
        [a.id],
      );
      expect(
        (await as(t.db, head, today).dossiers.inbox({ due: 'due_soon' })).items.map((i) => i.id),
      ).toEqual([c.id]);
      const onlyNew = await as(t.db, head, today).dossiers.inbox({ statuses: [1] });
      expect(onlyNew.items.map((i) => i.id)).toEqual([b.id]);
      expect(onlyNew.countsByStatus.find((x) => x.status === 4)?.count).toBe(2); // counts ignore the status filter
      expect((await as(t.db, officer, today).dossiers.inbox({ assignee: 'me' })).total).toBe(2);
      expect(
        (await as(t.db, head, today).dossiers.inbox({ assignee: 'none' })).items.map((i) => i.id),
      ).toEqual([b.id]);

      expect((await as(t.db, head, today).dossiers.inbox({ q: 'thep hai phong' })).total).toBe(3);
      expect((await as(t.db, head, today).dossiers.inbox({ q: 'THÉP HẢI' })).total).toBe(3);
      expect(
        (await as(t.db, head, today).dossiers.inbox({ q: c.code.toLowerCase() })).items.map((i) => i.id),
      ).toEqual([c.id]);
      expect((await as(t.db, head, today).dossiers.inbox({ q: 'nhua dong a' })).total).toBe(0);
      expect((await as(t.db, head, today).dossiers.inbox({ q: '100%_' })).total).toBe(0);

      const page = await as(t.db, head, today).dossiers.inbox({ sort: 'code', pageSize: 2, page: 2 });
      expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(page.items).toHaveLength(1);

      // the postal officer sees none of them and may not ask for CCTDC
      expect((await as(t.db, postalOfficer, today).dossiers.inbox()).total).toBe(0);
      expect(await appCodeOf(as(t.db, postalOfficer, today).dossiers.inbox({ unitCode: 'CCTDC' }))).toBe(
        'FORBIDDEN_UNIT',
      );
      // the leader sees every unit
      expect((await as(t.db, leader, today).dossiers.inbox({ unitCode: 'CCTDC' })).total).toBe(3);
      // applicants have no inbox
      expect(await appCodeOf(as(t.db, applicant, today).dossiers.inbox())).toBe('FORBIDDEN');
    });

    it('tells the inbox when a filtered count stopped at the cap, per status and for the total', async () => {
      const rows = [];
      for (let i = 1; i <= DOSSIER_COUNT_CAP + 2; i++) {
        const code = `CCTDC-260302-${String(i).padStart(4, '0')}`;
        rows.push({
          code,
          procedureCode: 'tdc.hop-quy',
          procedureVersion: '2012.1',
          unitCode: 'CCTDC',
          status: i === 1 ? 4 : 2,
          applicant: { name: 'Công ty TNHH Thép Hải Phòng' },
          applicantName: 'Công ty TNHH Thép Hải Phòng',
          searchText: dossierSearchText(code, 'Công ty TNHH Thép Hải Phòng'),
        });
      }
      for (let i = 0; i < rows.length; i += 500)
        await t.db.insert(schema.dossiers).values(rows.slice(i, i + 500));
      // 1 001 dossiers in status 2 (counted up to the cap) and one in status 4
      const filtered = await as(t.db, head, MONDAY_0900).dossiers.inbox({ procedureCode: 'tdc.hop-quy' });
      expect(filtered).toMatchObject({ total: DOSSIER_COUNT_CAP + 1, totalCapped: true });
      expect(filtered.countsByStatus.filter((x) => x.count > 0)).toEqual([
        { status: 2, label: dossierStatusLabels[2], count: DOSSIER_COUNT_CAP, capped: true },
        { status: 4, label: dossierStatusLabels[4], count: 1, capped: false },
      ]);
      const inProgress = await as(t.db, head, MONDAY_0900).dossiers.inbox({
        procedureCode: 'tdc.hop-quy',
        statuses: [4],
      });
      expect(inProgress).toMatchObject({ total: 1, totalCapped: false });
      // without a filter the counters are exact
      expect(await as(t.db, head, MONDAY_0900).dossiers.inbox()).toMatchObject({
        total: DOSSIER_COUNT_CAP + 2,
        totalCapped: false,
      });
    });

    it('shows users the metadata of their own uploads only', async () => {
      const mine = await uploadedFile(t.db, applicant, 'Giấy đăng ký.pdf');
      const theirs = await uploadedFile(t.db, other);
      const seen = await as(t.db, applicant, MONDAY_0900).files.byIds({ ids: [mine, theirs] });
      expect(seen.map((f) => [f.id, f.originalName, f.url])).toEqual([
        [mine, 'Giấy đăng ký.pdf', `/api/files/${mine}`],
      ]);
    });

    it('answers the public look-up with the status only when the code and tax code match', async () => {
      const d = await submitted();
      const anonymous = callerFor(t.db).caller;
      const found = await anonymous.dossiers.lookup({ code: d.code.toLowerCase(), taxCode: '0200123457' });
      expect(found).toEqual({
        code: d.code,
        status: 1,
        statusLabel: 'Mới đăng ký',
        procedureName: d.procedureName,
        deadline: null,
      });
      expect(await appCodeOf(anonymous.dossiers.lookup({ code: d.code, taxCode: '0201987650' }))).toBe(
        'NOT_FOUND',
      );
      expect(
        await appCodeOf(anonymous.dossiers.lookup({ code: 'CCTDC-260302-9999', taxCode: '0200123457' })),
      ).toBe('NOT_FOUND');
      expect(
        await appCodeOf(anonymous.dossiers.lookup({ code: 'khong-hop-le', taxCode: '0200123457' })),
      ).toBe('BAD_INPUT');
    });
  });
});
