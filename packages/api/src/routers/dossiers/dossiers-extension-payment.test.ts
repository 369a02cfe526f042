import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { schema } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { addWorkingDays, isWorkingDay } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import {
  appCodeOf,
  appErrorOf,
  as,
  clearDossiers,
  hopQuyAttachments,
  MONDAY_0900,
  requiredAttachments,
  seedStoryPeople,
  sessionUser,
  vn,
} from '../../testing/one-stop.test-kit';

describeEachDatabase('dossier engine: apology letter (Mẫu 04) and payment (status 6)', (t) => {
  let applicant: SessionUser;
  let officer: SessionUser;
  let head: SessionUser;
  let leader: SessionUser;

  beforeAll(async () => {
    ({ applicant, officer, head, leader } = await seedStoryPeople(t.db));
  });

  beforeEach(() => clearDossiers(t.db));

  /** tdc.hop-quy submitted, received and assigned on Monday 02/03/2026: status 4, deadline 09/03 (5 working days). */
  async function inProcessing() {
    const attachments = await hopQuyAttachments(t.db, applicant);
    const d = (
      await as(t.db, applicant, MONDAY_0900).dossiers.submit({ procedureCode: 'tdc.hop-quy', attachments })
    ).dossier;
    const r = await as(t.db, officer, MONDAY_0900).dossiers.receive({
      mode: 'accept',
      dossierId: d.id,
      expectedVersion: d.version,
    });
    const a = await as(t.db, head, MONDAY_0900).dossiers.assign({
      dossierId: d.id,
      expectedVersion: r.dossier.version,
      assigneeUserId: officer.id,
    });
    expect(a.dossier.deadline).toBe('2026-03-09');
    return a.dossier;
  }

  async function actionsOf(dossierId: string) {
    const rows = await t.db
      .select({ action: schema.dossierEvents.action })
      .from(schema.dossierEvents)
      .where(eq(schema.dossierEvents.dossierId, dossierId))
      .orderBy(schema.dossierEvents.seq);
    return rows.map((r) => r.action);
  }

  describe('the apology letter moves the appointment date once', () => {
    it('records the letter, moves the date, keeps the old one and offers it no more', async () => {
      const d = await inProcessing();
      const before = await as(t.db, head, vn('2026-03-05')).dossiers.get({ dossierId: d.id });
      expect(before.allowedActions).toContain('extend_deadline');

      const out = await as(t.db, head, vn('2026-03-05')).dossiers.extendDeadline({
        dossierId: d.id,
        expectedVersion: d.version,
        newDeadline: '2026-03-13',
        reason: 'Cần lấy ý kiến của tổ chức chứng nhận về kết quả thử nghiệm.',
      });
      expect(out.dossier).toMatchObject({
        status: 4,
        deadline: '2026-03-13',
        deadlineBeforeExtension: '2026-03-09',
        version: d.version + 1,
      });
      // 10, 11, 12, 13 March are working days
      expect(out.event).toMatchObject({
        action: 'extend_deadline',
        fromStatus: 4,
        toStatus: 4,
        reason: 'Cần lấy ý kiến của tổ chức chứng nhận về kết quả thử nghiệm.',
        data: {
          form: 'Mẫu 04',
          previousDeadline: '2026-03-09',
          newDeadline: '2026-03-13',
          extensionWorkingDays: 4,
        },
      });

      const after = await as(t.db, head, vn('2026-03-06')).dossiers.get({ dossierId: d.id });
      expect(after.allowedActions).not.toContain('extend_deadline');
      const again = await appErrorOf(
        as(t.db, head, vn('2026-03-06')).dossiers.extendDeadline({
          dossierId: d.id,
          expectedVersion: out.dossier.version,
          newDeadline: '2026-03-20',
          reason: 'Lần hai',
        }),
      );
      expect(again.appCode).toBe('INVALID_TRANSITION');
      expect(again.message).toContain('chỉ được hẹn lại một lần');
      expect(await actionsOf(d.id)).toEqual(['submit', 'receive', 'assign', 'extend_deadline']);
    });

    it('is the unit head’s or a leader’s letter, not the officer’s', async () => {
      const d = await inProcessing();
      const input = {
        dossierId: d.id,
        expectedVersion: d.version,
        newDeadline: '2026-03-13',
        reason: 'Chậm do thẩm định',
      };
      expect(await appCodeOf(as(t.db, officer, vn('2026-03-05')).dossiers.extendDeadline(input))).toBe(
        'FORBIDDEN',
      );
      const byLeader = await as(t.db, leader, vn('2026-03-05')).dossiers.extendDeadline(input);
      expect(byLeader.dossier.deadline).toBe('2026-03-13');
    });

    it.each([
      [
        'on the appointment day itself (the letter goes out at least a day before)',
        '2026-03-09',
        '2026-03-13',
        'INVALID_TRANSITION',
        '01 ngày trước',
      ],
      ['to a Saturday', '2026-03-05', '2026-03-14', 'BAD_INPUT', 'ngày làm việc'],
      [
        'to a date not after the current one',
        '2026-03-05',
        '2026-03-09',
        'BAD_INPUT',
        'sau ngày hẹn hiện tại',
      ],
    ])('is refused %s, changing nothing', async (_label, today, newDeadline, code, words) => {
      const d = await inProcessing();
      const err = await appErrorOf(
        as(t.db, head, vn(today)).dossiers.extendDeadline({
          dossierId: d.id,
          expectedVersion: d.version,
          newDeadline,
          reason: 'Chậm do thẩm định',
        }),
      );
      expect(err.appCode).toBe(code);
      expect(err.message).toContain(words);
      const now = await as(t.db, head, vn(today)).dossiers.get({ dossierId: d.id });
      expect(now.dossier).toMatchObject({
        deadline: '2026-03-09',
        deadlineBeforeExtension: null,
        version: d.version,
      });
      expect(await actionsOf(d.id)).toEqual(['submit', 'receive', 'assign']);
    });

    it('keeps a pending signature request, and a dossier finished by the new date still counts as late', async () => {
      const d = await inProcessing();
      const sent = await as(t.db, officer, vn('2026-03-05')).dossiers.submitForSignature({
        dossierId: d.id,
        expectedVersion: d.version,
      });
      const ext = await as(t.db, head, vn('2026-03-06')).dossiers.extendDeadline({
        dossierId: d.id,
        expectedVersion: sent.dossier.version,
        newDeadline: '2026-03-13',
        reason: 'Lãnh đạo đi công tác',
      });
      expect(ext.dossier.awaitingSignature).toBe(true);
      const approved = await as(t.db, leader, vn('2026-03-11')).dossiers.approve({
        dossierId: d.id,
        expectedVersion: ext.dossier.version,
      });
      expect(approved.dossier).toMatchObject({ status: 9, timeliness: 'late' });
      expect(approved.event.data).toMatchObject({ timeliness: 'late' });
    });
  });

  describe('payment (status 6) pauses the clock', () => {
    // Cấp lại giấy phép bưu chính (1.004379): 7 working days, phí 500.000 đồng; routed to HTS in Hải Phòng.
    const PROCEDURE = 'buu-chinh.cap-lai-giay-phep';
    const fees = [{ label: 'Phí thẩm định cấp lại giấy phép bưu chính', amount: 500_000 }];
    let postal: SessionUser;
    beforeAll(async () => {
      postal = await sessionUser(t.db, 'canbo.buuchinh');
    });

    /** Submitted online on Monday 02/03/2026, received by the postal officer, assigned to them by the leader. */
    async function postalInProcessing() {
      const attachments = await requiredAttachments(t.db, applicant, PROCEDURE, '2026-03-02');
      const d = (
        await as(t.db, applicant, MONDAY_0900).dossiers.submit({ procedureCode: PROCEDURE, attachments })
      ).dossier;
      const r = await as(t.db, postal, MONDAY_0900).dossiers.receive({
        mode: 'accept',
        dossierId: d.id,
        expectedVersion: d.version,
      });
      const a = await as(t.db, leader, MONDAY_0900).dossiers.assign({
        dossierId: d.id,
        expectedVersion: r.dossier.version,
        assigneeUserId: postal.id,
      });
      // 7 working days from Monday 02/03: 03, 04, 05, 06, 09, 10, 11/03
      expect(a.dossier.deadline).toBe('2026-03-11');
      return a.dossier;
    }

    it('requests, records the payment against the request, and moves the date by the paused working days', async () => {
      const d = await postalInProcessing();
      const detail = await as(t.db, postal, vn('2026-03-04')).dossiers.get({ dossierId: d.id });
      expect(detail.allowedActions).toContain('request_payment');
      const req = await as(t.db, postal, vn('2026-03-04')).dossiers.requestPayment({
        dossierId: d.id,
        expectedVersion: d.version,
        fees,
        note: 'Nộp tại Bộ phận một cửa hoặc chuyển khoản',
      });
      expect(req.dossier).toMatchObject({
        status: 6,
        statusLabel: 'Yêu cầu thực hiện nghĩa vụ tài chính',
        deadline: null,
        paused: true,
      });
      expect(req.event.data).toMatchObject({ fees, total: 500_000 });

      const paused = await as(t.db, postal, vn('2026-03-10')).dossiers.get({ dossierId: d.id });
      expect(paused.allowedActions).toEqual(expect.arrayContaining(['confirm_payment', 'withdraw']));
      expect(paused.allowedActions).not.toContain('approve');

      const base = {
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        receiptNumber: 'BL-0001234',
        method: 'counter' as const,
      };
      const wrong = await appErrorOf(
        as(t.db, postal, vn('2026-03-10')).dossiers.confirmPayment({
          ...base,
          amount: 400_000,
          paidOn: '2026-03-10',
        }),
      );
      expect(wrong.appCode).toBe('BAD_INPUT');
      expect(wrong.message).toContain('500.000 đồng');
      const future = await appErrorOf(
        as(t.db, postal, vn('2026-03-10')).dossiers.confirmPayment({
          ...base,
          amount: 500_000,
          paidOn: '2026-03-11',
        }),
      );
      expect(future.appCode).toBe('BAD_INPUT');
      const beforeRequest = await appErrorOf(
        as(t.db, postal, vn('2026-03-10')).dossiers.confirmPayment({
          ...base,
          amount: 500_000,
          paidOn: '2026-03-03',
        }),
      );
      expect(beforeRequest.appCode).toBe('BAD_INPUT');
      expect(await actionsOf(d.id)).toEqual(['submit', 'receive', 'assign', 'request_payment']);

      const paid = await as(t.db, postal, vn('2026-03-10')).dossiers.confirmPayment({
        ...base,
        amount: 500_000,
        paidOn: '2026-03-09',
      });
      // 5 working days were left on 04/03 (05, 06, 09, 10, 11/03); they run again after 10/03: 11, 12, 13, 16, 17/03
      expect(paid.dossier).toMatchObject({ status: 4, deadline: '2026-03-17', paused: false });
      expect(paid.event.data).toMatchObject({
        receiptNumber: 'BL-0001234',
        amount: 500_000,
        paidOn: '2026-03-09',
        deadline: '2026-03-17',
      });
    });

    it('is requested only by the handling officer (or who assigns), and cannot be confirmed by the applicant', async () => {
      const d = await postalInProcessing();
      expect(
        await appCodeOf(
          as(t.db, officer, vn('2026-03-04')).dossiers.requestPayment({
            dossierId: d.id,
            expectedVersion: d.version,
            fees,
          }),
        ),
      ).toBe('FORBIDDEN_UNIT');
      const req = await as(t.db, postal, vn('2026-03-04')).dossiers.requestPayment({
        dossierId: d.id,
        expectedVersion: d.version,
        fees,
      });
      expect(
        await appCodeOf(
          as(t.db, applicant, vn('2026-03-05')).dossiers.confirmPayment({
            dossierId: d.id,
            expectedVersion: req.dossier.version,
            receiptNumber: 'CK-1',
            amount: 500_000,
            paidOn: '2026-03-05',
            method: 'transfer',
          }),
        ),
      ).toBe('FORBIDDEN');
    });

    it('is not offered, and refused, where the procedure collects no fee (TĐC declarations)', async () => {
      const d = await inProcessing();
      const detail = await as(t.db, officer, vn('2026-03-04')).dossiers.get({ dossierId: d.id });
      expect(detail.allowedActions).not.toContain('request_payment');
      const err = await appErrorOf(
        as(t.db, officer, vn('2026-03-04')).dossiers.requestPayment({
          dossierId: d.id,
          expectedVersion: d.version,
          fees,
        }),
      );
      expect(err.appCode).toBe('INVALID_TRANSITION');
      expect(await actionsOf(d.id)).toEqual(['submit', 'receive', 'assign']);
    });

    it('after an apology letter, a payment pause moves both dates and keeps the extension', async () => {
      const d = await postalInProcessing();
      const ext = await as(t.db, leader, vn('2026-03-03')).dossiers.extendDeadline({
        dossierId: d.id,
        expectedVersion: d.version,
        newDeadline: '2026-03-13',
        reason: 'Chờ xác minh bản gốc giấy phép tại Bộ Khoa học và Công nghệ',
      });
      const req = await as(t.db, postal, vn('2026-03-04')).dossiers.requestPayment({
        dossierId: d.id,
        expectedVersion: ext.dossier.version,
        fees,
      });
      const paid = await as(t.db, postal, vn('2026-03-10')).dossiers.confirmPayment({
        dossierId: d.id,
        expectedVersion: req.dossier.version,
        receiptNumber: 'CK-77',
        amount: 500_000,
        paidOn: '2026-03-10',
        method: 'transfer',
      });
      // the law's date moves from 11/03 to 17/03; the letter's 2 extra working days follow it
      expect(paid.dossier.deadlineBeforeExtension).toBe('2026-03-17');
      expect(paid.dossier.deadline).toBe(addWorkingDays('2026-03-17', 2));
      expect(paid.dossier.deadline !== null && isWorkingDay(paid.dossier.deadline)).toBe(true);
      expect(paid.event.data).toMatchObject({ deadline: paid.dossier.deadline, legalDeadline: '2026-03-17' });
    });
  });
});
