// Demo data of the science module on a fresh start: the expert register (linked to the demo experts' accounts) and
// tasks at different stages, made through the router as real use would make them (codes, events, councils, sheets,
// the registration dossier and its certificate). Dates are relative to `now`, so the board looks current.
import {
  anyScienceTask,
  DEMO_FILE_PLACEHOLDER_PREFIX,
  expertSearchText,
  findScienceExpertByEmail,
  findUserByUsername,
  insertFile,
  insertScienceExpert,
  linkScienceExpertAccount,
  SCIENCE_DEMO_EXPERTS,
  type Database,
  type ScienceExpertRow,
} from '@skhcn/db';
import { must, addCalendarDays, type ProposalInput } from '@skhcn/domain';
import { createContext, type SessionUser } from '../../context';
import { platformExtensions } from '../../platform';
import { vietnamToday } from '../../lib/today';
import { createCallerFactory } from '../../trpc';
import { appRouter } from '../app.router';

/** Adds the demo experts to the register with their accounts (idempotent). Returns their register rows. */
export async function seedScienceExpertRegister(
  db: Database,
  now: Date = new Date(),
): Promise<ScienceExpertRow[]> {
  const rows: ScienceExpertRow[] = [];
  for (const e of SCIENCE_DEMO_EXPERTS) {
    const user = await findUserByUsername(db, e.username);
    let row = await findScienceExpertByEmail(db, e.email);
    if (!row) {
      row = await insertScienceExpert(db, {
        fullName: e.fullName,
        academicTitle: e.academicTitle,
        specialty: e.specialty,
        field: e.field,
        organisation: e.organisation,
        email: e.email,
        searchText: expertSearchText(e),
        createdAt: now,
      });
    }
    if (user && !row.userId) row = (await linkScienceExpertAccount(db, row.id, user.id)) ?? row;
    rows.push(row);
  }
  return rows;
}

async function sessionUser(db: Database, username: string): Promise<SessionUser | undefined> {
  const u = await findUserByUsername(db, username);
  return u
    ? {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        memberships: u.memberships,
        kind: u.kind,
        ...(u.applicant ? { applicant: u.applicant } : {}),
      }
    : undefined;
}

const PROPOSALS: ProposalInput[] = [
  {
    title: 'Nghiên cứu ứng dụng chế phẩm sinh học xử lý môi trường nước ao nuôi tôm tại Hải Phòng',
    field: 'agricultural',
    proposerKind: 'commune',
    proposerName: 'UBND xã Tiên Lãng',
    urgency: 'urgent',
    urgencyReason: 'Dịch bệnh trên tôm nuôi do môi trường nước ô nhiễm gây thiệt hại lớn cho người nuôi.',
    objectives: 'Xây dựng quy trình sử dụng chế phẩm sinh học cho ao nuôi tôm thẻ chân trắng.',
    expectedProducts: ['Quy trình công nghệ xử lý nước ao nuôi', 'Mô hình trình diễn 2 ha'],
    durationMonths: 18,
    indicativeBudget: 1_500_000_000,
  },
  {
    title: 'Xây dựng hệ thống cảnh báo sớm ngập úng đô thị cho khu vực nội thành Hải Phòng',
    field: 'engineering',
    proposerKind: 'department',
    proposerName: 'Sở Xây dựng',
    urgency: 'urgent',
    urgencyReason: 'Ngập úng cục bộ sau mưa lớn ảnh hưởng giao thông và đời sống.',
    objectives: 'Mô hình dự báo ngập và bảng điều khiển cảnh báo cho các quận nội thành.',
    expectedProducts: ['Mô hình dự báo ngập', 'Phần mềm cảnh báo', 'Báo cáo tổng hợp'],
    durationMonths: 24,
    indicativeBudget: 2_800_000_000,
  },
  {
    title: 'Đánh giá thực trạng và giải pháp bảo tồn nghề truyền thống làng Bảo Hà',
    field: 'humanities',
    proposerKind: 'commune',
    proposerName: 'UBND xã Vĩnh Bảo',
    urgency: 'normal',
    urgencyReason: 'Nghề múa rối nước và tạc tượng có nguy cơ mai một.',
    objectives: 'Đánh giá thực trạng, đề xuất giải pháp bảo tồn gắn với du lịch.',
    expectedProducts: ['Báo cáo đánh giá', 'Đề án bảo tồn'],
    durationMonths: 12,
    indicativeBudget: 650_000_000,
  },
  {
    title: 'Nghiên cứu quy trình sàng lọc sớm bệnh đái tháo đường type 2 tại tuyến y tế cơ sở',
    field: 'medical',
    proposerKind: 'department',
    proposerName: 'Sở Y tế',
    urgency: 'normal',
    urgencyReason: 'Tỷ lệ người bệnh phát hiện muộn còn cao.',
    objectives: 'Quy trình sàng lọc phù hợp trạm y tế xã, phường.',
    expectedProducts: ['Quy trình sàng lọc', 'Tài liệu tập huấn'],
    durationMonths: 18,
    indicativeBudget: 1_200_000_000,
  },
];

const PLAN =
  'Thuyết minh nhiệm vụ: tổng quan tình hình nghiên cứu trong và ngoài nước; mục tiêu; 4 nội dung nghiên cứu; phương pháp thực nghiệm và đánh giá; tiến độ 18 tháng; sản phẩm và địa chỉ ứng dụng.';

/** Seeds the science demo once (nothing happens when tasks already exist). Returns the tasks created. */
export async function seedScienceDemo(db: Database, now: Date = new Date()): Promise<number> {
  const register = await seedScienceExpertRegister(db, now);
  if (await anyScienceTask(db)) return 0;
  const [officerOrNull, leaderOrNull, instituteOrNull, companyOrNull] = await Promise.all(
    ['canbo.khoahoc', 'lanhdao', 'vien.ungdung', 'dn.thephp'].map((u) => sessionUser(db, u)),
  );
  const experts = await Promise.all(SCIENCE_DEMO_EXPERTS.map((e) => sessionUser(db, e.username)));
  if (!officerOrNull || !leaderOrNull || !instituteOrNull || !companyOrNull || experts.some((e) => !e))
    return 0;
  // narrowed once, for the helpers below
  const [officer, leader, institute, company]: [SessionUser, SessionUser, SessionUser, SessionUser] = [
    officerOrNull,
    leaderOrNull,
    instituteOrNull,
    companyOrNull,
  ];
  const expertId = (username: string) =>
    must(
      register[SCIENCE_DEMO_EXPERTS.findIndex((e) => e.username === username)],
      `the register's entry of ${username}`,
    ).id;
  const expert = (username: string) =>
    must(
      experts[SCIENCE_DEMO_EXPERTS.findIndex((e) => e.username === username)],
      `the account of ${username}`,
    );

  const createCaller = createCallerFactory(appRouter);
  const extensions = platformExtensions();
  const today = vietnamToday(now);
  const day = (offset: number) => addCalendarDays(today, offset);
  const at = (offset: number) => new Date(`${day(offset)}T09:00:00+07:00`);
  const as = (u: SessionUser, offset: number) =>
    createCaller(createContext({ db, extensions, user: u, ip: '127.0.0.1', now: () => at(offset) })).science;

  async function proposeAndCall(p: ProposalInput, start: number) {
    let t = (await as(officer, start).propose(p)).task;
    t = (
      await as(officer, start + 1).identify({
        taskId: t.id,
        expectedVersion: t.version,
        meetingOn: day(start + 1),
        conclusion: 'Hội đồng tư vấn xác định nhiệm vụ thống nhất đề nghị đặt hàng.',
      })
    ).task;
    t = (
      await as(officer, start + 2).openCall({
        taskId: t.id,
        expectedVersion: t.version,
        call: { mode: 'selection', opensOn: day(start + 2), closesOn: day(start + 22) },
      })
    ).task;
    return t;
  }

  /** Two applications, a five-member council (one member conflicted with the institute), closed and ranked. */
  async function selected(p: ProposalInput, start: number) {
    const t = await proposeAndCall(p, start);
    const team = [
      { fullName: 'Trần Minh Đức', role: 'Chủ nhiệm' },
      { fullName: 'Nguyễn Thị Mai', role: 'Thư ký khoa học' },
    ];
    const a = await as(institute, start + 5).submitApplication({
      taskId: t.id,
      application: {
        principalInvestigator: 'TS. Trần Minh Đức',
        researchPlan: PLAN,
        team,
        partners: ['Hợp tác xã Thủy sản Tiên Lãng'],
        budgetItems: [
          { item: 'Thuê khoán chuyên môn', amount: Math.round(p.indicativeBudget * 0.6) },
          { item: 'Nguyên vật liệu', amount: Math.round(p.indicativeBudget * 0.3) },
        ],
      },
    });
    const b = await as(company, start + 6).submitApplication({
      taskId: t.id,
      application: {
        principalInvestigator: 'ThS. Ngô Văn Thành',
        researchPlan: PLAN,
        team: [{ fullName: 'Ngô Văn Thành', role: 'Chủ nhiệm' }],
        partners: [],
        budgetItems: [{ item: 'Thuê khoán chuyên môn', amount: p.indicativeBudget }],
      },
    });
    const council = await as(officer, start + 23).formCouncil({
      taskId: t.id,
      kind: 'selection',
      name: `Hội đồng tư vấn tuyển chọn nhiệm vụ ${t.code}`,
      compositionModel: 'department-5-7',
      meetingOn: day(start + 25),
      members: [
        { expertId: expertId('cg.hoangminh'), role: 'chair' },
        { expertId: expertId('cg.lethu'), role: 'reviewer' },
        { expertId: expertId('cg.phamquang'), role: 'reviewer' },
        { expertId: expertId('cg.nguyenha'), role: 'secretary' },
        { expertId: expertId('cg.vuduc'), role: 'member' },
      ],
    });
    const sheet = (o: number, c: number, pr: number, ca: number, bu: number) => ({
      overview: o,
      'content-method': c,
      products: pr,
      capacity: ca,
      budget: bu,
    });
    const score = async (username: string, applicationId: string, s: Record<string, number>) => {
      await as(expert(username), start + 24).declareConflict({
        councilId: council.id,
        applicationId,
        conflicted: false,
      });
      await as(expert(username), start + 25).saveSheet({
        councilId: council.id,
        applicationId,
        expectedVersion: 0,
        scores: s,
        submit: true,
      });
    };
    await as(expert('cg.vuduc'), start + 24).declareConflict({
      councilId: council.id,
      applicationId: a.applicationId,
      conflicted: true,
      note: 'Tôi công tác tại Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng.',
    });
    await score('cg.vuduc', b.applicationId, sheet(10, 22, 18, 14, 7));
    for (const [u, s] of [
      ['cg.hoangminh', sheet(13, 25, 20, 17, 8)],
      ['cg.lethu', sheet(12, 24, 20, 16, 8)],
      ['cg.phamquang', sheet(12, 24, 19, 16, 8)],
      ['cg.nguyenha', sheet(12, 24, 20, 16, 8)],
    ] as const) {
      await score(u, a.applicationId, s);
      await score(u, b.applicationId, sheet(11, 22, 18, 14, 7));
    }
    const c = (await as(officer, start + 25).council({ councilId: council.id })).council;
    await as(officer, start + 25).closeScoring({
      councilId: council.id,
      expectedVersion: c.version,
    });
    const task = (await as(officer, start + 26).task({ taskId: t.id })).task;
    return (
      await as(officer, start + 26).selectHost({
        taskId: t.id,
        expectedVersion: task.version,
        applicationId: a.applicationId,
      })
    ).task;
  }

  async function contracted(p: ProposalInput, start: number, months: number) {
    const t = await selected(p, start);
    const budget = Math.round(p.indicativeBudget * 0.9);
    const ap = await as(officer, start + 28).appraise({
      taskId: t.id,
      expectedVersion: t.version,
      appraisedOn: day(start + 28),
      approvedBudget: budget,
      notes: 'Nội dung phù hợp mục tiêu đặt hàng; điều chỉnh giảm chi khác.',
    });
    const ok = await as(leader, start + 30).approve({
      taskId: t.id,
      expectedVersion: ap.task.version,
      decisionNumber: `${100 + (start % 100)}/QĐ-SKHCN`,
      approvedOn: day(start + 30),
    });
    const startsOn = start + 35;
    const endsOn = startsOn + months * 30;
    const signed = await as(officer, start + 33).signContract({
      taskId: t.id,
      expectedVersion: ok.task.version,
      contract: {
        number: `${20 + (start % 50)}/${day(start + 33).slice(0, 4)}/HĐ-SKHCN`,
        signedOn: day(start + 33),
        startsOn: day(startsOn),
        endsOn: day(endsOn),
        products: p.expectedProducts,
        milestones: [
          {
            title: 'Tạm ứng đợt 1',
            kind: 'payment',
            dueOn: day(startsOn + 5),
            amount: Math.round(budget * 0.4),
          },
          { title: 'Báo cáo định kỳ đợt 1', kind: 'report', dueOn: day(startsOn + 90) },
          { title: 'Báo cáo định kỳ đợt 2', kind: 'report', dueOn: day(startsOn + 180) },
          { title: 'Bàn giao sản phẩm', kind: 'product', dueOn: day(endsOn - 15) },
        ],
      },
    });
    return signed.task;
  }

  // 1. A proposal just received, and one identified waiting for its call
  await as(officer, -3).propose(must(PROPOSALS[2], 'PROPOSALS[2]'));
  const identified = (await as(officer, -12).propose(must(PROPOSALS[3], 'PROPOSALS[3]'))).task;
  await as(officer, -8).identify({
    taskId: identified.id,
    expectedVersion: identified.version,
    meetingOn: day(-8),
    conclusion: 'Đề nghị đặt hàng, tuyển chọn tổ chức chủ trì.',
  });

  // 2. A task in progress whose second periodic report is overdue (the first one was filed)
  let running = await contracted(must(PROPOSALS[1], 'PROPOSALS[1]'), -240, 12);
  const detail = await as(institute, -140).task({ taskId: running.id });
  const first = must(
    detail.milestones.find((m) => m.kind === 'report'),
    "detail.milestones.find((m) => m.kind === 'report')",
  );
  running = (
    await as(institute, -118).reportProgress({
      taskId: running.id,
      expectedVersion: running.version,
      report: {
        period: 'Đợt 1',
        milestoneId: first.id,
        progressPercent: 35,
        summary: 'Đã thu thập số liệu mưa, ngập của 5 năm và dựng mô hình thủy lực sơ bộ.',
      },
    })
  ).task;

  // 3. A task accepted (Đạt) and registered: its certificate was issued through the one-stop engine
  let done = await contracted(must(PROPOSALS[0], 'PROPOSALS[0]'), -520, 12);
  const evaluating = await as(officer, -50).startEvaluation({
    taskId: done.id,
    expectedVersion: done.version,
  });
  await as(officer, -50).formCouncil({
    taskId: done.id,
    kind: 'acceptance',
    name: `Hội đồng đánh giá, nghiệm thu nhiệm vụ ${done.code}`,
    compositionModel: 'department-5-7',
    members: [
      { expertId: expertId('cg.hoangminh'), role: 'chair' },
      { expertId: expertId('cg.lethu'), role: 'reviewer' },
      { expertId: expertId('cg.dangthanh'), role: 'reviewer' },
      { expertId: expertId('cg.nguyenha'), role: 'secretary' },
      { expertId: expertId('cg.phamquang'), role: 'member' },
    ],
  });
  done = (
    await as(officer, -45).recordAcceptance({
      taskId: done.id,
      expectedVersion: evaluating.task.version,
      acceptance: {
        acceptedOn: day(-45),
        products: must(PROPOSALS[0], 'PROPOSALS[0]').expectedProducts.map((name) => ({
          name,
          grades: { quantity: 'pass', type: 'pass', quality: 'pass' },
        })),
        report: 'pass',
        conclusion: 'Nhiệm vụ hoàn thành đủ sản phẩm theo hợp đồng, đạt yêu cầu.',
      },
    })
  ).task;
  const components = [];
  for (const key of ['phieu-dang-ky', 'bao-cao-tong-hop', 'bien-ban-nghiem-thu']) {
    // a placeholder row: the server gives it real bytes (attachDemoFileBytes) once the dossiers exist
    const sha256 = `${DEMO_FILE_PLACEHOLDER_PREFIX}${key}-${Math.random().toString(16).slice(2)}`
      .padEnd(64, '0')
      .slice(0, 64);
    const f = await insertFile(db, {
      sha256,
      size: 1,
      mime: 'application/pdf',
      originalName: `${key}.pdf`,
      storageKey: sha256,
      createdBy: institute.id,
      createdAt: at(-40),
    });
    components.push({ componentKey: key, fileIds: [f.id] });
  }
  const filed = await as(institute, -40).fileRegistration({
    taskId: done.id,
    expectedVersion: done.version,
    components,
  });
  const one = (u: SessionUser, offset: number) =>
    createCaller(createContext({ db, extensions, user: u, ip: '127.0.0.1', now: () => at(offset) })).dossiers;
  let d = (await one(officer, -39).get({ dossierId: filed.dossierId })).dossier;
  d = (await one(officer, -39).receive({ mode: 'accept', dossierId: d.id, expectedVersion: d.version }))
    .dossier;
  d = (
    await one(leader, -39).assign({ dossierId: d.id, expectedVersion: d.version, assigneeUserId: officer.id })
  ).dossier;
  d = (await one(officer, -38).submitForSignature({ dossierId: d.id, expectedVersion: d.version })).dossier;
  d = (await one(leader, -36).approve({ dossierId: d.id, expectedVersion: d.version })).dossier;
  await one(officer, -35).returnResult({ dossierId: d.id, expectedVersion: d.version });
  return 4;
}
