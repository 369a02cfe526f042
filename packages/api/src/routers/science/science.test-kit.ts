// Helpers for the science tests (not a test file itself): the people, the forms people fill in, and a driver that
// takes a task through its stages with the router, as the screens do. The one-stop helpers come from the engine's
// test kit through this file only.
import type { Database } from '@skhcn/db';
import { findUserByUsername, SCIENCE_DEMO_EXPERTS } from '@skhcn/db';
import type { ApplicationInput, ContractInput, ProposalInput } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { as, seedStoryPeople, sessionUser, uploadedFile, vn } from '../../testing/one-stop.test-kit';
import { seedScienceExpertRegister } from './science-demo.seed';
import { must } from '@skhcn/domain';

export {
  appCodeOf,
  appErrorOf,
  as,
  clearDossiers,
  sessionUser,
  uploadedFile,
  vn,
} from '../../testing/one-stop.test-kit';

export interface SciencePeople {
  officer: SessionUser;
  leader: SessionUser;
  /** an officer of another unit (TĐC) */
  otherOfficer: SessionUser;
  institute: SessionUser;
  company: SessionUser;
  /** the six demo experts, by username */
  experts: Record<(typeof SCIENCE_DEMO_EXPERTS)[number]['username'], SessionUser>;
  /** expert ids of the register, by username */
  expertIds: Record<string, string>;
}

export async function seedSciencePeople(db: Database): Promise<SciencePeople> {
  const story = await seedStoryPeople(db);
  const register = await seedScienceExpertRegister(db);
  const experts = {} as SciencePeople['experts'];
  for (const e of SCIENCE_DEMO_EXPERTS) experts[e.username] = await sessionUser(db, e.username);
  const expertIds: Record<string, string> = {};
  for (const e of register) {
    const u = e.userId ? await findUserIdName(db, e.userId) : undefined;
    if (u) expertIds[u] = e.id;
  }
  return {
    officer: await sessionUser(db, 'canbo.khoahoc'),
    leader: story.leader,
    otherOfficer: story.officer,
    institute: await sessionUser(db, 'vien.ungdung'),
    company: story.applicant,
    experts,
    expertIds,
  };
}

async function findUserIdName(db: Database, userId: string): Promise<string | undefined> {
  for (const e of SCIENCE_DEMO_EXPERTS) {
    const u = await findUserByUsername(db, e.username);
    if (u?.id === userId) return e.username;
  }
  return undefined;
}

export const PROPOSAL: ProposalInput = {
  title: 'Nghiên cứu ứng dụng chế phẩm sinh học xử lý môi trường nước ao nuôi tôm tại Hải Phòng',
  field: 'agricultural',
  proposerKind: 'commune',
  proposerName: 'UBND xã Tiên Lãng',
  urgency: 'urgent',
  urgencyReason: 'Dịch bệnh trên tôm nuôi do môi trường nước ô nhiễm gây thiệt hại lớn cho người nuôi.',
  objectives: 'Xây dựng quy trình sử dụng chế phẩm sinh học cho ao nuôi tôm thẻ chân trắng.',
  expectedProducts: ['Quy trình công nghệ xử lý nước', 'Mô hình trình diễn 2 ha'],
  durationMonths: 24,
  indicativeBudget: 1_500_000_000,
};

export function application(
  overrides: Partial<ApplicationInput> = {},
): Omit<ApplicationInput, 'organisationName' | 'taxCode'> {
  return {
    principalInvestigator: 'TS. Trần Minh Đức',
    researchPlan:
      'Thuyết minh: tổng quan, mục tiêu, nội dung nghiên cứu gồm 4 nội dung; phương pháp thực nghiệm đồng ruộng.',
    team: [
      { fullName: 'Trần Minh Đức', role: 'Chủ nhiệm' },
      { fullName: 'Nguyễn Thị Mai', role: 'Thư ký khoa học', organisation: 'Viện Nghiên cứu Ứng dụng' },
    ],
    partners: ['Hợp tác xã Thủy sản Tiên Lãng'],
    budgetItems: [
      { item: 'Thuê khoán chuyên môn', amount: 800_000_000 },
      { item: 'Nguyên vật liệu, chế phẩm', amount: 500_000_000 },
      { item: 'Chi khác', amount: 150_000_000 },
    ],
    ...overrides,
  };
}

export const CONTRACT: ContractInput = {
  number: '12/2026/HĐ-SKHCN',
  signedOn: '2026-04-10',
  startsOn: '2026-04-15',
  endsOn: '2027-04-14',
  products: ['Quy trình công nghệ xử lý nước', 'Mô hình trình diễn 2 ha'],
  milestones: [
    { title: 'Tạm ứng đợt 1', kind: 'payment', dueOn: '2026-04-20', amount: 600_000_000 },
    { title: 'Báo cáo định kỳ 6 tháng đầu', kind: 'report', dueOn: '2026-07-15' },
    { title: 'Báo cáo định kỳ quý IV', kind: 'report', dueOn: '2026-10-15' },
    { title: 'Bàn giao quy trình', kind: 'product', dueOn: '2027-03-31' },
  ],
};

/** Scores on the default 100-point sheet (overview 15, content-method 30, products 25, capacity 20, budget 10). */
export function scores(
  overview: number,
  contentMethod: number,
  products: number,
  capacity: number,
  budget: number,
) {
  return { overview, 'content-method': contentMethod, products, capacity, budget };
}

export const FIVE_MEMBERS = [
  { username: 'cg.hoangminh', role: 'chair' },
  { username: 'cg.lethu', role: 'reviewer' },
  { username: 'cg.phamquang', role: 'reviewer' },
  { username: 'cg.nguyenha', role: 'secretary' },
  { username: 'cg.vuduc', role: 'member' },
] as const;

/** A driver of the router along the task's life, at fixed Vietnam dates. */
export function scienceDriver(db: Database, people: SciencePeople) {
  const office = (day: string) => as(db, people.officer, vn(day)).science;
  const leader = (day: string) => as(db, people.leader, vn(day)).science;

  async function proposed(day = '2026-03-02') {
    return (await office(day).propose(PROPOSAL)).task;
  }

  /** A task under call (selection), open from `day` for a month. */
  async function underCall(day = '2026-03-02') {
    let t = await proposed(day);
    t = (
      await office(day).identify({
        taskId: t.id,
        expectedVersion: t.version,
        meetingOn: day,
        conclusion: 'Đề nghị đặt hàng.',
      })
    ).task;
    t = (
      await office(day).openCall({
        taskId: t.id,
        expectedVersion: t.version,
        call: { mode: 'selection', opensOn: day, closesOn: '2026-03-31' },
      })
    ).task;
    return t;
  }

  /** Two applications (the institute and the steel company) and a five-member council formed on 01/04/2026. */
  async function withCouncil() {
    const t = await underCall();
    const a = await as(db, people.institute, vn('2026-03-10')).science.submitApplication({
      taskId: t.id,
      application: application(),
    });
    const b = await as(db, people.company, vn('2026-03-12')).science.submitApplication({
      taskId: t.id,
      application: application({
        principalInvestigator: 'ThS. Ngô Văn Thành',
        budgetItems: [{ item: 'Thuê khoán', amount: 1_400_000_000 }],
      }),
    });
    const council = await office('2026-04-01').formCouncil({
      taskId: t.id,
      kind: 'selection',
      name: 'Hội đồng tuyển chọn nhiệm vụ NV',
      compositionModel: 'department-5-7',
      members: FIVE_MEMBERS.map((m) => ({
        expertId: must(people.expertIds[m.username], 'people.expertIds[m.username]'),
        role: m.role,
      })),
    });
    return {
      taskId: t.id,
      instituteApp: a.applicationId,
      companyApp: b.applicationId,
      councilId: council.id,
    };
  }

  const member = (username: keyof SciencePeople['experts'], day = '2026-04-02') =>
    as(db, people.experts[username], vn(day)).science;

  /** The member declares no conflict and submits `s` for the application. */
  async function score(
    username: keyof SciencePeople['experts'],
    councilId: string,
    applicationId: string,
    s: Record<string, number>,
  ) {
    await member(username).declareConflict({ councilId, applicationId, conflicted: false });
    return member(username).saveSheet({
      councilId,
      applicationId,
      expectedVersion: 0,
      scores: s,
      submit: true,
    });
  }

  /**
   * The story's scoring: cg.vuduc works at the institute and declares a conflict on its application; the four others
   * score; the institute averages 80,5 and the company 71,8; both pass, the institute ranks first.
   */
  async function scored() {
    const c = await withCouncil();
    await member('cg.vuduc').declareConflict({
      councilId: c.councilId,
      applicationId: c.instituteApp,
      conflicted: true,
      note: 'Tôi công tác tại Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng.',
    });
    await score('cg.vuduc', c.councilId, c.companyApp, scores(10, 22, 18, 14, 7)); // 71
    await score('cg.hoangminh', c.councilId, c.instituteApp, scores(13, 25, 20, 17, 8)); // 83
    await score('cg.lethu', c.councilId, c.instituteApp, scores(12, 24, 20, 16, 8)); // 80
    await score('cg.phamquang', c.councilId, c.instituteApp, scores(12, 24, 19, 16, 8)); // 79
    await score('cg.nguyenha', c.councilId, c.instituteApp, scores(12, 24, 20, 16, 8)); // 80
    await score('cg.hoangminh', c.councilId, c.companyApp, scores(11, 22, 18, 14, 7)); // 72
    await score('cg.lethu', c.councilId, c.companyApp, scores(11, 21, 18, 14, 7)); // 71
    await score('cg.phamquang', c.councilId, c.companyApp, scores(11, 22, 19, 14, 7)); // 73
    await score('cg.nguyenha', c.councilId, c.companyApp, scores(11, 22, 18, 14, 7)); // 72
    return c;
  }

  async function closed() {
    const c = await scored();
    const council = (await office('2026-04-06').council({ councilId: c.councilId })).council;
    await office('2026-04-06').closeScoring({ councilId: c.councilId, expectedVersion: council.version });
    return c;
  }

  /** Host selected, appraised, approved, contracted on 10/04/2026. */
  async function inProgress() {
    const c = await closed();
    let t = (await office('2026-04-07').task({ taskId: c.taskId })).task;
    t = (
      await office('2026-04-07').selectHost({
        taskId: t.id,
        expectedVersion: t.version,
        applicationId: c.instituteApp,
      })
    ).task as typeof t;
    const appraised = await office('2026-04-08').appraise({
      taskId: t.id,
      expectedVersion: t.version,
      appraisedOn: '2026-04-08',
      approvedBudget: 1_400_000_000,
      notes: 'Nội dung phù hợp; giảm chi khác.',
    });
    const approved = await leader('2026-04-09').approve({
      taskId: t.id,
      expectedVersion: appraised.task.version,
      decisionNumber: '245/QĐ-SKHCN',
      approvedOn: '2026-04-09',
    });
    const signed = await office('2026-04-10').signContract({
      taskId: t.id,
      expectedVersion: approved.task.version,
      contract: CONTRACT,
    });
    return { ...c, version: signed.task.version };
  }

  /** Evaluated and accepted (Đạt) on 25/04/2027 by a five-member acceptance council. */
  async function accepted() {
    const c = await inProgress();
    const started = await office('2027-04-20').startEvaluation({
      taskId: c.taskId,
      expectedVersion: c.version,
    });
    await office('2027-04-20').formCouncil({
      taskId: c.taskId,
      kind: 'acceptance',
      name: 'Hội đồng đánh giá, nghiệm thu',
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
    const graded = await office('2027-04-25').recordAcceptance({
      taskId: c.taskId,
      expectedVersion: started.task.version,
      acceptance: {
        acceptedOn: '2027-04-25',
        products: [
          {
            name: 'Quy trình công nghệ xử lý nước',
            grades: { quantity: 'pass', type: 'pass', quality: 'excellent' },
          },
          { name: 'Mô hình trình diễn 2 ha', grades: { quantity: 'pass', type: 'pass', quality: 'pass' } },
        ],
        report: 'pass',
        conclusion: 'Nhiệm vụ hoàn thành đủ sản phẩm theo hợp đồng.',
      },
    });
    return { ...c, version: graded.task.version, overall: graded.overall };
  }

  /** The registration's required components, uploaded by `user`. */
  async function registrationComponents(user: SessionUser) {
    return [
      { componentKey: 'phieu-dang-ky', fileIds: [await uploadedFile(db, user, 'phieu-dang-ky.pdf')] },
      { componentKey: 'bao-cao-tong-hop', fileIds: [await uploadedFile(db, user, 'bao-cao-tong-hop.pdf')] },
      {
        componentKey: 'bien-ban-nghiem-thu',
        fileIds: [await uploadedFile(db, user, 'bien-ban-nghiem-thu.pdf')],
      },
    ];
  }

  return {
    office,
    leader,
    member,
    proposed,
    underCall,
    withCouncil,
    score,
    scored,
    closed,
    inProgress,
    accepted,
    registrationComponents,
  };
}
