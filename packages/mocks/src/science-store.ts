// An in-memory science office for the mocks: a few tasks at different stages, a selection council with two
// applications, and the `science.*` procedures the screens use, answering by the same rules as the API (the domain's
// transition table, councilOutcome, the visibility of sheets to council members).
import type { RouterOutputs, SessionUser } from '@skhcn/api';
import {
  must,
  acceptanceGradeLabels,
  BOARD_STAGES,
  councilKindLabels,
  councilOutcomeDetails,
  councilRoleLabels,
  DEFAULT_SCORING_SHEET,
  nextTaskStage,
  normalizeVietnamese,
  outcomeRuleOf,
  proposalSchema,
  SCIENCE_FIELDS,
  scienceFieldLabels,
  sheetTotal,
  TASK_STAGES,
  taskActionLabels,
  taskActionsFrom,
  taskStageLabels,
  taskTransitionFor,
  proposerKindLabels,
  urgencyLabels,
  type CouncilRole,
  type TaskAction,
  type TaskStage,
} from '@skhcn/domain';
import { MockTrpcError } from './trpc-envelope';

type S = RouterOutputs['science'];
type TaskDetail = S['task'];
type TaskFull = TaskDetail['task'];
type Application = TaskDetail['applications'][number];

export interface MockCouncilSheet {
  memberUserId: string;
  applicationId: string;
  scores: Record<string, number>;
  status: 'draft' | 'submitted';
  version: number;
}

export interface MockScienceStore {
  today: string;
  tasks: TaskDetail[];
  council: {
    id: string;
    taskId: string;
    status: 'scoring' | 'closed';
    version: number;
    members: { userId: string; fullName: string; role: CouncilRole }[];
    declarations: { memberUserId: string; applicationId: string; conflicted: boolean; note: string | null }[];
    sheets: MockCouncilSheet[];
  };
  experts: S['experts'];
}

const OFFICE_UNIT = 'QLKH';
const noEvents: TaskDetail['events'] = [];

function fullTask(
  seed: Partial<TaskFull> & Pick<TaskFull, 'id' | 'code' | 'title' | 'field' | 'stage'>,
): TaskFull {
  return {
    year: Number(seed.code.slice(3, 7)),
    fieldLabel: scienceFieldLabels[seed.field],
    stageLabel: taskStageLabels[seed.stage],
    proposerName: 'UBND xã Tiên Lãng',
    hostName: null,
    indicativeBudget: 1_500_000_000,
    approvedBudget: null,
    callClosesOn: null,
    endsOn: null,
    overallGrade: null,
    overallGradeLabel: null,
    overdueReports: 0,
    updatedAt: '2026-11-20T02:00:00.000Z',
    version: 1,
    proposal: {
      proposerKind: 'commune',
      proposerKindLabel: proposerKindLabels.commune,
      urgency: 'urgent',
      urgencyLabel: urgencyLabels.urgent,
      urgencyReason: 'Dịch bệnh trên tôm nuôi gây thiệt hại lớn.',
      objectives: 'Xây dựng quy trình xử lý nước ao nuôi.',
      expectedProducts: ['Quy trình công nghệ', 'Mô hình trình diễn'],
      durationMonths: 18,
      proposedAt: '2026-11-01T02:00:00.000Z',
    },
    identification: null,
    call: null,
    host: null,
    appraisal: null,
    approval: null,
    contract: null,
    acceptance: null,
    acceptedOn: null,
    ...seed,
  };
}

function detail(task: TaskFull, extra: Partial<TaskDetail> = {}): TaskDetail {
  return {
    task,
    applications: [],
    councils: [],
    milestones: [],
    progressReports: [],
    inspections: [],
    adjustments: [],
    followUps: [],
    registration: { latestFilingDate: null, dossier: null, certificate: null },
    events: noEvents,
    allowedActions: [],
    canFormCouncil: null,
    viewer: 'office',
    ...extra,
  };
}

const application = (
  id: string,
  taskId: string,
  organisationName: string,
  principalInvestigator: string,
): Application => ({
  id,
  taskId,
  organisationName,
  taxCode: '0200789127',
  principalInvestigator,
  researchPlan: 'Thuyết minh: mục tiêu, nội dung, phương pháp nghiên cứu và tiến độ thực hiện.',
  team: [{ fullName: 'Trần Minh Đức', role: 'Chủ nhiệm' }],
  partners: ['Hợp tác xã Thủy sản Tiên Lãng'],
  budgetItems: [{ item: 'Thuê khoán chuyên môn', amount: 900_000_000 }],
  totalBudget: 900_000_000,
  channel: 'online',
  submittedAt: '2026-11-05T02:00:00.000Z',
});

export const SCIENCE_IDS = {
  proposed: '0a000000-0000-4000-8000-000000000001',
  inProgress: '0a000000-0000-4000-8000-000000000002',
  registered: '0a000000-0000-4000-8000-000000000003',
  selecting: '0a000000-0000-4000-8000-000000000004',
  council: '0c000000-0000-4000-8000-000000000001',
  appInstitute: '0b000000-0000-4000-8000-000000000001',
  appCompany: '0b000000-0000-4000-8000-000000000002',
  overdueMilestone: '0d000000-0000-4000-8000-000000000001',
} as const;

export function createScienceStore(today: string, members: readonly SessionUser[]): MockScienceStore {
  const I = SCIENCE_IDS;
  const tasks: TaskDetail[] = [
    detail(
      fullTask({
        id: I.proposed,
        code: 'NV-2026-001',
        title: 'Bảo tồn nghề truyền thống làng Bảo Hà',
        field: 'humanities',
        stage: 'proposed',
        proposerName: 'UBND xã Vĩnh Bảo',
        indicativeBudget: 650_000_000,
      }),
    ),
    detail(
      fullTask({
        id: I.inProgress,
        code: 'NV-2026-002',
        title: 'Hệ thống cảnh báo sớm ngập úng đô thị',
        field: 'engineering',
        stage: 'in_progress',
        proposerName: 'Sở Xây dựng',
        hostName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
        approvedBudget: 2_520_000_000,
        indicativeBudget: 2_800_000_000,
        overdueReports: 1,
        endsOn: '2027-06-30',
        contract: {
          number: '21/2026/HĐ-SKHCN',
          signedOn: '2026-05-10',
          startsOn: '2026-05-15',
          endsOn: '2027-06-30',
          products: ['Mô hình dự báo ngập'],
        },
      }),
      {
        milestones: [
          {
            id: I.overdueMilestone,
            seq: 1,
            title: 'Báo cáo định kỳ đợt 2',
            kind: 'report',
            kindLabel: 'Báo cáo định kỳ',
            dueOn: '2026-11-06',
            amount: null,
            reported: false,
            overdue: true,
          },
        ],
      },
    ),
    detail(
      fullTask({
        id: I.registered,
        code: 'NV-2025-001',
        title: 'Chế phẩm sinh học xử lý nước ao nuôi tôm',
        field: 'agricultural',
        stage: 'registered',
        hostName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
        approvedBudget: 1_350_000_000,
        overallGrade: 'pass',
        overallGradeLabel: acceptanceGradeLabels.pass,
        acceptedOn: '2026-10-09',
      }),
      {
        registration: {
          latestFilingDate: '2026-11-09',
          dossier: null,
          certificate: {
            number: '1/2026/ĐKKQ-SKHCN',
            issuedOn: '2026-10-18',
            verificationPath: '/tra-cuu/ket-qua-khcn/1%2F2026%2F%C4%90KKQ-SKHCN',
          },
        },
      },
    ),
    detail(
      fullTask({
        id: I.selecting,
        code: 'NV-2026-004',
        title: 'Sàng lọc sớm đái tháo đường type 2',
        field: 'medical',
        stage: 'selecting',
        proposerName: 'Sở Y tế',
      }),
      {
        applications: [
          application(
            I.appInstitute,
            I.selecting,
            'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
            'TS. Trần Minh Đức',
          ),
          application(I.appCompany, I.selecting, 'Công ty Cổ phần Thép Hải Phòng', 'ThS. Ngô Văn Thành'),
        ],
      },
    ),
  ];
  const roles: CouncilRole[] = ['chair', 'reviewer', 'reviewer', 'secretary', 'member'];
  return {
    today,
    tasks,
    council: {
      id: I.council,
      taskId: I.selecting,
      status: 'scoring',
      version: 1,
      members: members
        .slice(0, 5)
        .map((m, i) => ({ userId: m.id, fullName: m.fullName, role: must(roles[i], 'roles[i]') })),
      declarations: [],
      sheets: [],
    },
    experts: members.map((m, i) => ({
      id: `0e000000-0000-4000-8000-00000000000${i + 1}`,
      fullName: m.fullName,
      academicTitle: 'TS.',
      displayName: `TS. ${m.fullName}`,
      specialty: 'Công nghệ sinh học',
      field: 'agricultural',
      fieldLabel: scienceFieldLabels.agricultural,
      organisation: 'Trường Đại học Hải Phòng',
      email: `${m.username}@example.vn`,
      phone: null,
      username: m.username,
      active: true,
    })),
  };
}

const isOffice = (u: SessionUser) =>
  (u.kind ?? 'staff') === 'staff' &&
  u.memberships.some((m) => m.unitCode === OFFICE_UNIT || m.role === 'leader');
const isLeader = (u: SessionUser) => u.memberships.some((m) => m.role === 'leader');

function office(u: SessionUser | null): SessionUser {
  if (!u) throw new MockTrpcError('UNAUTHENTICATED');
  if (!isOffice(u))
    throw new MockTrpcError(
      'FORBIDDEN',
      'Chức năng này dành cho cán bộ Phòng Quản lý Khoa học và lãnh đạo Sở.',
    );
  return u;
}

function summary(t: TaskFull): S['tasks']['items'][number] {
  const {
    proposal: _p,
    identification: _i,
    call: _c,
    host: _h,
    appraisal: _a,
    approval: _ap,
    contract: _ct,
    acceptance: _ac,
    acceptedOn: _ao,
    ...rest
  } = t;
  return rest;
}

function allowed(u: SessionUser, d: TaskDetail): TaskDetail['allowedActions'] {
  const hidden: TaskAction[] = [
    'propose',
    'register_result',
    'fail_acceptance',
    'declare_conflict',
    'submit_sheet',
    'close_scoring',
    'form_council',
    'submit_application',
  ];
  return taskActionsFrom(d.task.stage).filter((a): a is TaskDetail['allowedActions'][number] => {
    if (hidden.includes(a)) return false;
    const who = must(taskTransitionFor(d.task.stage, a), 'taskTransitionFor(d.task.stage, a)').who;
    return who === 'leader'
      ? isLeader(u)
      : who === 'office' || who === 'host_or_office'
        ? isOffice(u)
        : false;
  });
}

const find = (store: MockScienceStore, id: unknown): TaskDetail => {
  const d = store.tasks.find((t) => t.task.id === id);
  if (!d) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
  return d;
};

type Resolver = (input: Record<string, unknown>, user: SessionUser | null) => unknown;

/** The `science.*` procedures over the store (the caller wraps them for msw). */
export function scienceResolvers(
  store: MockScienceStore,
): Record<string, { type: 'query' | 'mutation'; resolve: Resolver }> {
  const q = (resolve: Resolver) => ({ type: 'query' as const, resolve });
  const m = (resolve: Resolver) => ({ type: 'mutation' as const, resolve });
  const council = store.council;
  const sheet = DEFAULT_SCORING_SHEET;
  const memberOf = (u: SessionUser | null) => {
    if (!u) throw new MockTrpcError('UNAUTHENTICATED');
    const me = council.members.find((x) => x.userId === u.id);
    if (!me) throw new MockTrpcError('FORBIDDEN', 'Bạn không phải là thành viên của hội đồng này.');
    return me;
  };
  const apps = () => find(store, council.taskId).applications;

  const taskCommand = (action: TaskAction) =>
    m((input, u) => {
      const user = office(u);
      const d = find(store, input.taskId);
      if (input.expectedVersion !== d.task.version) throw new MockTrpcError('CONFLICT');
      let to: TaskStage;
      try {
        to = nextTaskStage(d.task.stage, action);
      } catch (e) {
        throw new MockTrpcError('INVALID_TRANSITION', (e as Error).message);
      }
      const from = d.task.stage;
      d.task = { ...d.task, stage: to, stageLabel: taskStageLabels[to], version: d.task.version + 1 };
      const event = {
        seq: d.events.length + 1,
        action,
        label: taskActionLabels[action],
        fromStage: from,
        toStage: to,
        toStageLabel: taskStageLabels[to],
        at: `${store.today}T03:00:00.000Z`,
        actorName: user.fullName,
        reason: null,
        data: null,
      };
      d.events = [...d.events, event];
      return { task: summary(d.task), event };
    });

  return {
    'science.board': q((_i, u) => {
      office(u);
      const count = (s: TaskStage) => store.tasks.filter((t) => t.task.stage === s).length;
      return {
        columns: BOARD_STAGES.map((stage) => ({ stage, label: taskStageLabels[stage], count: count(stage) })),
        closed: TASK_STAGES.filter((s) => !BOARD_STAGES.includes(s)).map((stage) => ({
          stage,
          label: taskStageLabels[stage],
          count: count(stage),
        })),
        total: store.tasks.length,
        overdueReports: store.tasks.flatMap((t) =>
          t.milestones
            .filter((x) => x.overdue)
            .map((x) => ({
              taskId: t.task.id,
              code: t.task.code,
              title: t.task.title,
              hostName: t.task.hostName,
              milestone: x.title,
              dueOn: x.dueOn,
            })),
        ),
      } satisfies S['board'];
    }),
    'science.tasks': q((input, u) => {
      office(u);
      const stages = input.stages as TaskStage[] | undefined;
      const words = normalizeVietnamese(typeof input.q === 'string' ? input.q : '')
        .split(/\s+/)
        .filter(Boolean);
      let items = store.tasks
        .map((t) => t.task)
        .filter((t) => !stages || stages.includes(t.stage))
        .filter((t) => !input.field || t.field === input.field)
        .filter((t) => !input.overdue || t.overdueReports > 0)
        .filter((t) =>
          words.every((w) =>
            normalizeVietnamese(`${t.code} ${t.title} ${t.proposerName} ${t.hostName ?? ''}`).includes(w),
          ),
        );
      const sort = typeof input.sort === 'string' ? input.sort : 'updated';
      const dir =
        input.direction === 'asc'
          ? 1
          : input.direction === 'desc'
            ? -1
            : sort === 'updated' || sort === 'budget'
              ? -1
              : 1;
      const key = (t: TaskFull) =>
        sort === 'code'
          ? t.code
          : sort === 'title'
            ? t.title
            : sort === 'budget'
              ? String(t.approvedBudget ?? t.indicativeBudget).padStart(15, '0')
              : t.updatedAt;
      items = [...items].sort((a, b) => key(a).localeCompare(key(b)) * dir);
      const page = Number(input.page ?? 1);
      const pageSize = Number(input.pageSize ?? 20);
      return {
        items: items.slice((page - 1) * pageSize, page * pageSize).map(summary),
        total: items.length,
        page,
        pageSize,
      } satisfies S['tasks'];
    }),
    'science.task': q((input, u) => {
      const user = office(u);
      const d = find(store, input.taskId);
      return { ...d, allowedActions: allowed(user, d) };
    }),
    'science.taskOfDossier': q((input, u) => {
      office(u);
      const d = store.tasks.find((t) => t.registration.dossier?.id === input.dossierId);
      if (!d) return null;
      return {
        ...summary(d.task),
        acceptedOn: d.task.acceptedOn,
        latestFilingDate: d.registration.latestFilingDate,
      } satisfies S['taskOfDossier'];
    }),
    'science.propose': m((input, u) => {
      const user = office(u);
      const r = proposalSchema.safeParse(input);
      if (!r.success)
        throw new MockTrpcError(
          'BAD_INPUT',
          r.error.issues[0]?.message,
          r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      const id = `0a000000-0000-4000-8000-${String(store.tasks.length + 1).padStart(12, '0')}`;
      const code = `NV-${store.today.slice(0, 4)}-${String(store.tasks.length + 1).padStart(3, '0')}`;
      const task = fullTask({
        id,
        code,
        title: r.data.title,
        field: r.data.field,
        stage: 'proposed',
        proposerName: r.data.proposerName,
        indicativeBudget: r.data.indicativeBudget,
      });
      store.tasks.push(detail(task));
      return {
        task: summary(task),
        event: {
          seq: 1,
          action: 'propose',
          label: taskActionLabels.propose,
          fromStage: null,
          toStage: 'proposed',
          toStageLabel: taskStageLabels.proposed,
          at: `${store.today}T03:00:00.000Z`,
          actorName: user.fullName,
          reason: null,
          data: null,
        },
      };
    }),
    ...Object.fromEntries(
      (
        [
          ['identify', 'identify'],
          ['rejectProposal', 'reject_proposal'],
          ['openCall', 'open_call'],
          ['selectHost', 'select_host'],
          ['appraise', 'appraise'],
          ['approve', 'approve'],
          ['signContract', 'sign_contract'],
          ['reportProgress', 'report_progress'],
          ['recordInspection', 'record_inspection'],
          ['startEvaluation', 'start_evaluation'],
          ['cancel', 'cancel'],
        ] as const
      ).map(([name, action]) => [`science.${name}`, taskCommand(action)]),
    ),
    'science.myCouncils': q((_i, u) => {
      if (!u) throw new MockTrpcError('UNAUTHENTICATED');
      const me = council.members.find((x) => x.userId === u.id);
      if (!me) return [];
      const t = find(store, council.taskId).task;
      return [
        {
          council: {
            id: council.id,
            taskId: t.id,
            kind: 'selection',
            kindLabel: councilKindLabels.selection,
            name: `Hội đồng tuyển chọn nhiệm vụ ${t.code}`,
            status: council.status,
            statusLabel: council.status === 'closed' ? 'Đã kết thúc đánh giá' : 'Đang đánh giá',
            compositionModel: 'department-5-7',
            meetingOn: null,
            closedAt: null,
            version: council.version,
          },
          task: { id: t.id, code: t.code, title: t.title },
          role: me.role,
          roleLabel: councilRoleLabels[me.role],
          applications: apps().map((a) => {
            const d = council.declarations.find((x) => x.applicationId === a.id && x.memberUserId === u.id);
            const s = council.sheets.find((x) => x.applicationId === a.id && x.memberUserId === u.id);
            return {
              id: a.id,
              organisationName: a.organisationName,
              principalInvestigator: a.principalInvestigator,
              declared: !!d,
              conflicted: d?.conflicted ?? false,
              sheet: s?.status ?? 'none',
            };
          }),
        },
      ] satisfies S['myCouncils'];
    }),
    'science.memberApplication': q((input, u) => {
      const me = memberOf(u);
      const a = apps().find((x) => x.id === input.applicationId);
      if (!a) throw new MockTrpcError('NOT_FOUND', 'Hồ sơ này không thuộc hội đồng của bạn.');
      const t = find(store, council.taskId).task;
      const d = council.declarations.find((x) => x.applicationId === a.id && x.memberUserId === me.userId);
      const own = council.sheets.find((x) => x.applicationId === a.id && x.memberUserId === me.userId);
      const total = (s: Record<string, number>) => Object.values(s).reduce((x, y) => x + y, 0);
      return {
        council: {
          id: council.id,
          taskId: t.id,
          kind: 'selection',
          kindLabel: councilKindLabels.selection,
          name: `Hội đồng tuyển chọn nhiệm vụ ${t.code}`,
          status: council.status,
          statusLabel: 'Đang đánh giá',
          compositionModel: 'department-5-7',
          meetingOn: null,
          closedAt: null,
          version: council.version,
        },
        task: { id: t.id, code: t.code, title: t.title },
        role: me.role,
        criteria: sheet.criteria.map((c) => ({
          id: c.id,
          label: c.label,
          max: c.max,
          guidance: c.guidance ?? null,
        })),
        passAverage: sheet.passAverage,
        application: {
          id: a.id,
          organisationName: a.organisationName,
          principalInvestigator: a.principalInvestigator,
        },
        declaration: d
          ? { conflicted: d.conflicted, note: d.note, declaredAt: `${store.today}T03:00:00.000Z` }
          : null,
        content: d && !d.conflicted ? a : null,
        mySheet: own
          ? {
              scores: own.scores,
              comment: null,
              status: own.status,
              total: total(own.scores),
              version: own.version,
              submittedAt: own.status === 'submitted' ? `${store.today}T03:00:00.000Z` : null,
            }
          : null,
        others:
          own?.status === 'submitted'
            ? council.sheets
                .filter(
                  (s) => s.applicationId === a.id && s.memberUserId !== me.userId && s.status === 'submitted',
                )
                .map((s) => {
                  const mm = must(
                    council.members.find((x) => x.userId === s.memberUserId),
                    'council.members.find((x) => x.userId === s.memberUserId)',
                  );
                  return {
                    memberName: mm.fullName,
                    role: mm.role,
                    roleLabel: councilRoleLabels[mm.role],
                    scores: s.scores,
                    total: total(s.scores),
                  };
                })
            : null,
        result: null,
      } satisfies S['memberApplication'];
    }),
    'science.declareConflict': m((input, u) => {
      const me = memberOf(u);
      if (
        council.declarations.some(
          (x) => x.applicationId === input.applicationId && x.memberUserId === me.userId,
        )
      )
        throw new MockTrpcError('INVALID_TRANSITION', 'Bạn đã khai báo xung đột lợi ích cho hồ sơ này.');
      council.declarations.push({
        memberUserId: me.userId,
        applicationId: String(input.applicationId),
        conflicted: input.conflicted === true,
        note: typeof input.note === 'string' ? input.note : null,
      });
      return { conflicted: input.conflicted === true, declaredAt: `${store.today}T03:00:00.000Z` };
    }),
    'science.saveSheet': m((input, u) => {
      const me = memberOf(u);
      const d = council.declarations.find(
        (x) => x.applicationId === input.applicationId && x.memberUserId === me.userId,
      );
      if (!d)
        throw new MockTrpcError(
          'INVALID_TRANSITION',
          'Vui lòng khai báo xung đột lợi ích trước khi đánh giá hồ sơ.',
        );
      if (d.conflicted)
        throw new MockTrpcError('INVALID_TRANSITION', 'Bạn đã khai báo có xung đột lợi ích với hồ sơ này.');
      const scores = input.scores as Record<string, number>;
      if (input.submit === true) {
        try {
          sheetTotal(outcomeRuleOf(sheet), {
            memberId: me.userId,
            applicationId: String(input.applicationId),
            scores,
          });
        } catch (e) {
          throw new MockTrpcError('BAD_INPUT', (e as Error).message);
        }
      }
      const existing = council.sheets.find(
        (x) => x.applicationId === input.applicationId && x.memberUserId === me.userId,
      );
      if (existing?.status === 'submitted')
        throw new MockTrpcError('INVALID_TRANSITION', 'Phiếu đánh giá đã nộp, không sửa được.');
      if ((existing?.version ?? 0) !== input.expectedVersion) throw new MockTrpcError('CONFLICT');
      const next: MockCouncilSheet = {
        memberUserId: me.userId,
        applicationId: String(input.applicationId),
        scores,
        status: input.submit === true ? 'submitted' : 'draft',
        version: (existing?.version ?? 0) + 1,
      };
      council.sheets = [...council.sheets.filter((x) => x !== existing), next];
      return {
        scores,
        comment: null,
        status: next.status,
        total: Object.values(scores).reduce((a, b) => a + b, 0),
        version: next.version,
        submittedAt: null,
      };
    }),
    'science.council': q((input, u) => {
      if (!u) throw new MockTrpcError('UNAUTHENTICATED');
      if (input.councilId !== council.id) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy hội đồng.');
      const me = council.members.find((x) => x.userId === u.id);
      const isOfficeUser = isOffice(u);
      if (!isOfficeUser && !me)
        throw new MockTrpcError('FORBIDDEN', 'Bạn không phải là thành viên của hội đồng này.');
      const t = find(store, council.taskId).task;
      const closed = council.status === 'closed';
      const seesProgress = isOfficeUser || me?.role === 'secretary';
      const progress = council.members.map((mm) => {
        const byApplication = apps().map((a) => {
          const d = council.declarations.find(
            (x) => x.applicationId === a.id && x.memberUserId === mm.userId,
          );
          const s = council.sheets.find((x) => x.applicationId === a.id && x.memberUserId === mm.userId);
          return {
            applicationId: a.id,
            declared: !!d,
            conflicted: d?.conflicted ?? false,
            sheet: s?.status ?? ('none' as const),
          };
        });
        return {
          memberUserId: mm.userId,
          present: byApplication.every((p) => p.conflicted || p.sheet === 'submitted'),
          byApplication,
        };
      });
      const present = progress.filter((p) => p.present).length;
      const rows = closed
        ? councilOutcomeDetails({
            rule: outcomeRuleOf(sheet),
            sheets: council.sheets
              .filter((s) => s.status === 'submitted')
              .map((s) => ({ memberId: s.memberUserId, applicationId: s.applicationId, scores: s.scores })),
          })
        : null;
      return {
        council: {
          id: council.id,
          taskId: t.id,
          kind: 'selection',
          kindLabel: councilKindLabels.selection,
          name: `Hội đồng tuyển chọn nhiệm vụ ${t.code}`,
          status: council.status,
          statusLabel: closed ? 'Đã kết thúc đánh giá' : 'Đang đánh giá',
          compositionModel: 'department-5-7',
          meetingOn: null,
          closedAt: null,
          version: council.version,
        },
        task: { id: t.id, code: t.code, title: t.title, stage: t.stage },
        viewer: isOfficeUser ? 'office' : must(me, 'me').role,
        composition: {
          id: 'department-5-7',
          label: 'Hội đồng 5–7 thành viên (cấu hình của Sở)',
          source: 'Cấu hình của Sở Khoa học và Công nghệ',
          confidence: 'L',
        },
        sheet: {
          label: sheet.label,
          criteria: sheet.criteria.map((c) => ({ id: c.id, label: c.label, max: c.max })),
          passAverage: sheet.passAverage,
          maxZeroShare: sheet.maxZeroShare,
          source: sheet.source.document,
          confidence: 'L',
        },
        members: council.members.map((mm) => ({
          userId: mm.userId,
          fullName: mm.fullName,
          academicTitle: 'TS.',
          organisation: 'Trường Đại học Hải Phòng',
          role: mm.role,
          roleLabel: councilRoleLabels[mm.role],
        })),
        applications: apps().map((a) => ({
          id: a.id,
          organisationName: a.organisationName,
          principalInvestigator: a.principalInvestigator,
        })),
        progress: seesProgress ? progress : null,
        quorum: seesProgress
          ? {
              met: present >= 4,
              present,
              members: council.members.length,
              needed: 4,
              problems:
                present >= 4
                  ? []
                  : [`Cần ít nhất 4/5 thành viên tham gia (2/3 số thành viên); hiện có ${present}.`],
            }
          : null,
        outcome:
          rows?.map((r) => ({
            applicationId: r.applicationId,
            organisationName: apps().find((a) => a.id === r.applicationId)?.organisationName ?? '',
            average: r.average,
            passed: r.passed,
            rank: r.rank,
            counted: r.counted,
            zeroCriteria: r.zeroCriteria,
          })) ?? null,
        sheets: null,
        conflicts: null,
        minutesUrl: closed ? `/api/science/councils/${council.id}/minutes.pdf` : null,
      } satisfies S['council'];
    }),
    'science.closeScoring': m((input, u) => {
      office(u);
      if (input.expectedVersion !== council.version) throw new MockTrpcError('CONFLICT');
      council.status = 'closed';
      council.version += 1;
      return { id: council.id };
    }),
    'science.report': q((input, u) => {
      office(u);
      const stages = Object.fromEntries(TASK_STAGES.map((s) => [s, 0])) as Record<TaskStage, number>;
      const byField = SCIENCE_FIELDS.map((field) => {
        const own = store.tasks.filter((t) => t.task.field === field);
        const counts = { ...stages };
        for (const t of own) counts[t.task.stage] += 1;
        return { field, fieldLabel: scienceFieldLabels[field], total: own.length, stages: counts };
      });
      const years = [...new Set(store.tasks.map((t) => t.task.year))].sort();
      const budgetByYear = years.map((year) => {
        const own = store.tasks.filter((t) => t.task.year === year);
        return {
          year,
          tasks: own.length,
          indicative: own.reduce((n, t) => n + t.task.indicativeBudget, 0),
          approved: own.reduce((n, t) => n + (t.task.approvedBudget ?? 0), 0),
          approvedTasks: own.filter((t) => t.task.approvedBudget !== null).length,
        };
      });
      return {
        fromYear: Number(input.fromYear),
        toYear: Number(input.toYear),
        byField,
        stages: TASK_STAGES.map((stage) => ({ stage, label: taskStageLabels[stage] })),
        budgetByYear,
        overdueReports: [
          {
            taskId: SCIENCE_IDS.inProgress,
            code: 'NV-2026-002',
            title: 'Hệ thống cảnh báo sớm ngập úng đô thị',
            hostName: 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
            milestone: 'Báo cáo định kỳ đợt 2',
            dueOn: '2026-11-06',
            daysOverdue: 17,
          },
        ],
        totals: {
          tasks: store.tasks.length,
          indicative: budgetByYear.reduce((n, b) => n + b.indicative, 0),
          approved: budgetByYear.reduce((n, b) => n + b.approved, 0),
          overdueReports: 1,
        },
      } satisfies S['report'];
    }),
    'science.experts': q((_i, u) => {
      office(u);
      return store.experts;
    }),
  };
}
