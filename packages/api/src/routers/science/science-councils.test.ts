// Councils through the API, on PGlite and PostgreSQL: members see and score only what they are assigned to, declare
// conflicts before an application's content is shown, never see another member's scores before submitting their own,
// the secretary sees progress and not scores until scoring closes, and the outcome follows the domain's rule.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import {
  appCodeOf,
  appErrorOf,
  as,
  clearDossiers,
  scienceDriver,
  scores,
  seedSciencePeople,
  vn,
  type SciencePeople,
} from './science.test-kit';
import { must } from '@skhcn/domain';

describeEachDatabase('science councils', (t) => {
  let people: SciencePeople;
  let drive: ReturnType<typeof scienceDriver>;

  beforeAll(async () => {
    people = await seedSciencePeople(t.db);
  });

  beforeEach(async () => {
    await clearDossiers(t.db, ['science_tasks', 'science_counters']);
    drive = scienceDriver(t.db, people);
  });

  const expertOf = (username: keyof SciencePeople['experts']) => people.experts[username];

  describe('who sees and scores what', () => {
    it('lists a council only to its members, and refuses everything to someone not on it', async () => {
      const c = await drive.withCouncil();
      const mine = await drive.member('cg.lethu').myCouncils();
      expect(mine).toHaveLength(1);
      expect(mine[0]).toMatchObject({ role: 'reviewer', council: { id: c.councilId } });
      expect(
        must(mine[0], 'mine[0]')
          .applications.map((a) => a.organisationName)
          .sort(),
      ).toEqual(['Công ty Cổ phần Thép Hải Phòng', 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng']);
      // cg.dangthanh is in the register but not on this council
      const outsider = drive.member('cg.dangthanh');
      expect(await outsider.myCouncils()).toEqual([]);
      const target = { councilId: c.councilId, applicationId: c.instituteApp };
      expect(await appErrorOf(outsider.memberApplication(target))).toMatchObject({
        appCode: 'FORBIDDEN',
        message: 'Bạn không phải là thành viên của hội đồng này.',
      });
      expect(await appCodeOf(outsider.declareConflict({ ...target, conflicted: false }))).toBe('FORBIDDEN');
      expect(
        await appCodeOf(
          outsider.saveSheet({ ...target, expectedVersion: 0, scores: scores(1, 1, 1, 1, 1), submit: false }),
        ),
      ).toBe('FORBIDDEN');
      expect(await appCodeOf(outsider.council({ councilId: c.councilId }))).toBe('FORBIDDEN');
      // experts have no access to the office's board, tasks or the one-stop inbox
      expect(await appCodeOf(outsider.board())).toBe('FORBIDDEN');
      expect(await appCodeOf(outsider.task({ taskId: c.taskId }))).toBe('FORBIDDEN');
      expect(await appCodeOf(as(t.db, expertOf('cg.lethu'), vn('2026-04-02')).dossiers.inbox({}))).toBe(
        'FORBIDDEN',
      );
    });

    it('refuses an application of another task, even to a member of some council', async () => {
      const c = await drive.withCouncil();
      const other = await drive.underCall('2026-03-03');
      const app = await as(t.db, people.institute, vn('2026-03-10')).science.submitApplication({
        taskId: other.id,
        application: {
          principalInvestigator: 'TS. Khác',
          researchPlan: 'Một thuyết minh khác của một nhiệm vụ khác, đủ dài để hợp lệ.',
          team: [{ fullName: 'Người Khác', role: 'Chủ nhiệm' }],
          partners: [],
          budgetItems: [{ item: 'Chi', amount: 1_000_000 }],
        },
      });
      expect(
        await appCodeOf(
          drive
            .member('cg.lethu')
            .memberApplication({ councilId: c.councilId, applicationId: app.applicationId }),
        ),
      ).toBe('NOT_FOUND');
    });

    it('shows an application’s content only after the member declared no conflict of interest', async () => {
      const c = await drive.withCouncil();
      const target = { councilId: c.councilId, applicationId: c.instituteApp };
      const before = await drive.member('cg.lethu').memberApplication(target);
      expect(before.declaration).toBeNull();
      expect(before.content).toBeNull();
      expect(before.application.organisationName).toBe('Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng');
      expect(JSON.stringify(before)).not.toContain('Thuyết minh');
      // scoring before declaring is refused
      expect(
        await appErrorOf(
          drive
            .member('cg.lethu')
            .saveSheet({ ...target, expectedVersion: 0, scores: scores(10, 20, 20, 15, 5), submit: false }),
        ),
      ).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining('khai báo xung đột lợi ích trước') as unknown,
      });

      await drive.member('cg.lethu').declareConflict({ ...target, conflicted: false });
      const after = await drive.member('cg.lethu').memberApplication(target);
      expect(after.declaration).toMatchObject({ conflicted: false });
      expect(after.content?.researchPlan).toContain('Thuyết minh');
      expect(after.content?.budgetItems).toHaveLength(3);
      // a declaration is made once
      expect(
        await appCodeOf(drive.member('cg.lethu').declareConflict({ ...target, conflicted: true, note: 'x' })),
      ).toBe('INVALID_TRANSITION');
    });

    it('keeps a conflicted member from the content and from scoring; declaring a conflict needs the reason', async () => {
      const c = await drive.withCouncil();
      const target = { councilId: c.councilId, applicationId: c.instituteApp };
      expect(await appCodeOf(drive.member('cg.vuduc').declareConflict({ ...target, conflicted: true }))).toBe(
        'BAD_INPUT',
      );
      await drive
        .member('cg.vuduc')
        .declareConflict({ ...target, conflicted: true, note: 'Công tác tại Viện.' });
      const view = await drive.member('cg.vuduc').memberApplication(target);
      expect(view.content).toBeNull();
      expect(view.declaration).toMatchObject({ conflicted: true });
      expect(
        await appErrorOf(
          drive
            .member('cg.vuduc')
            .saveSheet({ ...target, expectedVersion: 0, scores: scores(15, 30, 25, 20, 10), submit: true }),
        ),
      ).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining('không được tính') as unknown,
      });
    });

    it('hides other members’ scores until the member submitted their own sheet; drafts are never shown', async () => {
      const c = await drive.withCouncil();
      const target = { councilId: c.councilId, applicationId: c.companyApp };
      await drive.score('cg.hoangminh', c.councilId, c.companyApp, scores(11, 22, 18, 14, 7));
      await drive.member('cg.lethu').declareConflict({ ...target, conflicted: false });
      const draft = await drive.member('cg.lethu').saveSheet({
        ...target,
        expectedVersion: 0,
        scores: { overview: 9 },
        comment: 'Nháp',
        submit: false,
      });
      expect(draft).toMatchObject({ status: 'draft', version: 1, total: 9 });

      // cg.phamquang has declared and not submitted: sees no one's scores (the chair's submitted one included)
      await drive.member('cg.phamquang').declareConflict({ ...target, conflicted: false });
      const waiting = await drive.member('cg.phamquang').memberApplication(target);
      expect(waiting.others).toBeNull();
      expect(waiting.mySheet).toBeNull();
      expect(JSON.stringify(waiting)).not.toMatch(/"overview":(11|9)\b/);

      // after submitting, the submitted sheets of the others appear; the draft of cg.lethu does not
      await drive
        .member('cg.phamquang')
        .saveSheet({ ...target, expectedVersion: 0, scores: scores(11, 22, 19, 14, 7), submit: true });
      const done = await drive.member('cg.phamquang').memberApplication(target);
      expect(done.mySheet).toMatchObject({ status: 'submitted', total: 73 });
      expect(done.others).toEqual([
        expect.objectContaining({ memberName: 'Hoàng Văn Minh', role: 'chair', total: 72 }) as unknown,
      ]);
    });

    it('lets the secretary and the office follow progress without any score until scoring closes', async () => {
      const c = await drive.withCouncil();
      await drive.score('cg.hoangminh', c.councilId, c.instituteApp, scores(13, 25, 20, 17, 8));
      const secretary = await drive.member('cg.nguyenha').council({ councilId: c.councilId });
      expect(secretary.viewer).toBe('secretary');
      const chair = must(
        must(secretary.progress, 'secretary.progress').find(
          (p) => p.memberUserId === expertOf('cg.hoangminh').id,
        ),
        "must(secretary.progress, 'secretary.progress').find((p) => p.member…",
      );
      expect(chair.byApplication.find((a) => a.applicationId === c.instituteApp)).toMatchObject({
        declared: true,
        conflicted: false,
        sheet: 'submitted',
      });
      expect(secretary.quorum).toMatchObject({ met: false, present: 0, needed: 4 });
      expect(secretary.sheets).toBeNull();
      expect(secretary.outcome).toBeNull();
      expect(JSON.stringify(secretary)).not.toContain('"scores"');

      const office = await drive.office('2026-04-02').council({ councilId: c.councilId });
      expect(office.progress).not.toBeNull();
      expect(office.sheets).toBeNull();
      // a plain member sees the council, not the progress of the others
      const plain = await drive.member('cg.lethu').council({ councilId: c.councilId });
      expect(plain.progress).toBeNull();
      expect(plain.quorum).toBeNull();
    });

    it('refuses a score above a criterion’s maximum, and a submitted sheet cannot change', async () => {
      const c = await drive.withCouncil();
      const target = { councilId: c.councilId, applicationId: c.instituteApp };
      await drive.member('cg.lethu').declareConflict({ ...target, conflicted: false });
      expect(
        await appErrorOf(
          drive
            .member('cg.lethu')
            .saveSheet({ ...target, expectedVersion: 0, scores: scores(16, 30, 25, 20, 10), submit: true }),
        ),
      ).toMatchObject({
        appCode: 'BAD_INPUT',
        message: expect.stringContaining('vượt quá điểm tối đa 15') as unknown,
      });
      expect(
        await appCodeOf(
          drive
            .member('cg.lethu')
            .saveSheet({ ...target, expectedVersion: 0, scores: { budget: 11 }, submit: false }),
        ),
      ).toBe('BAD_INPUT');
      // a submission needs every criterion
      expect(
        await appErrorOf(
          drive
            .member('cg.lethu')
            .saveSheet({ ...target, expectedVersion: 0, scores: { overview: 10 }, submit: true }),
        ),
      ).toMatchObject({
        appCode: 'BAD_INPUT',
        message: expect.stringContaining('Thiếu điểm tiêu chí') as unknown,
      });
      const submitted = await drive
        .member('cg.lethu')
        .saveSheet({ ...target, expectedVersion: 0, scores: scores(12, 24, 20, 16, 8), submit: true });
      expect(
        await appCodeOf(
          drive.member('cg.lethu').saveSheet({
            ...target,
            expectedVersion: submitted.version,
            scores: scores(15, 30, 25, 20, 10),
            submit: true,
          }),
        ),
      ).toBe('INVALID_TRANSITION');
      // a stale draft version is a conflict
      await drive.member('cg.phamquang').declareConflict({ ...target, conflicted: false });
      await drive
        .member('cg.phamquang')
        .saveSheet({ ...target, expectedVersion: 0, scores: { overview: 5 }, submit: false });
      expect(
        await appCodeOf(
          drive
            .member('cg.phamquang')
            .saveSheet({ ...target, expectedVersion: 0, scores: { overview: 6 }, submit: false }),
        ),
      ).toBe('CONFLICT');
    });
  });

  describe('closing the scoring', () => {
    it('refuses to close without the quorum (2/3 with the chair and both reviewers), saving nothing', async () => {
      const c = await drive.withCouncil();
      await drive.score('cg.hoangminh', c.councilId, c.instituteApp, scores(13, 25, 20, 17, 8));
      await drive.score('cg.hoangminh', c.councilId, c.companyApp, scores(11, 22, 18, 14, 7));
      const council = (await drive.office('2026-04-06').council({ councilId: c.councilId })).council;
      const err = await appErrorOf(
        drive.office('2026-04-06').closeScoring({ councilId: c.councilId, expectedVersion: council.version }),
      );
      expect(err.appCode).toBe('INVALID_TRANSITION');
      expect(err.message).toContain('Cần ít nhất 4/5 thành viên');
      expect(err.message).toContain('ủy viên phản biện');
      expect((await drive.office('2026-04-06').council({ councilId: c.councilId })).council.status).toBe(
        'scoring',
      );
    });

    it('aggregates without the conflicted member’s sheet, ranks, and then shows results and sheets to members', async () => {
      const c = await drive.scored();
      const before = await drive.office('2026-04-06').council({ councilId: c.councilId });
      expect(before.quorum).toMatchObject({ met: true, present: 5 });
      // only the office closes
      expect(
        await appCodeOf(
          drive
            .member('cg.nguyenha', '2026-04-06')
            .closeScoring({ councilId: c.councilId, expectedVersion: before.council.version }),
        ),
      ).toBe('FORBIDDEN');
      await drive
        .office('2026-04-06')
        .closeScoring({ councilId: c.councilId, expectedVersion: before.council.version });
      const after = await drive.office('2026-04-06').council({ councilId: c.councilId });
      expect(after.council.status).toBe('closed');
      expect(after.outcome).toEqual([
        expect.objectContaining({
          applicationId: c.instituteApp,
          average: 80.5,
          passed: true,
          rank: 1,
          counted: 4,
        }) as unknown,
        expect.objectContaining({
          applicationId: c.companyApp,
          average: 71.8,
          passed: true,
          rank: 2,
          counted: 5,
        }) as unknown,
      ]);
      expect(after.conflicts).toEqual([
        expect.objectContaining({
          memberUserId: expertOf('cg.vuduc').id,
          applicationId: c.instituteApp,
        }) as unknown,
      ]);
      expect(after.sheets).toHaveLength(9);
      expect(after.minutesUrl).toBe(`/api/science/councils/${c.councilId}/minutes.pdf`);
      // members now see the result (and the conflicted member still sees no content of the institute's application)
      const view = await drive
        .member('cg.lethu', '2026-04-07')
        .memberApplication({ councilId: c.councilId, applicationId: c.instituteApp });
      expect(view.result).toEqual({ average: 80.5, passed: true, rank: 1 });
      expect(view.others).toHaveLength(3);
      const conflicted = await drive
        .member('cg.vuduc', '2026-04-07')
        .memberApplication({ councilId: c.councilId, applicationId: c.instituteApp });
      expect(conflicted.content).toBeNull();
      // and nothing more can be declared or scored
      expect(
        await appCodeOf(
          drive
            .member('cg.vuduc', '2026-04-07')
            .declareConflict({ councilId: c.councilId, applicationId: c.companyApp, conflicted: false }),
        ),
      ).toBe('INVALID_TRANSITION');
      // the history says who declared and submitted, without scores
      const detail = await drive.office('2026-04-07').task({ taskId: c.taskId });
      const actions = detail.events.map((e) => e.action);
      expect(actions.filter((a) => a === 'submit_sheet')).toHaveLength(9);
      expect(actions.filter((a) => a === 'declare_conflict')).toHaveLength(10);
      expect(actions).toContain('close_scoring');
      expect(JSON.stringify(detail.events.filter((e) => e.action === 'submit_sheet'))).not.toContain(
        '"overview"',
      );
    });

    it('asks for a reason when two applications share the first rank, and refuses a lower-ranked one', async () => {
      const c = await drive.withCouncil();
      for (const u of ['cg.hoangminh', 'cg.lethu', 'cg.phamquang', 'cg.nguyenha', 'cg.vuduc'] as const) {
        await drive.score(u, c.councilId, c.instituteApp, scores(12, 24, 20, 16, 8));
        await drive.score(u, c.councilId, c.companyApp, scores(12, 24, 20, 16, 8));
      }
      const council = (await drive.office('2026-04-06').council({ councilId: c.councilId })).council;
      await drive
        .office('2026-04-06')
        .closeScoring({ councilId: c.councilId, expectedVersion: council.version });
      const outcome = must(
        (await drive.office('2026-04-06').council({ councilId: c.councilId })).outcome,
        "(await drive.office('2026-04-06').council({ councilId: c.councilId …",
      );
      expect(outcome.map((o) => o.rank)).toEqual([1, 1]);
      const task = (await drive.office('2026-04-07').task({ taskId: c.taskId })).task;
      const err = await appErrorOf(
        drive
          .office('2026-04-07')
          .selectHost({ taskId: c.taskId, expectedVersion: task.version, applicationId: c.companyApp }),
      );
      expect(err).toMatchObject({
        appCode: 'BAD_INPUT',
        message: expect.stringContaining('cùng xếp thứ nhất') as unknown,
      });
      const chosen = await drive.office('2026-04-07').selectHost({
        taskId: c.taskId,
        expectedVersion: task.version,
        applicationId: c.companyApp,
        reason: 'Kinh phí đề xuất thấp hơn.',
      });
      expect(chosen.task).toMatchObject({ stage: 'selected', hostName: 'Công ty Cổ phần Thép Hải Phòng' });
    });
  });

  it('forms councils only from the register with accounts, in the composition of the chosen model', async () => {
    const t0 = await drive.underCall();
    await as(t.db, people.institute, vn('2026-03-10')).science.submitApplication({
      taskId: t0.id,
      application: {
        principalInvestigator: 'TS. Trần Minh Đức',
        researchPlan: 'Thuyết minh đầy đủ của hồ sơ đăng ký tuyển chọn.',
        team: [{ fullName: 'Trần Minh Đức', role: 'Chủ nhiệm' }],
        partners: [],
        budgetItems: [{ item: 'Chi', amount: 1_000_000 }],
      },
    });
    const members = (roles: string[]) =>
      ['cg.hoangminh', 'cg.lethu', 'cg.phamquang', 'cg.nguyenha', 'cg.vuduc']
        .slice(0, roles.length)
        .map((u, i) => ({
          expertId: must(people.expertIds[u], 'people.expertIds[u]'),
          role: roles[i] as 'chair',
        }));
    const form = (compositionModel: string, roles: string[]) =>
      drive.office('2026-04-01').formCouncil({
        taskId: t0.id,
        kind: 'selection',
        name: 'Hội đồng',
        compositionModel,
        members: members(roles),
      });
    // the national default needs 9 members
    expect(
      await appErrorOf(
        form('national-2014-selection', ['chair', 'reviewer', 'reviewer', 'secretary', 'member']),
      ),
    ).toMatchObject({
      appCode: 'BAD_INPUT',
      message: expect.stringContaining('phải có 9 thành viên') as unknown,
    });
    expect(
      await appCodeOf(form('department-5-7', ['chair', 'reviewer', 'secretary', 'member', 'member'])),
    ).toBe('BAD_INPUT');
    const formed = await form('department-5-7', ['chair', 'reviewer', 'reviewer', 'secretary', 'member']);
    expect(formed).toMatchObject({
      kind: 'selection',
      status: 'scoring',
      compositionModel: 'department-5-7',
    });
    // one selection council per task
    expect(
      await appCodeOf(form('department-5-7', ['chair', 'reviewer', 'reviewer', 'secretary', 'member'])),
    ).toBe('INVALID_TRANSITION');
  });
});
