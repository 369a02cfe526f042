// The S&T task's life through the API, on PGlite and PostgreSQL: every stage change as a command (rights, stage,
// version, event row), monitoring and the overdue board, acceptance graded by the domain rule, and the result
// registration through the one-stop engine ending in a numbered certificate.
import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import {
  appCodeOf,
  appErrorOf,
  as,
  clearDossiers,
  PROPOSAL,
  scienceDriver,
  seedSciencePeople,
  vn,
  type SciencePeople,
} from './science.test-kit';
import { must } from '@skhcn/domain';

describeEachDatabase('science tasks', (t) => {
  let people: SciencePeople;
  let drive: ReturnType<typeof scienceDriver>;

  beforeAll(async () => {
    people = await seedSciencePeople(t.db);
  });

  beforeEach(async () => {
    await clearDossiers(t.db, ['science_tasks', 'science_counters']);
    drive = scienceDriver(t.db, people);
  });

  const count = async (table: string) => {
    const r = await t.db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    return Number((r as { rows: { n: number }[] }).rows[0]?.n);
  };

  describe('proposal to call', () => {
    it('gives a proposal a yearly code and records each step in the task’s history', async () => {
      const a = await drive.proposed();
      const b = await drive.proposed();
      expect([a.code, b.code]).toEqual(['NV-2026-001', 'NV-2026-002']);
      expect(a).toMatchObject({
        stage: 'proposed',
        stageLabel: 'Đề xuất đặt hàng',
        fieldLabel: 'Khoa học nông nghiệp',
      });
      const id = await drive.office('2026-03-02').identify({
        taskId: a.id,
        expectedVersion: a.version,
        meetingOn: '2026-03-02',
        conclusion: 'Nhiệm vụ cấp thiết, đề nghị đặt hàng.',
      });
      expect(id.task).toMatchObject({ stage: 'identified', version: a.version + 1 });
      const detail = await drive.office('2026-03-02').task({ taskId: a.id });
      expect(detail.events.map((e) => [e.action, e.toStage, e.actorName])).toEqual([
        ['propose', 'proposed', 'Đỗ Minh Tuấn'],
        ['identify', 'identified', 'Đỗ Minh Tuấn'],
      ]);
      expect(detail.task.identification).toEqual({
        meetingOn: '2026-03-02',
        conclusion: 'Nhiệm vụ cấp thiết, đề nghị đặt hàng.',
      });
    });

    it('refuses a proposal with explained Vietnamese messages, saving nothing', async () => {
      const err = await appErrorOf(
        drive
          .office('2026-03-02')
          .propose({ ...PROPOSAL, title: 'Ngắn', expectedProducts: [], durationMonths: 0 }),
      );
      expect(err.appCode).toBe('BAD_INPUT');
      expect(err.message).toContain('Tên nhiệm vụ cần ít nhất 5 ký tự');
      expect(err.message).toContain('ít nhất một sản phẩm dự kiến');
      expect(await count('science_tasks')).toBe(0);
    });

    it('lets only the science office record and move proposals; a stale version is a conflict', async () => {
      expect(await appCodeOf(as(t.db, people.otherOfficer, vn('2026-03-02')).science.propose(PROPOSAL))).toBe(
        'FORBIDDEN',
      );
      expect(await appCodeOf(as(t.db, people.institute, vn('2026-03-02')).science.propose(PROPOSAL))).toBe(
        'FORBIDDEN',
      );
      expect(
        await appCodeOf(as(t.db, people.experts['cg.lethu'], vn('2026-03-02')).science.propose(PROPOSAL)),
      ).toBe('FORBIDDEN');
      const task = await drive.proposed();
      await drive.office('2026-03-02').identify({
        taskId: task.id,
        expectedVersion: task.version,
        meetingOn: '2026-03-02',
        conclusion: 'Đạt',
      });
      const stale = await appErrorOf(
        drive
          .office('2026-03-02')
          .rejectProposal({ taskId: task.id, expectedVersion: task.version, reason: 'Trùng lặp' }),
      );
      expect(stale.appCode).toBe('CONFLICT');
      // a step the stage does not allow
      const detail = await drive.office('2026-03-02').task({ taskId: task.id });
      expect(
        await appErrorOf(
          drive.office('2026-03-02').appraise({
            taskId: task.id,
            expectedVersion: detail.task.version,
            appraisedOn: '2026-03-02',
            approvedBudget: 1,
            notes: 'x',
          }),
        ),
      ).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining('Đã xác định, chờ tuyển chọn') as unknown,
      });
      expect(await count('science_task_events')).toBe(2);
    });

    it('takes applications only within the call’s dates and only once per organisation', async () => {
      const task = await drive.underCall();
      const apply = (user: typeof people.institute, day: string) =>
        as(t.db, user, vn(day)).science.submitApplication({
          taskId: task.id,
          application: {
            principalInvestigator: 'TS. Trần Minh Đức',
            researchPlan: 'Thuyết minh đầy đủ của hồ sơ đăng ký tuyển chọn.',
            team: [{ fullName: 'Trần Minh Đức', role: 'Chủ nhiệm' }],
            partners: [],
            budgetItems: [{ item: 'Chi', amount: 1_000_000 }],
          },
        });
      expect(await appErrorOf(apply(people.institute, '2026-04-01'))).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: 'Thời gian nhận hồ sơ từ 02/03/2026 đến hết 31/03/2026.',
      });
      const calls = await as(t.db, people.institute, vn('2026-03-10')).science.openCalls();
      expect(calls.map((c) => [c.code, c.modeLabel, c.applied])).toEqual([[task.code, 'Tuyển chọn', false]]);
      await apply(people.institute, '2026-03-10');
      expect(
        must(
          (await as(t.db, people.institute, vn('2026-03-11')).science.openCalls())[0],
          "(await as(t.db, people.institute, vn('2026-03-11')).science.openCal…",
        ).applied,
      ).toBe(true);
      expect(await appCodeOf(apply(people.institute, '2026-03-11'))).toBe('INVALID_TRANSITION');
      // the organisation comes from the account
      const mine = await as(t.db, people.institute, vn('2026-03-11')).science.myApplications();
      expect(mine).toEqual([
        expect.objectContaining({ resultLabel: 'Đang xét chọn', totalBudget: 1_000_000 }) as unknown,
      ]);
      const detail = await drive.office('2026-03-11').task({ taskId: task.id });
      expect(detail.applications[0]).toMatchObject({
        organisationName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
        taxCode: '0200789127',
        channel: 'online',
      });
      // a staff member is not an applicant organisation
      expect(await appCodeOf(apply(people.officer, '2026-03-11'))).toBe('FORBIDDEN');
    });
  });

  describe('contract and monitoring', () => {
    it('takes the winner to a signed contract; the leader approves; only the selected application is eligible', async () => {
      const c = await drive.closed();
      const task = (await drive.office('2026-04-07').task({ taskId: c.taskId })).task;
      expect(
        await appErrorOf(
          drive
            .office('2026-04-07')
            .selectHost({ taskId: c.taskId, expectedVersion: task.version, applicationId: c.companyApp }),
        ),
      ).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining('xếp thứ nhất') as unknown,
      });
      const r = await drive.inProgress();
      const detail = await drive.office('2026-04-11').task({ taskId: r.taskId });
      expect(detail.task).toMatchObject({
        stage: 'in_progress',
        hostName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
        approvedBudget: 1_400_000_000,
        approval: { decisionNumber: '245/QĐ-SKHCN', approvedOn: '2026-04-09' },
        contract: { number: '12/2026/HĐ-SKHCN', endsOn: '2027-04-14' },
        endsOn: '2027-04-14',
      });
      expect(detail.milestones.map((m) => [m.kindLabel, m.dueOn])).toEqual([
        ['Tạm ứng, thanh toán', '2026-04-20'],
        ['Báo cáo định kỳ', '2026-07-15'],
        ['Báo cáo định kỳ', '2026-10-15'],
        ['Bàn giao sản phẩm', '2027-03-31'],
      ]);
      const actions = detail.events.map((e) => e.action);
      expect(actions.slice(-4)).toEqual(['select_host', 'appraise', 'approve', 'sign_contract']);
      // the institute (host) sees its task, its own application, no council internals
      const host = await as(t.db, people.institute, vn('2026-04-11')).science.task({ taskId: r.taskId });
      expect(host.viewer).toBe('host');
      expect(host.applications.map((a) => a.organisationName)).toEqual([
        'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      ]);
      expect(host.councils).toEqual([]);
      expect(host.events.some((e) => e.action === 'submit_sheet')).toBe(false);
      // the company (not selected) cannot read it
      expect(
        await appCodeOf(as(t.db, people.company, vn('2026-04-11')).science.task({ taskId: r.taskId })),
      ).toBe('FORBIDDEN');
      const companyApps = await as(t.db, people.company, vn('2026-04-11')).science.myApplications();
      expect(companyApps.find((a) => a.task.id === r.taskId)).toMatchObject({
        resultLabel: 'Không được chọn',
        rank: 2,
      });
      // on the first task, still under selection (no host chosen yet), it is pending with its rank
      expect(companyApps.find((a) => a.task.id === c.taskId)).toMatchObject({
        resultLabel: 'Đang xét chọn',
        rank: 2,
      });
    });

    it('only a leader approves and decides adjustments', async () => {
      const c = await drive.closed();
      let task = (await drive.office('2026-04-07').task({ taskId: c.taskId })).task;
      task = (
        await drive
          .office('2026-04-07')
          .selectHost({ taskId: task.id, expectedVersion: task.version, applicationId: c.instituteApp })
      ).task as typeof task;
      const appraised = await drive.office('2026-04-08').appraise({
        taskId: task.id,
        expectedVersion: task.version,
        appraisedOn: '2026-04-08',
        approvedBudget: 1_000,
        notes: 'Đạt',
      });
      expect(
        await appErrorOf(
          drive.office('2026-04-09').approve({
            taskId: task.id,
            expectedVersion: appraised.task.version,
            decisionNumber: '1/QĐ',
            approvedOn: '2026-04-09',
          }),
        ),
      ).toMatchObject({
        appCode: 'FORBIDDEN',
        message: 'Bước “Phê duyệt nhiệm vụ, tổ chức chủ trì và kinh phí” do lãnh đạo Sở thực hiện.',
      });
    });

    it('flags report milestones past due without a report on the board, and clears them when reported', async () => {
      const r = await drive.inProgress();
      const board = await drive.office('2026-07-20').board();
      expect(
        must(
          board.columns.find((c) => c.stage === 'in_progress'),
          "board.columns.find((c) => c.stage === 'in_progress')",
        ).count,
      ).toBe(1);
      expect(board.overdueReports).toEqual([
        expect.objectContaining({
          taskId: r.taskId,
          milestone: 'Báo cáo định kỳ 6 tháng đầu',
          dueOn: '2026-07-15',
        }) as unknown,
      ]);
      const listed = await drive.office('2026-07-20').tasks({ overdue: true });
      expect(listed.items.map((i) => [i.id, i.overdueReports])).toEqual([[r.taskId, 1]]);
      const detail = await drive.office('2026-07-20').task({ taskId: r.taskId });
      const milestone = must(
        detail.milestones.find((m) => m.overdue),
        'detail.milestones.find((m) => m.overdue)',
      );
      // the host reports
      const host = as(t.db, people.institute, vn('2026-07-21')).science;
      await host.reportProgress({
        taskId: r.taskId,
        expectedVersion: detail.task.version,
        report: {
          period: '6 tháng đầu',
          milestoneId: milestone.id,
          progressPercent: 30,
          summary: 'Hoàn thành nội dung 1 và 2.',
        },
      });
      expect((await drive.office('2026-07-21').board()).overdueReports).toEqual([]);
      expect((await drive.office('2026-07-21').tasks({ overdue: true })).items).toEqual([]);
      // an adjustment of time, requested by the host and approved by the leader with its reason
      const now = await host.task({ taskId: r.taskId });
      const requested = await host.requestAdjustment({
        taskId: r.taskId,
        expectedVersion: now.task.version,
        adjustment: {
          kind: 'time',
          reason: 'Thời tiết bất thường làm chậm vụ nuôi thứ hai.',
          details: 'Gia hạn 3 tháng',
          newEndsOn: '2027-07-14',
        },
      });
      const open = must(
        (await drive.office('2026-07-22').task({ taskId: r.taskId })).adjustments[0],
        "(await drive.office('2026-07-22').task({ taskId: r.taskId })).adjus…",
      );
      expect(
        await appCodeOf(
          host.decideAdjustment({
            taskId: r.taskId,
            expectedVersion: requested.task.version,
            adjustmentId: open.id,
            approve: true,
            reason: 'x',
          }),
        ),
      ).toBe('FORBIDDEN');
      await drive.leader('2026-07-23').decideAdjustment({
        taskId: r.taskId,
        expectedVersion: requested.task.version,
        adjustmentId: open.id,
        approve: true,
        reason: 'Lý do khách quan, chấp thuận gia hạn.',
      });
      const after = await drive.office('2026-07-23').task({ taskId: r.taskId });
      expect(after.task.endsOn).toBe('2027-07-14');
      expect(after.adjustments[0]).toMatchObject({
        statusLabel: 'Đã chấp thuận',
        decisionReason: 'Lý do khách quan, chấp thuận gia hạn.',
      });
    });
  });

  describe('acceptance and registration of results', () => {
    it('grades the acceptance by the domain rule (Đạt), then issues a numbered certificate through the one-stop engine', async () => {
      const r = await drive.accepted();
      expect(r.overall).toBe('pass');
      const detail = await drive.office('2027-04-26').task({ taskId: r.taskId });
      expect(detail.task).toMatchObject({
        stage: 'accepted',
        overallGradeLabel: 'Đạt',
        acceptedOn: '2027-04-25',
      });
      expect(
        must(detail.task.acceptance, 'detail.task.acceptance').products.map((p) => p.gradeLabel),
      ).toEqual(['Đạt', 'Đạt']);
      expect(detail.registration.latestFilingDate).toBe('2027-05-25');
      expect(detail.allowedActions).toContain('file_registration');

      // the host files online within 30 days
      const host = as(t.db, people.institute, vn('2027-05-05')).science;
      const filed = await host.fileRegistration({
        taskId: r.taskId,
        expectedVersion: r.version,
        components: await drive.registrationComponents(people.institute),
      });
      expect(filed).toMatchObject({ status: 1, appointmentDate: null });
      expect(filed.code).toMatch(/^QLKH-270505-\d{4}$/);
      // a second filing while the first is being handled is refused
      expect(
        await appErrorOf(
          host.fileRegistration({
            taskId: r.taskId,
            expectedVersion: filed.task.version,
            components: await drive.registrationComponents(people.institute),
          }),
        ),
      ).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining(filed.code) as unknown,
      });

      // the one-stop engine: received, assigned, submitted, approved by the leader
      const officer = (day: string) => as(t.db, people.officer, vn(day));
      const leader = (day: string) => as(t.db, people.leader, vn(day));
      let d = (await officer('2027-05-06').dossiers.get({ dossierId: filed.dossierId })).dossier;
      d = (
        await officer('2027-05-06').dossiers.receive({
          mode: 'accept',
          dossierId: d.id,
          expectedVersion: d.version,
        })
      ).dossier;
      d = (
        await leader('2027-05-06').dossiers.assign({
          dossierId: d.id,
          expectedVersion: d.version,
          assigneeUserId: people.officer.id,
        })
      ).dossier;
      d = (
        await officer('2027-05-07').dossiers.submitForSignature({
          dossierId: d.id,
          expectedVersion: d.version,
        })
      ).dossier;
      d = (await leader('2027-05-10').dossiers.approve({ dossierId: d.id, expectedVersion: d.version }))
        .dossier;
      expect(d.status).toBe(9);

      const registered = await drive.office('2027-05-10').task({ taskId: r.taskId });
      expect(registered.task.stage).toBe('registered');
      expect(registered.registration.certificate).toEqual({
        number: '1/2027/ĐKKQ-SKHCN',
        issuedOn: '2027-05-10',
        verificationPath: '/tra-cuu/ket-qua-khcn/1%2F2027%2F%C4%90KKQ-SKHCN',
      });
      expect(registered.registration.dossier).toMatchObject({
        code: filed.code,
        status: 9,
        statusLabel: 'Đã xử lý xong',
      });
      // the shared dossier page's record panel finds the task; the dossier lists its certificate as its result
      expect(await drive.office('2027-05-10').taskOfDossier({ dossierId: filed.dossierId })).toMatchObject({
        id: r.taskId,
        stage: 'registered',
        acceptedOn: '2027-04-25',
      });
      expect(
        await appCodeOf(
          as(t.db, people.company, vn('2027-05-10')).science.taskOfDossier({ dossierId: filed.dossierId }),
        ),
      ).toBe('FORBIDDEN');
      const dossier = await officer('2027-05-10').dossiers.get({ dossierId: filed.dossierId });
      expect(dossier.documents.filter((x) => x.result)).toEqual([
        expect.objectContaining({
          kind: 'certificate',
          label: 'Giấy chứng nhận đăng ký kết quả số 1/2027/ĐKKQ-SKHCN',
          url: '/api/public/science-certificates/1%2F2027%2F%C4%90KKQ-SKHCN.pdf',
        }) as unknown,
      ]);
      expect(registered.events.at(-1)).toMatchObject({
        action: 'register_result',
        toStage: 'registered',
        actorName: 'Phạm Văn Minh',
      });
      // public verification, and the results registry
      const anonymous = as(t.db, null as never, vn('2027-05-11'));
      const verified = await anonymous.science.certificate({ number: ' 1/2027/ĐKKQ-SKHCN ' });
      expect(verified).toMatchObject({
        status: 'valid',
        task: {
          code: registered.task.code,
          hostName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
          overallGradeLabel: 'Đạt',
        },
        dossierCode: filed.code,
      });
      expect(await appCodeOf(anonymous.science.certificate({ number: '9/2027/ĐKKQ-SKHCN' }))).toBe(
        'NOT_FOUND',
      );
      const results = await drive.office('2027-05-11').results({ q: 'dkkq 1/2027' });
      expect(results.items.map((i) => i.certificate?.number)).toEqual(['1/2027/ĐKKQ-SKHCN']);
      // follow-up after acceptance keeps the stage
      await drive.office('2027-06-01').recordFollowUp({
        taskId: r.taskId,
        expectedVersion: registered.task.version,
        followUp: {
          kind: 'application',
          happenedOn: '2027-06-01',
          description: 'Ứng dụng quy trình tại 3 hợp tác xã.',
        },
      });
      expect((await drive.office('2027-06-01').task({ taskId: r.taskId })).followUps).toEqual([
        expect.objectContaining({ kindLabel: 'Ứng dụng kết quả sau nghiệm thu' }) as unknown,
      ]);
    });

    it('refuses a filing after the 30-day window with the legal reason, and a filing by another organisation', async () => {
      const r = await drive.accepted();
      const late = await appErrorOf(
        as(t.db, people.institute, vn('2027-05-26')).science.fileRegistration({
          taskId: r.taskId,
          expectedVersion: r.version,
          components: await drive.registrationComponents(people.institute),
        }),
      );
      expect(late.appCode).toBe('INVALID_TRANSITION');
      expect(late.message).toBe(
        'Đã quá thời hạn nộp hồ sơ đăng ký kết quả: hồ sơ phải nộp trong 30 ngày kể từ ngày nghiệm thu chính thức 25/04/2027, tức là đến hết ngày 25/05/2027 (Thông tư 14/2014/TT-BKHCN).',
      );
      expect(
        await appCodeOf(
          as(t.db, people.company, vn('2027-05-05')).science.fileRegistration({
            taskId: r.taskId,
            expectedVersion: r.version,
            components: await drive.registrationComponents(people.company),
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(await count('dossiers')).toBe(0);
    });

    it('records Không đạt when a quality criterion fails, and the task cannot be registered', async () => {
      const c = await drive.inProgress();
      const started = await drive
        .office('2027-04-20')
        .startEvaluation({ taskId: c.taskId, expectedVersion: c.version });
      const grade = () =>
        drive.office('2027-04-25').recordAcceptance({
          taskId: c.taskId,
          expectedVersion: started.task.version,
          acceptance: {
            acceptedOn: '2027-04-25',
            products: [{ name: 'Quy trình', grades: { quantity: 'pass', type: 'pass', quality: 'fail' } }],
            report: 'pass',
            conclusion: 'Sản phẩm chưa đạt yêu cầu chất lượng.',
          },
        });
      // an acceptance council is needed first
      expect(await appErrorOf(grade())).toMatchObject({
        appCode: 'INVALID_TRANSITION',
        message: expect.stringContaining('hội đồng đánh giá, nghiệm thu') as unknown,
      });
      await drive.office('2027-04-20').formCouncil({
        taskId: c.taskId,
        kind: 'acceptance',
        name: 'Hội đồng nghiệm thu',
        compositionModel: 'department-5-7',
        members: [
          {
            expertId: must(people.expertIds['cg.hoangminh'], "people.expertIds['cg.hoangminh']"),
            role: 'chair',
          },
          { expertId: must(people.expertIds['cg.lethu'], "people.expertIds['cg.lethu']"), role: 'reviewer' },
          {
            expertId: must(people.expertIds['cg.dangthanh'], "people.expertIds['cg.dangthanh']"),
            role: 'reviewer',
          },
          {
            expertId: must(people.expertIds['cg.nguyenha'], "people.expertIds['cg.nguyenha']"),
            role: 'secretary',
          },
          {
            expertId: must(people.expertIds['cg.phamquang'], "people.expertIds['cg.phamquang']"),
            role: 'member',
          },
        ],
      });
      const failed = await grade();
      expect(failed).toMatchObject({ overall: 'fail', task: { stage: 'not_accepted' } });
      expect(failed.reasons.join(' ')).toContain('chất lượng, yêu cầu khoa học chưa đạt ở: Quy trình');
    });
  });

  it('reports tasks by field and stage and budget by year for the office only', async () => {
    await drive.inProgress();
    await drive.proposed('2026-05-02');
    const report = await drive.office('2026-07-20').report({ fromYear: 2026, toYear: 2026 });
    const agri = must(
      report.byField.find((f) => f.field === 'agricultural'),
      "report.byField.find((f) => f.field === 'agricultural')",
    );
    expect(agri.total).toBe(2);
    expect(agri.stages.in_progress).toBe(1);
    expect(agri.stages.proposed).toBe(1);
    expect(report.budgetByYear).toEqual([
      { year: 2026, tasks: 2, indicative: 3_000_000_000, approved: 1_400_000_000, approvedTasks: 1 },
    ]);
    expect(report.overdueReports).toEqual([
      expect.objectContaining({ dueOn: '2026-07-15', daysOverdue: 5 }) as unknown,
    ]);
    expect(
      await appCodeOf(
        as(t.db, people.institute, vn('2026-07-20')).science.report({ fromYear: 2026, toYear: 2026 }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('lets the office add an expert with an account the expert signs in with (an external account)', async () => {
    const office = drive.office('2026-03-02');
    const expert = await office.createExpert({
      expert: {
        fullName: 'Bùi Thị Lan',
        academicTitle: 'TS.',
        specialty: 'Hóa sinh',
        field: 'natural',
        organisation: 'Trường Đại học Hải Phòng',
        email: 'builan@example.vn',
      },
      account: { username: 'cg.builan', password: 'Chuyen@gia1' },
    });
    expect(expert).toMatchObject({
      displayName: 'TS. Bùi Thị Lan',
      username: 'cg.builan',
      fieldLabel: 'Khoa học tự nhiên',
    });
    const signedIn = await as(t.db, null as never, vn('2026-03-02')).auth.signIn({
      username: 'cg.builan',
      password: 'Chuyen@gia1',
    });
    expect(signedIn.user).toMatchObject({ kind: 'external', memberships: [] });
    // a taken user name is refused and nothing is saved
    const again = await appErrorOf(
      office.createExpert({
        expert: {
          fullName: 'Người Khác',
          specialty: 'X',
          field: 'natural',
          organisation: 'Y',
          email: 'khac@example.vn',
        },
        account: { username: 'cg.builan', password: 'Chuyen@gia1' },
      }),
    );
    expect(again).toMatchObject({
      appCode: 'BAD_INPUT',
      message: expect.stringContaining('đã được dùng') as unknown,
    });
    expect((await office.experts({ q: 'nguoi khac' })).length).toBe(0);
    expect(await appCodeOf(as(t.db, people.institute, vn('2026-03-02')).science.experts({}))).toBe(
      'FORBIDDEN',
    );
  });
});
