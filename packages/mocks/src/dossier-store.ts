// An in-memory one-stop engine for the mocks: dossiers with versions, events and files, the commands of the
// `dossiers.*` router (optimistic versions → CONFLICT), and the TĐC registry and report of `conformity.*`.
// What may be done, by whom, and what the clock does are the domain's dossier policy — the same functions the real
// engine calls (a property test in this package walks both side by side).
import type {
  DossierCommandOutput,
  DossierDetail,
  DossierDocumentLink,
  DossierEngineAction,
  DossierLookupView,
  MineOutput,
  DossierEventItem,
  DossierFileItem,
  DossierView,
  InboxOutput,
} from '@skhcn/api';
import {
  addCalendarDays,
  allowedActionsFor,
  checkCommand,
  checkPaymentReceipt,
  clockAfter,
  componentApplies,
  conformityRegimeOn,
  deadlinesOf,
  deadlineStanding,
  dossierActionLabels,
  dossierStatusLabels,
  DOSSIER_STATUSES,
  effectiveProcessingTime,
  extendDeadlineOnce,
  findProcedureVersion,
  formatDossierCode,
  getOrganisation,
  intakeProblem,
  nextNoticeNumber,
  nextStatus,
  normalizeVietnamese,
  oneStopDocumentsOf,
  procedureInForce,
  readProblem,
  rightsProblem,
  routeProcedureOrThrow,
  supplementDueDate,
  vietnamDateOf,
  workingDaysBetween,
  type DossierAction,
  type DossierFacts,
  type DossierHistoryEntry,
  type DossierStatus,
  type ProcedureVersion,
} from '@skhcn/domain';
import {
  registryStatusLabels,
  TDC_PROCEDURE_CODES,
  type ConformityDeclarationView,
  type ConformityReportOutput,
  type RegistryEntry,
  type RegistrySearchOutput,
  type TdcProcedureCode,
} from './conformity-contract';
import {
  dossierSeeds,
  registryEntryOf,
  registrySeeds,
  seedDeclaration,
  type DossierSeed,
} from './conformity-fixtures';
import { demoUsers, type MockUser } from './fixtures';
import { MockTrpcError } from './trpc-envelope';

export interface MockDossier {
  id: string;
  code: string;
  procedureCode: string;
  procedureVersion: string;
  unitCode: string;
  status: DossierStatus;
  channel: 'online' | 'direct' | 'postal';
  applicant: { name: string; taxCode: string | null } & Record<string, unknown>;
  applicantUserId: string | null;
  assigneeUserId: string | null;
  submittedAt: string | null;
  receivedAt: string | null;
  completedAt: string | null;
  updatedAt: string;
  deadline: string | null;
  /** the appointment date before the apology letter (Mẫu 04) moved it */
  deadlineBeforeExtension?: string | null;
  awaitingSignature: boolean;
  version: number;
  events: DossierEventItem[];
  files: DossierFileItem[];
  declaration: Record<string, unknown> | null;
  noticeNumber: string | null;
}

export const MOCK_UNIT = 'CCTDC';
/** The unit abbreviation printed in notice numbers (with Đ). */
export const MOCK_NOTICE_UNIT = 'CCTĐC';

const org = () => getOrganisation();

function user(username: string): MockUser {
  const u = demoUsers.find((x) => x.username === username);
  if (!u) throw new Error(`no demo user ${username}`);
  return u;
}

export function isApplicant(u: MockUser): boolean {
  return u.kind === 'applicant';
}

function at(day: string, time = '09:15:00'): string {
  return `${day}T${time}+07:00`;
}

function procedureOf(
  d: Pick<MockDossier, 'procedureCode' | 'procedureVersion'>,
): ProcedureVersion | undefined {
  return findProcedureVersion(d.procedureCode, d.procedureVersion);
}

function mustProcedure(d: Pick<MockDossier, 'procedureCode' | 'procedureVersion'>): ProcedureVersion {
  const p = procedureOf(d);
  if (!p) throw new MockTrpcError('NO_VERSION_IN_FORCE');
  return p;
}

function dossierCode(day: string, seq: number): string {
  return formatDossierCode(MOCK_UNIT, day, seq);
}

/** The history of a mock dossier as the domain policy reads it. */
function historyOf(d: Pick<MockDossier, 'events'>): DossierHistoryEntry[] {
  return d.events.map((e) => ({ action: e.action as DossierAction, at: e.at, data: e.data }));
}

/** The facts of a mock dossier for the domain policy. */
export function factsOf(d: MockDossier): DossierFacts {
  return {
    status: d.status,
    unitCode: d.unitCode,
    applicantUserId: d.applicantUserId,
    assigneeUserId: d.assigneeUserId,
    awaitingSignature: d.awaitingSignature,
    receivedAt: d.receivedAt,
    history: historyOf(d),
  };
}

const FILE_NAMES: Record<string, string> = {
  'ban-cong-bo': 'Ban-cong-bo.pdf',
  'giay-to-san-xuat-kinh-doanh': 'Giay-chung-nhan-dang-ky-doanh-nghiep.pdf',
  'giay-chung-nhan': 'Giay-chung-nhan-hop-quy.pdf',
  'ket-qua-thu-nghiem': 'Phieu-ket-qua-thu-nghiem.pdf',
  'bao-cao-danh-gia': 'Bao-cao-danh-gia-hop-quy.pdf',
};

function seedToDossier(seed: DossierSeed, today: string, applicantUser: MockUser | undefined): MockDossier {
  const day = addCalendarDays(today, -seed.receivedDaysAgo);
  const procedure = procedureInForce(seed.procedureCode, day);
  const officer = user('canbo.tdc');
  const actors = {
    canbo: officer,
    truong: user('truong.tdc'),
    lanhdao: user('lanhdao'),
    applicant: applicantUser,
  };
  const received = seed.status !== 1 && seed.status !== 3;
  const events: DossierEventItem[] = [];
  let status: DossierStatus | null = seed.channel === 'online' ? 1 : null;
  if (seed.channel === 'online') {
    events.push({
      seq: 1,
      action: 'submit',
      actionLabel: dossierActionLabels.submit,
      fromStatus: null,
      toStatus: 1,
      toStatusLabel: dossierStatusLabels[1],
      at: at(day, '08:05:00'),
      actorUserId: applicantUser?.id ?? null,
      actorName: applicantUser?.fullName ?? seed.enterprise.name,
      reason: null,
      data: null,
    });
  }
  let completedAt: string | null = null;
  for (const e of seed.events) {
    const action = e.action as DossierAction;
    const to: DossierStatus = status === null ? 2 : nextStatus(status, action);
    const actor = actors[e.actor];
    const when = at(addCalendarDays(day, e.day), `${String(9 + e.day).padStart(2, '0')}:30:00`);
    events.push({
      seq: events.length + 1,
      action,
      actionLabel: dossierActionLabels[action],
      fromStatus: status,
      toStatus: to,
      toStatusLabel: dossierStatusLabels[to],
      at: when,
      actorUserId: actor?.id ?? null,
      actorName: actor?.fullName ?? null,
      reason: e.reason ?? null,
      data: null,
    });
    if (action === 'approve' || action === 'reject') completedAt = when;
    status = to;
  }
  const receivedAt = received ? at(day) : null;
  // the appointment date as the engine computes it: receipt, pauses of the history, the 15:00 rule
  const deadline =
    procedure && receivedAt
      ? (deadlinesOf(
          receivedAt,
          procedure,
          events.map((e) => ({ action: e.action as DossierAction, at: e.at })),
          org(),
        )?.deadline ?? null)
      : null;
  const components = procedure?.components.filter((c) => c.required).slice(0, 3) ?? [];
  const files: DossierFileItem[] = components.map((c, i) => {
    const fileId = `${seed.id.slice(0, 24)}${String(100 + i).padStart(12, '0')}`;
    return {
      fileId,
      componentKey: c.key,
      eventSeq: 1,
      originalName: FILE_NAMES[c.key] ?? `${c.key}.pdf`,
      mime: 'application/pdf',
      size: 180_000 + i * 53_211,
      sha256: `${'a'.repeat(56)}${String(seed.seq).padStart(4, '0')}${String(i).padStart(4, '0')}`,
      attachedAt: at(day, '08:10:00'),
      url: `/api/files/${fileId}`,
    };
  });
  return {
    id: seed.id,
    code: dossierCode(day, seed.seq),
    procedureCode: seed.procedureCode,
    procedureVersion: procedure?.version ?? '1',
    unitCode: MOCK_UNIT,
    status: seed.status,
    channel: seed.channel,
    applicant: {
      name: seed.enterprise.name,
      taxCode: seed.enterprise.taxCode,
      address: seed.enterprise.address,
      phone: '0225 3842 123',
      email: 'chatluong@example.vn',
      representative: 'Phạm Thị Hằng',
    },
    applicantUserId: seed.ownedByApplicant ? (applicantUser?.id ?? null) : null,
    assigneeUserId: seed.assigned ? officer.id : null,
    submittedAt: seed.channel === 'online' ? at(day, '08:05:00') : null,
    receivedAt,
    completedAt,
    updatedAt: events.at(-1)?.at ?? at(day),
    deadline,
    awaitingSignature: seed.awaitingSignature ?? false,
    version: events.length + 1,
    events,
    files,
    declaration: seedDeclaration(seed, day),
    noticeNumber: seed.noticeNumber ?? null,
  };
}

export interface MockStore {
  dossiers: MockDossier[];
  registry: RegistryEntry[];
  /** uploads through POST /api/files: id → metadata */
  uploads: Map<string, { id: string; originalName: string; mime: string; size: number }>;
  /** "Today" in Việt Nam (ISO date) for views and commands, unless `now` is set */
  today: string;
  /** A clock for commands (tests that compare with the real engine set it); defaults to today at the current time */
  now?: () => Date;
  /** Counts under a filter stop here, as the server's do (DOSSIER_COUNT_CAP); lower it to show “hơn …” */
  inboxCountCap?: number;
}

export function createMockStore(today: string, options: { seed?: boolean } = {}): MockStore {
  const applicantUser = demoUsers.find((u) => u.kind === 'applicant');
  return {
    dossiers: options.seed === false ? [] : dossierSeeds.map((s) => seedToDossier(s, today, applicantUser)),
    registry: options.seed === false ? [] : registrySeeds.map(registryEntryOf),
    uploads: new Map(),
    today,
  };
}

/** The instant of a command (ISO) and its Vietnam date. */
function clockOf(store: MockStore): { at: string; today: string } {
  if (store.now) {
    const iso = store.now().toISOString();
    return { at: iso, today: vietnamDateOf(iso) };
  }
  const time = new Date().toISOString().slice(11, 19);
  return { at: `${store.today}T${time}+07:00`, today: store.today };
}

/** The Vietnam date the store is on. */
export function storeToday(store: MockStore): string {
  return clockOf(store).today;
}

// ——— Views ———

export function toView(d: MockDossier, today: string): DossierView {
  const procedure = procedureOf(d);
  const standing = deadlineStanding(
    {
      status: d.status,
      deadline: d.deadline,
      deadlineBeforeExtension: d.deadlineBeforeExtension ?? null,
      completedAt: d.completedAt,
    },
    today,
  );
  const assignee = d.assigneeUserId ? demoUsers.find((u) => u.id === d.assigneeUserId) : undefined;
  return {
    id: d.id,
    code: d.code,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    procedureName: procedure?.name ?? d.procedureCode,
    unitCode: d.unitCode,
    status: d.status,
    statusLabel: dossierStatusLabels[d.status],
    channel: d.channel,
    applicantName: d.applicant.name,
    applicantTaxCode: d.applicant.taxCode,
    applicantUserId: d.applicantUserId,
    assigneeUserId: d.assigneeUserId,
    assigneeName: assignee?.fullName ?? null,
    submittedAt: d.submittedAt,
    receivedAt: d.receivedAt,
    completedAt: d.completedAt,
    updatedAt: d.updatedAt,
    deadline: d.deadline,
    deadlineBeforeExtension: d.deadlineBeforeExtension ?? null,
    paused: standing.paused,
    deadlineColour: standing.colour,
    remainingWorkingDays: standing.remainingWorkingDays,
    timeliness: standing.timeliness,
    awaitingSignature: d.awaitingSignature,
    version: d.version,
  };
}

export function canRead(u: MockUser, d: MockDossier): boolean {
  return readProblem(u, d, org()) === undefined;
}

export function allowedActionsOf(u: MockUser, d: MockDossier, today: string): DossierEngineAction[] {
  const p = procedureOf(d);
  return p ? allowedActionsFor(u, factsOf(d), p, today, org()) : [];
}

export function detailOf(u: MockUser, d: MockDossier, today: string): DossierDetail {
  const p = procedureOf(d);
  const processing = p ? effectiveProcessingTime(p, org().id) : undefined;
  return {
    dossier: toView(d, today),
    applicant: d.applicant,
    procedure: {
      code: d.procedureCode,
      version: d.procedureVersion,
      name: p?.name ?? d.procedureCode,
      processingTime: processing
        ? { amount: processing.amount, unit: processing.unit }
        : { amount: 5, unit: 'working_days' },
      supplementLimit: p?.supplementLimit
        ? { amount: p.supplementLimit.amount, unit: p.supplementLimit.unit }
        : null,
      outcome: p ? { ...p.outcome } : { document: '' },
      components: (p?.components ?? []).map((c) => ({
        key: c.key,
        name: c.name,
        required: c.required,
        requiredHere: !c.required
          ? false
          : c.when !== undefined && !c.appliesWhen
            ? null
            : componentApplies(c, answersOf(d)),
        ...(c.form ? { form: c.form } : {}),
        ...(c.when ? { when: c.when } : {}),
      })),
      fees: (p?.fees ?? []).map((f) => ({
        label: f.label,
        amount: f.amount,
        kind: f.kind,
        ...(f.per ? { per: f.per } : {}),
      })),
      feeNote: p?.feeNote ?? null,
    },
    events: d.events,
    allowedActions: allowedActionsOf(u, d, today),
    files: d.files,
    documents: documentsOf(d, isApplicant(u) ? 'applicant' : 'staff'),
  };
}

/** The component answers of a mock dossier (its declaration's basis and risk class). */
function answersOf(d: MockDossier): Record<string, string> {
  const decl = (d.declaration ?? {}) as { basis?: { basis?: string }; riskClass?: string };
  return {
    ...(decl.basis?.basis ? { basis: decl.basis.basis } : {}),
    ...(decl.riskClass ? { riskClass: decl.riskClass } : {}),
  };
}

/** The dossier's documents as the server lists them: the one-stop forms of its history and its TĐC notice. */
export function documentsOf(d: MockDossier, audience: 'staff' | 'applicant'): DossierDocumentLink[] {
  const forms = oneStopDocumentsOf(d.events, audience).map((t) => ({
    kind: t.kind,
    label: `${t.label} (${t.form})`,
    form: t.form,
    url: `/api/dossiers/${encodeURIComponent(d.id)}/documents/${t.kind}.pdf`,
    result: false,
  }));
  const resultVisible = audience === 'staff' || d.status === 10;
  return d.noticeNumber && resultVisible
    ? [
        ...forms,
        {
          kind: 'notice',
          label: `Thông báo tiếp nhận bản công bố số ${d.noticeNumber}`,
          form: null,
          url: `/api/public/notices/${encodeURIComponent(d.noticeNumber)}.pdf`,
          result: true,
        },
      ]
    : forms;
}

/** dossiers.mine: the applicant's own dossiers, newest first, with their documents. */
export function myDossiers(
  store: MockStore,
  u: MockUser,
  input: { statuses?: number[]; page?: number; pageSize?: number },
): MineOutput {
  const today = storeToday(store);
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  const mine = store.dossiers
    .filter((d) => d.applicantUserId === u.id)
    .filter((d) => !input.statuses || input.statuses.includes(d.status))
    .sort((a, b) => (b.submittedAt ?? b.receivedAt ?? '').localeCompare(a.submittedAt ?? a.receivedAt ?? ''));
  return {
    items: mine.slice((page - 1) * pageSize, page * pageSize).map((d) => ({
      ...toView(d, today),
      documents: documentsOf(d, 'applicant'),
      additionsRequested:
        d.status === 5 ? (d.events.findLast((e) => e.action === 'request_additions')?.reason ?? null) : null,
    })),
    total: mine.length,
    page,
    pageSize,
  };
}

/** dossiers.lookup: the public status of a dossier by its code and tax code, or its QR key (the dossier id here). */
export function lookupDossier(
  store: MockStore,
  input: { code?: unknown; taxCode?: unknown; key?: unknown },
): DossierLookupView {
  const code = typeof input.code === 'string' ? input.code.trim().toUpperCase() : '';
  const d = store.dossiers.find(
    (x) =>
      x.code === code &&
      (input.key !== undefined ? mockPublicKey(x) === input.key : x.applicant.taxCode === input.taxCode),
  );
  if (!d) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy hồ sơ với mã hồ sơ và mã số thuế đã nhập.');
  return {
    code: d.code,
    status: d.status,
    statusLabel: dossierStatusLabels[d.status],
    procedureName: procedureOf(d)?.name ?? d.procedureCode,
    deadline: d.deadline,
  };
}

/** The mock's QR key of a dossier: 32 hex digits derived from its id (the server's is random). */
export function mockPublicKey(d: Pick<MockDossier, 'id'>): string {
  return d.id.replace(/-/g, '').padEnd(32, '0').slice(0, 32);
}

// ——— Inbox ———

export interface InboxQuery {
  statuses?: number[];
  procedureCode?: string;
  procedureCodes?: string[];
  assignee?: string;
  due?: 'overdue' | 'due_soon';
  awaitingSignature?: boolean;
  q?: string;
  sort?: 'deadline' | 'received' | 'code';
  direction?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export function inbox(store: MockStore, u: MockUser, input: InboxQuery): InboxOutput {
  if (isApplicant(u))
    throw new MockTrpcError(
      'FORBIDDEN',
      'Hộp hồ sơ dành cho cán bộ; tổ chức, cá nhân xem hồ sơ của mình ở mục “Hồ sơ của tôi”.',
    );
  const today = storeToday(store);
  const q = normalizeVietnamese(input.q ?? '');
  const base = store.dossiers
    .filter((d) => canRead(u, d))
    .map((d) => toView(d, today))
    .filter((v) => !input.procedureCode || v.procedureCode === input.procedureCode)
    .filter((v) => !input.procedureCodes || input.procedureCodes.includes(v.procedureCode))
    .filter((v) => {
      if (!input.assignee) return true;
      if (input.assignee === 'me') return v.assigneeUserId === u.id;
      if (input.assignee === 'none') return v.assigneeUserId === null;
      return v.assigneeUserId === input.assignee;
    })
    .filter((v) => input.awaitingSignature === undefined || v.awaitingSignature === input.awaitingSignature)
    .filter((v) => !input.due || v.deadlineColour === input.due)
    .filter(
      (v) =>
        q === '' ||
        normalizeVietnamese(`${v.code} ${v.applicantName} ${v.applicantTaxCode ?? ''}`).includes(q),
    );
  const counts = new Map<number, number>();
  for (const v of base) counts.set(v.status, (counts.get(v.status) ?? 0) + 1);
  const statuses = input.statuses;
  const filtered = statuses?.length ? base.filter((v) => statuses.includes(v.status)) : base;
  const sort = input.sort ?? 'deadline';
  const direction = input.direction ?? (sort === 'received' ? 'desc' : 'asc');
  const key = (v: DossierView): string =>
    sort === 'deadline'
      ? (v.deadline ?? '9999')
      : sort === 'received'
        ? (v.receivedAt ?? v.submittedAt ?? '')
        : v.code;
  const sorted = [...filtered].sort((a, b) => {
    const c = key(a).localeCompare(key(b)) || a.code.localeCompare(b.code);
    return direction === 'asc' ? c : -c;
  });
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  const cap = store.inboxCountCap ?? 1000;
  return {
    items: sorted.slice((page - 1) * pageSize, page * pageSize),
    total: Math.min(sorted.length, cap),
    totalCapped: sorted.length > cap,
    page,
    pageSize,
    countsByStatus: DOSSIER_STATUSES.map((status) => ({
      status,
      label: dossierStatusLabels[status],
      count: Math.min(counts.get(status) ?? 0, cap),
      capped: (counts.get(status) ?? 0) > cap,
    })),
    unitCodes: [MOCK_UNIT],
  };
}

// ——— Commands ———

export function findDossier(store: MockStore, u: MockUser, id: unknown): MockDossier {
  const d = store.dossiers.find((x) => x.id === id);
  if (!d) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  const problem = readProblem(u, d, org());
  if (problem) throw problem;
  return d;
}

interface StepPlan {
  reason: string | null;
  data: Record<string, unknown>;
}

/** What each step records and changes beyond its status (the engine's handlers, for the mock). */
function planStep(
  store: MockStore,
  d: MockDossier,
  action: DossierEngineAction,
  input: Record<string, unknown>,
  when: { at: string; today: string },
  procedure: ProcedureVersion,
): StepPlan {
  const data: Record<string, unknown> = {};
  let reason: string | null = null;
  switch (action) {
    case 'receive':
      d.receivedAt = when.at;
      data.form = 'Mẫu 01';
      break;
    case 'assign':
      d.assigneeUserId = String(input.assigneeUserId);
      data.assigneeUserId = d.assigneeUserId;
      break;
    case 'request_additions': {
      const items = (input.items as { name: string; reason: string }[] | undefined) ?? [];
      reason = items.map((i) => `${i.name}: ${i.reason}`).join('; ');
      const supplementDue = supplementDueDate(procedure, when.today);
      Object.assign(data, { form: 'Mẫu 02', items, ...(supplementDue ? { supplementDue } : {}) });
      break;
    }
    case 'supply_additions': {
      const attachments = (input.attachments as { componentKey: string; fileId: string }[] | undefined) ?? [];
      for (const a of attachments) {
        const up = store.uploads.get(a.fileId);
        d.files.push({
          fileId: a.fileId,
          componentKey: a.componentKey,
          eventSeq: d.events.length + 1,
          originalName: up?.originalName ?? 'Giay-to-bo-sung.pdf',
          mime: up?.mime ?? 'application/pdf',
          size: up?.size ?? 1,
          sha256: '0'.repeat(64),
          attachedAt: when.at,
          url: `/api/files/${a.fileId}`,
        });
      }
      data.files = attachments.length;
      break;
    }
    case 'submit_for_signature':
      data.proposal = input.proposal ?? 'approve';
      break;
    case 'extend_deadline': {
      if (!d.deadline)
        throw new MockTrpcError('INVALID_TRANSITION', 'Hồ sơ chưa có ngày hẹn trả kết quả để hẹn lại.');
      const newDeadline = extendDeadlineOnce({
        deadline: d.deadline,
        newDeadline: String(input.newDeadline),
        requestedOn: when.today,
        previousExtensions: d.events.filter((e) => e.action === 'extend_deadline').length,
      });
      Object.assign(data, {
        form: 'Mẫu 04',
        previousDeadline: d.deadline,
        newDeadline,
        extensionWorkingDays: workingDaysBetween(d.deadline, newDeadline),
      });
      d.deadlineBeforeExtension = d.deadline;
      d.deadline = newDeadline;
      break;
    }
    case 'request_payment': {
      const fees = (input.fees as { label: string; amount: number }[] | undefined) ?? [];
      Object.assign(data, { fees, total: fees.reduce((sum, f) => sum + f.amount, 0) });
      break;
    }
    case 'confirm_payment': {
      const request = d.events.findLast((e) => e.action === 'request_payment');
      checkPaymentReceipt({
        requestedTotal: typeof request?.data?.total === 'number' ? request.data.total : undefined,
        requestedOn: request ? vietnamDateOf(request.at) : undefined,
        amount: Number(input.amount),
        paidOn: String(input.paidOn),
        today: when.today,
      });
      Object.assign(data, {
        receiptNumber: input.receiptNumber,
        amount: input.amount,
        paidOn: input.paidOn,
        method: input.method,
      });
      break;
    }
    case 'approve':
    case 'reject':
    case 'withdraw':
    case 'stop':
      d.completedAt = when.at;
      if (action === 'approve' && TDC_PROCEDURE_CODES.includes(d.procedureCode as TdcProcedureCode))
        issueNotice(store, d, when.today);
      if (action === 'stop') data.form = 'Mẫu 05';
      break;
    default:
      break;
  }
  if (Array.isArray(input.reasons)) reason = (input.reasons as string[]).join('; ');
  if (typeof input.reason === 'string') reason = input.reason;
  if (typeof input.note === 'string' && !reason) reason = input.note;
  return { reason, data };
}

/** One command, as the real engine runs it: rights, version, the policy's checks, the step, the clock. */
export function runCommand(
  store: MockStore,
  u: MockUser,
  action: DossierEngineAction,
  input: Record<string, unknown>,
): DossierCommandOutput {
  // as the engine: the rights of the step itself decide (not the right to read)
  const d = store.dossiers.find((x) => x.id === input.dossierId);
  if (!d) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  const denied = rightsProblem(u, action, d, org());
  if (denied) throw denied;
  if (input.expectedVersion !== d.version) throw new MockTrpcError('CONFLICT');
  const when = clockOf(store);
  const procedure = mustProcedure(d);
  const from = d.status;
  const to = checkCommand(u, action, factsOf(d), procedure, when.today, org());
  // the step's own changes are made on a copy, so a refused step leaves the dossier as it was
  const draft: MockDossier = { ...d, files: [...d.files], events: [...d.events] };
  const plan = planStep(store, draft, action, input, when, procedure);
  const history = [...historyOf(draft), { action, at: when.at, data: plan.data }];
  const clock = clockAfter(action, from, draft.receivedAt, history, procedure, org());
  if (clock.kind === 'paused') draft.deadline = null;
  if (clock.kind === 'set') {
    draft.deadline = clock.deadline;
    if (clock.legalDeadline) draft.deadlineBeforeExtension = clock.legalDeadline;
    plan.data.deadline = clock.deadline;
    if (clock.legalDeadline) plan.data.legalDeadline = clock.legalDeadline;
  }
  draft.awaitingSignature = action === 'submit_for_signature' || (from === to && d.awaitingSignature);
  const event: DossierEventItem = {
    seq: d.events.length + 1,
    action,
    actionLabel: dossierActionLabels[action],
    fromStatus: from,
    toStatus: to,
    toStatusLabel: dossierStatusLabels[to],
    at: when.at,
    actorUserId: u.id,
    actorName: u.fullName,
    reason: plan.reason,
    data: Object.keys(plan.data).length ? plan.data : null,
  };
  Object.assign(d, draft, {
    events: [...draft.events, event],
    status: to,
    version: d.version + 1,
    updatedAt: when.at,
  });
  return { dossier: toView(d, when.today), event };
}

function issueNotice(store: MockStore, d: MockDossier, today: string): void {
  const year = Number(today.slice(0, 4));
  const number = nextNoticeNumber(
    store.registry.map((r) => r.noticeNumber),
    MOCK_NOTICE_UNIT,
    year,
  );
  d.noticeNumber = number;
  const decl = (d.declaration ?? {}) as {
    organisation?: { name: string; taxCode: string; address: string };
    products?: { name: string; model?: string; hsCode?: string }[];
    standards?: { code: string }[];
    regulations?: { code: string }[];
    basis?: { basis: string; certificateNumber?: string; certifier?: string };
  };
  const p = procedureOf(d);
  const expiresOn = addCalendarDays(today, 3 * 365);
  store.registry.push({
    noticeNumber: number,
    procedureCode: d.procedureCode,
    procedureName: p?.name ?? d.procedureCode,
    organisation: decl.organisation ?? {
      name: d.applicant.name,
      taxCode: d.applicant.taxCode ?? '',
      address: '',
    },
    products: (decl.products ?? []).map((x) => ({
      name: x.name,
      ...(x.model ? { model: x.model } : {}),
      ...(x.hsCode ? { hsCode: x.hsCode } : {}),
    })),
    standards: [...(decl.standards ?? []), ...(decl.regulations ?? [])].map((s) => s.code),
    basis: {
      kind: (decl.basis?.basis ?? 'self_assessment') as RegistryEntry['basis']['kind'],
      label:
        decl.basis?.basis === 'self_assessment'
          ? 'Kết quả tự đánh giá của tổ chức, cá nhân'
          : 'Kết quả chứng nhận',
      ...(decl.basis?.certificateNumber ? { certificateNumber: decl.basis.certificateNumber } : {}),
      ...(decl.basis?.certifier ? { certifier: decl.basis.certifier } : {}),
    },
    issuedOn: today,
    expiresOn,
    status: 'in_force',
    statusLabel: registryStatusLabels.in_force,
    history: [{ at: `${today}T10:00:00+07:00`, status: 'in_force', label: 'Cấp thông báo tiếp nhận' }],
    dossierCode: d.code,
  });
}

// ——— New dossiers (conformity.submit / conformity.receive) ———

export interface NewDossierInput {
  procedureCode: string;
  declaration: Record<string, unknown>;
  components: { componentKey: string; fileIds: string[] }[];
  applicantName: string;
  taxCode: string | null;
  contact?: Record<string, unknown>;
}

export function createDossier(
  store: MockStore,
  u: MockUser,
  input: NewDossierInput,
  mode: 'online' | 'counter',
): MockDossier {
  const when = clockOf(store);
  const procedure = procedureInForce(input.procedureCode, when.today);
  if (!procedure) throw new MockTrpcError('NO_VERSION_IN_FORCE');
  const unit = routeProcedureOrThrow(org(), input.procedureCode);
  const denied = intakeProblem(u, unit.code, org());
  if (denied) throw denied;
  const prefix = formatDossierCode(unit.code, when.today, 1).slice(0, -4);
  const seq = store.dossiers.filter((x) => x.code.startsWith(prefix)).length + 1;
  const status: DossierStatus = mode === 'online' ? 1 : 2;
  const id = `8f1c2a10-0000-4000-9000-${String(store.dossiers.length + 101).padStart(12, '0')}`;
  const files: DossierFileItem[] = input.components.flatMap((c) =>
    c.fileIds.map((fileId) => {
      const up = store.uploads.get(fileId);
      return {
        fileId,
        componentKey: c.componentKey,
        eventSeq: 1,
        originalName: up?.originalName ?? `${c.componentKey}.pdf`,
        mime: up?.mime ?? 'application/pdf',
        size: up?.size ?? 1,
        sha256: '0'.repeat(64),
        attachedAt: when.at,
        url: `/api/files/${fileId}`,
      };
    }),
  );
  const receivedAt = mode === 'counter' ? when.at : null;
  const d: MockDossier = {
    id,
    code: formatDossierCode(unit.code, when.today, seq),
    procedureCode: input.procedureCode,
    procedureVersion: procedure.version,
    unitCode: unit.code,
    status,
    channel: mode === 'online' ? 'online' : 'direct',
    applicant: { name: input.applicantName, taxCode: input.taxCode, ...input.contact },
    applicantUserId: mode === 'online' ? u.id : null,
    assigneeUserId: null,
    submittedAt: when.at,
    receivedAt,
    completedAt: null,
    updatedAt: when.at,
    deadline: receivedAt ? (deadlinesOf(receivedAt, procedure, [], org())?.deadline ?? null) : null,
    awaitingSignature: false,
    version: 1,
    events: [
      {
        seq: 1,
        action: mode === 'online' ? 'submit' : 'receive',
        actionLabel: dossierActionLabels[mode === 'online' ? 'submit' : 'receive'],
        fromStatus: null,
        toStatus: status,
        toStatusLabel: dossierStatusLabels[status],
        at: when.at,
        actorUserId: u.id,
        actorName: u.fullName,
        reason: null,
        data: null,
      },
    ],
    files,
    declaration: input.declaration,
    noticeNumber: null,
  };
  store.dossiers.push(d);
  return d;
}

export function declarationView(store: MockStore, d: MockDossier): ConformityDeclarationView {
  const receivedOn = (d.receivedAt ?? d.submittedAt ?? storeToday(store)).slice(0, 10);
  const regime = conformityRegimeOn(receivedOn);
  const procedure = procedureOf(d);
  const entry = d.noticeNumber ? store.registry.find((r) => r.noticeNumber === d.noticeNumber) : undefined;
  return {
    dossierId: d.id,
    code: d.code,
    procedureCode: d.procedureCode,
    procedureVersion: d.procedureVersion,
    regime: { id: regime.regime, label: procedure?.regime ?? regime.label },
    declaration: d.declaration ?? {},
    notice: entry
      ? {
          number: entry.noticeNumber,
          issuedOn: entry.issuedOn,
          expiresOn: entry.expiresOn,
          status: entry.status,
          verifyUrl: `/tra-cuu/thong-bao/${encodeURIComponent(entry.noticeNumber)}`,
        }
      : null,
  };
}

// ——— Registry and report ———

export interface RegistryQuery {
  q?: string;
  status?: RegistryEntry['status'];
  procedureCode?: string;
  page?: number;
  pageSize?: number;
}

export function searchRegistry(store: MockStore, input: RegistryQuery): RegistrySearchOutput {
  const q = normalizeVietnamese(input.q ?? '');
  const items = store.registry
    .filter((r) => !input.status || r.status === input.status)
    .filter((r) => !input.procedureCode || r.procedureCode === input.procedureCode)
    .filter((r) => {
      if (q === '') return true;
      const text = [
        r.organisation.name,
        r.organisation.taxCode,
        r.noticeNumber,
        ...r.products.map((p) => `${p.name} ${p.model ?? ''} ${p.hsCode ?? ''}`),
        ...r.standards,
      ].join(' ');
      return normalizeVietnamese(text).includes(q);
    })
    .sort((a, b) => b.issuedOn.localeCompare(a.issuedOn));
  const page = input.page ?? 1;
  const pageSize = Math.min(input.pageSize ?? 20, 100);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total: items.length, page, pageSize };
}

function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  const endY = Number(to.slice(0, 4));
  const endM = Number(to.slice(5, 7));
  while (y < endY || (y === endY && m <= endM)) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return months.slice(0, 36);
}

/** A deterministic report: the same numbers for the same month and procedure. */
export function conformityReport(
  input: { from: string; to: string; procedureCode?: string },
  today: string,
): ConformityReportOutput {
  const codes = input.procedureCode ? [input.procedureCode] : TDC_PROCEDURE_CODES;
  const rows = monthsBetween(input.from, input.to).flatMap((month) =>
    codes.map((procedureCode, i) => {
      const seed = Number(month.slice(2, 4)) * 7 + Number(month.slice(5, 7)) * 3 + i * 5;
      const received = (seed % 17) + 3 - i;
      const current = month === today.slice(0, 7);
      const pending = current ? Math.ceil(received / 2) : seed % 3 === 0 ? 1 : 0;
      const late = Math.min(received - pending, seed % 4 === 0 ? 1 : 0);
      const onTime = Math.max(received - pending - late, 0);
      return {
        month,
        procedureCode,
        procedureName: procedureInForce(procedureCode, `${month}-01`)?.name ?? procedureCode,
        received: Math.max(received, 0),
        onTime,
        late,
        pending,
      };
    }),
  );
  const totals = rows.reduce(
    (t, r) => ({
      received: t.received + r.received,
      onTime: t.onTime + r.onTime,
      late: t.late + r.late,
      pending: t.pending + r.pending,
    }),
    { received: 0, onTime: 0, late: 0, pending: 0 },
  );
  return { from: input.from, to: input.to, rows, totals };
}
