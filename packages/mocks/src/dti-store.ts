// An in-memory DTI for the mocks: the `dti.*` procedures over frameworks, assessed units, cycles and items, scored by
// the real domain functions and answered in the shapes of @skhcn/api (typed from it, so they cannot drift). Demo data:
// the shipped frameworks, a 2026 commune draft framework, a closed 2025 commune cycle and (unless turned off) an open
// 2026 cycle with a few items in each state.
import type {
  DtiCycleDashboard,
  DtiCycleListItem,
  DtiCycleView,
  DtiEntryView,
  DtiEvidenceView,
  DtiFrameworkDetail,
  DtiFrameworkSummary,
  DtiItemView,
  DtiOverview,
  DtiResultsView,
  DtiReviewQueue,
  DtiUnitOption,
  DtiWhatIfView,
} from '@skhcn/api';
import {
  type AppErrorCode,
  assertDtiItemAction,
  checkDtiValue,
  computeDtiCycle,
  copyDtiFramework,
  DomainError,
  DTI_SHIPPED_FRAMEWORKS,
  dtiCan,
  type DtiComponent,
  dtiCycleStatusLabels,
  dtiDecomposition,
  dtiEvidenceProblem,
  dtiEvidenceSchema,
  type DtiFramework,
  dtiFrameworkOpenProblem,
  dtiFrameworkSchema,
  dtiFrameworkStats,
  dtiFrameworkWarnings,
  dtiImputationDisclosures,
  dtiImputationLabels,
  type DtiImputationRule,
  type DtiInput,
  type DtiItemStatus,
  dtiItemStatusLabels,
  dtiLayout,
  type DtiLevel,
  dtiLevelLabels,
  dtiMethodLabels,
  dtiMethodRules,
  type DtiValue,
  dtiWeightSensitivity,
  dtiWhatIf,
  dtiYearOverYear,
  formatDtiMethod,
  formatDtiValue,
  getOrganisation,
  must,
  pointsOf,
  shippedDtiFramework,
} from '@skhcn/domain';
import type { MockUser } from './fixtures';
import { MockTrpcError, type MockProcedure, type MockProcedures } from './trpc-envelope';

export interface MockDtiUnit {
  id: string;
  name: string;
  level: DtiLevel;
  groupCode: string | null;
  groupName: string | null;
}

interface MockCycle {
  row: Omit<DtiCycleView, 'levelLabel' | 'imputationLabel' | 'imputationDisclosure' | 'statusLabel'>;
  units: { unitId: string; groupCode: string | null }[];
}

interface MockItem {
  status: DtiItemStatus;
  value: DtiValue;
  note: string | null;
  appraisedValue: DtiValue | null;
  reviewComment: string | null;
  returnCount: number;
  version: number;
  updatedAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  evidence: DtiEvidenceView[];
}

export interface DtiMockStore {
  today: string;
  frameworks: Map<string, { framework: DtiFramework; version: number; shipped: boolean; updatedAt: string }>;
  units: MockDtiUnit[];
  /** user id → assessed units they report for */
  assignments: Record<string, string[]>;
  cycles: MockCycle[];
  /** `${cycleId}|${unitId}|${componentId}` */
  items: Map<string, MockItem>;
}

const WARD = { groupCode: 'phuong', groupName: 'Phường' };
const COMMUNE = { groupCode: 'xa', groupName: 'Xã, đặc khu' };

/** Demo assessed units (as the server's demo seed: demo data, not an official list). */
export const dtiMockUnits: readonly MockDtiUnit[] = [
  {
    id: 'so-tai-chinh',
    name: 'Sở Tài chính',
    level: 'department',
    groupCode: 'kinh-te',
    groupName: 'Khối kinh tế',
  },
  {
    id: 'so-y-te',
    name: 'Sở Y tế',
    level: 'department',
    groupCode: 'van-xa',
    groupName: 'Khối văn hóa - xã hội',
  },
  { id: 'phuong-hong-bang', name: 'Phường Hồng Bàng', level: 'commune', ...WARD },
  { id: 'phuong-ngo-quyen', name: 'Phường Ngô Quyền', level: 'commune', ...WARD },
  { id: 'phuong-le-chan', name: 'Phường Lê Chân', level: 'commune', ...WARD },
  { id: 'phuong-hai-an', name: 'Phường Hải An', level: 'commune', ...WARD },
  { id: 'xa-an-lao', name: 'Xã An Lão', level: 'commune', ...COMMUNE },
  { id: 'xa-tien-lang', name: 'Xã Tiên Lãng', level: 'commune', ...COMMUNE },
];

export const DTI_MOCK_CLOSED_CYCLE = '0d710000-0000-4000-8000-000000002025';
export const DTI_MOCK_OPEN_CYCLE = '0d710000-0000-4000-8000-000000002026';
const SAMPLE_2025 = 'xa-mau-2025-tayninh';

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A number in [0, 1) from a text, the same on every run (FNV-1a). */
function unitInterval(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

function demoValue(component: DtiComponent, q: number, noise: number): DtiValue {
  const level = Math.min(1, Math.max(0, q + (noise - 0.5) * 0.5));
  switch (component.method.kind) {
    case 'yes_no':
      return level >= 0.5;
    case 'yes_partial_no':
      return level >= 0.7 ? 'yes' : level >= 0.35 ? 'partial' : 'no';
    case 'ratio':
      return { numerator: Math.round(level * 120), denominator: 120 };
    case 'target':
      return Math.round(level * component.method.target);
    case 'bands':
      return Math.round(level * ((component.method.bands.at(-1)?.from ?? 100) + 10));
  }
}

const key = (cycleId: string, unitId: string, componentId: string) => `${cycleId}|${unitId}|${componentId}`;

export interface DtiMockOptions {
  /** Add an open 2026 commune cycle with items in each state (default true) */
  openCycle?: boolean;
  /** user id → units, for the demo reporters */
  assignments?: Record<string, string[]>;
}

export function createDtiMockStore(today: string, options: DtiMockOptions = {}): DtiMockStore {
  const at = `${today}T08:00:00+07:00`;
  const frameworks: DtiMockStore['frameworks'] = new Map();
  for (const s of DTI_SHIPPED_FRAMEWORKS)
    frameworks.set(s.framework.id, { framework: s.framework, version: 1, shipped: true, updatedAt: at });
  const sample = must(frameworks.get(SAMPLE_2025), 'frameworks.get(SAMPLE_2025)').framework;
  frameworks.set('xa-2026', {
    framework: copyDtiFramework(sample, {
      id: 'xa-2026',
      year: 2026,
      name: 'Bộ chỉ số chuyển đổi số cấp xã năm 2026 (bản nháp từ mẫu)',
    }),
    version: 1,
    shipped: false,
    updatedAt: at,
  });
  const store: DtiMockStore = {
    today,
    frameworks,
    units: [...dtiMockUnits],
    assignments: { ...options.assignments },
    cycles: [],
    items: new Map(),
  };
  const communes = dtiMockUnits.filter((u) => u.level === 'commune');
  store.cycles.push({
    row: {
      id: DTI_MOCK_CLOSED_CYCLE,
      year: 2025,
      level: 'commune',
      name: 'Đánh giá chỉ số chuyển đổi số cấp xã năm 2025 (dữ liệu mẫu)',
      frameworkId: SAMPLE_2025,
      deadline: '2026-01-15',
      imputation: 'group_mean',
      status: 'closed',
      version: 2,
      openedAt: '2025-12-01T08:00:00+07:00',
      closedAt: '2026-01-31T16:00:00+07:00',
    },
    units: communes.map((u) => ({ unitId: u.id, groupCode: u.groupCode })),
  });
  for (const u of communes) {
    const q = 0.35 + 0.6 * unitInterval(`q:${u.id}`);
    for (const c of dtiLayout(sample).components) {
      if (unitInterval(`${u.id}:${c.id}`) < 0.04) continue;
      store.items.set(key(DTI_MOCK_CLOSED_CYCLE, u.id, c.id), {
        status: 'accepted',
        value: demoValue(c, q, unitInterval(`v:${u.id}:${c.id}`)),
        note: null,
        appraisedValue: null,
        reviewComment: null,
        returnCount: 0,
        version: 3,
        updatedAt: '2026-01-20T10:00:00+07:00',
        submittedAt: '2026-01-10T10:00:00+07:00',
        reviewedAt: '2026-01-20T10:00:00+07:00',
        evidence: [],
      });
    }
  }
  if (options.openCycle ?? true) {
    store.cycles.unshift({
      row: {
        id: DTI_MOCK_OPEN_CYCLE,
        year: 2026,
        level: 'commune',
        name: 'Đánh giá chỉ số chuyển đổi số cấp xã năm 2026',
        frameworkId: 'xa-2026',
        deadline: addDays(today, 30),
        imputation: 'none',
        status: 'open',
        version: 1,
        openedAt: at,
        closedAt: null,
      },
      units: ['phuong-hong-bang', 'phuong-ngo-quyen', 'xa-an-lao'].map((unitId) => ({
        unitId,
        groupCode: must(
          communes.find((u) => u.id === unitId),
          'communes.find((u) => u.id === unitId)',
        ).groupCode,
      })),
    });
    const item = (status: DtiItemStatus, value: DtiValue, extra: Partial<MockItem> = {}): MockItem => ({
      status,
      value,
      note: null,
      appraisedValue: null,
      reviewComment: null,
      returnCount: 0,
      version: status === 'draft' ? 1 : 2,
      updatedAt: at,
      submittedAt: status === 'draft' ? null : at,
      reviewedAt: null,
      evidence: [
        {
          id: `ev-${status}`,
          documentNumber: '15/KH-UBND',
          title: 'Kế hoạch chuyển đổi số năm 2026',
          issuedOn: '2026-01-20',
          summary: null,
          url: null,
          file: null,
        },
      ],
      ...extra,
    });
    store.items.set(
      key(DTI_MOCK_OPEN_CYCLE, 'phuong-hong-bang', '1.1'),
      item('submitted', { numerator: 80, denominator: 120 }),
    );
    store.items.set(key(DTI_MOCK_OPEN_CYCLE, 'phuong-hong-bang', '1.4'), item('draft', 'partial'));
    store.items.set(
      key(DTI_MOCK_OPEN_CYCLE, 'phuong-hong-bang', '2.1'),
      item('returned', 'yes', {
        version: 3,
        returnCount: 1,
        reviewComment: 'Chưa có quyết định phân công cán bộ chuyên trách; đề nghị bổ sung.',
        reviewedAt: at,
      }),
    );
    store.items.set(
      key(DTI_MOCK_OPEN_CYCLE, 'phuong-ngo-quyen', '1.1'),
      item('submitted', { numerator: 60, denominator: 120 }),
    );
  }
  return store;
}

// ------------------------------------------------------------------------------------------------ views

function frameworkSummary(store: DtiMockStore, id: string): DtiFrameworkSummary {
  const f = must(store.frameworks.get(id), 'store.frameworks.get(id)');
  return {
    id,
    year: f.framework.year,
    level: f.framework.level,
    levelLabel: dtiLevelLabels[f.framework.level],
    name: f.framework.name ?? id,
    shipped: f.shipped,
    sample: f.framework.sample === true,
    version: f.version,
    locked: store.cycles.some((c) => c.row.frameworkId === id),
    updatedAt: f.updatedAt,
    stats: dtiFrameworkStats(f.framework),
    openProblem: dtiFrameworkOpenProblem(f.framework) ?? null,
  };
}

function frameworkDetail(store: DtiMockStore, id: string): DtiFrameworkDetail {
  const f = must(store.frameworks.get(id), 'store.frameworks.get(id)');
  return {
    ...frameworkSummary(store, id),
    framework: f.framework,
    warnings: dtiFrameworkWarnings(f.framework),
    legalSource: f.shipped ? (shippedDtiFramework(id)?.legalSource ?? null) : null,
  };
}

function cycleView(c: MockCycle): DtiCycleView {
  const rule = c.row.imputation;
  return {
    ...c.row,
    levelLabel: dtiLevelLabels[c.row.level],
    imputationLabel: dtiImputationLabels[rule],
    imputationDisclosure: dtiImputationDisclosures[rule],
    statusLabel: dtiCycleStatusLabels[c.row.status],
  };
}

function points(component: DtiComponent, value: DtiValue | null): number | null {
  if (value === null) return null;
  const check = checkDtiValue(component.method, value);
  return check.ok ? pointsOf(component.method, component.max, check.value) : null;
}

function itemView(unitId: string, component: DtiComponent, item: MockItem): DtiItemView {
  return {
    unitId,
    componentId: component.id,
    status: item.status,
    statusLabel: dtiItemStatusLabels[item.status],
    value: item.value,
    valueText: formatDtiValue(component.method, item.value),
    note: item.note,
    selfPoints: points(component, item.value),
    appraisedValue: item.appraisedValue,
    appraisedValueText:
      item.appraisedValue === null ? null : formatDtiValue(component.method, item.appraisedValue),
    appraisedPoints: item.status === 'accepted' ? points(component, item.appraisedValue ?? item.value) : null,
    reviewComment: item.reviewComment,
    returnCount: item.returnCount,
    version: item.version,
    updatedAt: item.updatedAt,
    submittedAt: item.submittedAt,
    reviewedAt: item.reviewedAt,
    evidence: item.evidence,
  };
}

// ------------------------------------------------------------------------------------------------ procedures

function fail(err: unknown): never {
  if (err instanceof DomainError) throw new MockTrpcError(err.code, err.message);
  throw err;
}

function obj(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object') throw new MockTrpcError('BAD_INPUT');
  return input as Record<string, unknown>;
}

function str(o: Record<string, unknown>, k: string): string {
  const v = o[k];
  if (typeof v !== 'string' || v === '') throw new MockTrpcError('BAD_INPUT', `Thiếu “${k}”.`);
  return v;
}

export interface DtiMockContext {
  store: DtiMockStore;
  user: () => MockUser | null;
  /** An uploaded file of the mock (POST /api/files) */
  upload: (id: string) => { id: string; originalName: string; mime: string; size: number } | undefined;
}

/** The `dti.*` procedures over the mock store. */
export function dtiProcedures(ctx: DtiMockContext): MockProcedures {
  const { store } = ctx;
  const org = getOrganisation();
  const me = (): MockUser => {
    const u = ctx.user();
    if (!u) throw new MockTrpcError('UNAUTHENTICATED');
    return u;
  };
  const team = (right: 'dti.read' | 'dti.manage' | 'dti.review' = 'dti.read') => {
    const u = me();
    if (!dtiCan(u, right, org))
      throw new MockTrpcError(
        'FORBIDDEN',
        'Chỉ Tổ chuyển đổi số của Sở và lãnh đạo Sở được thực hiện thao tác này.',
      );
    return u;
  };
  const mine = (u: MockUser) => (u.kind === 'applicant' ? [] : (store.assignments[u.id] ?? []));
  const cycleOf = (cycleId: unknown) => {
    const c = store.cycles.find((x) => x.row.id === cycleId);
    if (!c) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy kỳ đánh giá.');
    const u = me();
    const isTeam = dtiCan(u, 'dti.read', org);
    const reporterUnits = c.units.map((x) => x.unitId).filter((id) => mine(u).includes(id));
    if (!isTeam && reporterUnits.length === 0)
      throw new MockTrpcError('FORBIDDEN', 'Bạn không tham gia kỳ đánh giá này.');
    return {
      c,
      isTeam,
      reporterUnits,
      framework: must(store.frameworks.get(c.row.frameworkId), 'store.frameworks.get(c.row.frameworkId)')
        .framework,
    };
  };
  const unitName = (id: string) => store.units.find((u) => u.id === id)?.name ?? id;
  const reportersOf = (unitId: string) =>
    Object.entries(store.assignments)
      .filter(([, units]) => units.includes(unitId))
      .map(([userId]) => userId);
  const accepted = (cycleId: string): DtiInput[] =>
    [...store.items.entries()]
      .filter(([k, i]) => k.startsWith(`${cycleId}|`) && i.status === 'accepted')
      .map(([k, i]) => {
        const [, unitId, componentId] = k.split('|') as [string, string, string];
        return { unitId, componentId, value: i.appraisedValue ?? i.value };
      });
  const computeFor = (c: MockCycle) => {
    const framework = must(
      store.frameworks.get(c.row.frameworkId),
      'store.frameworks.get(c.row.frameworkId)',
    ).framework;
    const previous = store.cycles.find(
      (p) => p.row.level === c.row.level && p.row.year === c.row.year - 1 && p.row.status === 'closed',
    );
    const groups = new Map(c.units.map((u) => [u.unitId, u.groupCode ?? undefined]));
    const options = {
      unitIds: c.units.map((u) => u.unitId),
      imputation: {
        rule: c.row.imputation,
        previousInputs: previous ? accepted(previous.row.id) : [],
        groupOf: (id: string) => groups.get(id),
      },
    };
    return { framework, inputs: accepted(c.row.id), options, previous };
  };
  const q = (resolve: (input: unknown) => unknown): MockProcedure => ({
    type: 'query',
    resolve: (input) => {
      try {
        return resolve(input);
      } catch (e) {
        return fail(e);
      }
    },
  });
  const m = (resolve: (input: unknown) => unknown): MockProcedure => ({ ...q(resolve), type: 'mutation' });
  const domainError = (code: AppErrorCode, message?: string) => new MockTrpcError(code, message);

  return {
    'dti.overview': q((): DtiOverview => {
      const u = me();
      return {
        team: dtiCan(u, 'dti.read', org),
        canManage: dtiCan(u, 'dti.manage', org),
        canReview: dtiCan(u, 'dti.review', org),
        reporterUnits: mine(u).map((id) => ({ id, name: unitName(id) })),
      };
    }),
    'dti.frameworks.list': q((input): DtiFrameworkSummary[] => {
      team();
      const level = obj(input).level;
      return [...store.frameworks.keys()]
        .map((id) => frameworkSummary(store, id))
        .filter((f) => !level || f.level === level)
        .sort((a, b) => b.year - a.year || a.level.localeCompare(b.level) || a.id.localeCompare(b.id));
    }),
    'dti.frameworks.get': q((input): DtiFrameworkDetail => {
      team();
      const id = str(obj(input), 'id');
      if (!store.frameworks.has(id)) throw domainError('NOT_FOUND', `Không có bộ chỉ số “${id}”.`);
      return frameworkDetail(store, id);
    }),
    'dti.frameworks.create': m((input): DtiFrameworkDetail => {
      team('dti.manage');
      const parsed = dtiFrameworkSchema.safeParse(obj(input).framework);
      if (!parsed.success)
        throw new MockTrpcError(
          'BAD_INPUT',
          parsed.error.issues[0]?.message,
          parsed.error.issues.map((i) => ({ path: ['framework', ...i.path].join('.'), message: i.message })),
        );
      const f = parsed.data;
      if (store.frameworks.has(f.id))
        throw domainError('CONFLICT', `Đã có bộ chỉ số mã “${f.id}”; hãy chọn mã khác.`);
      store.frameworks.set(f.id, {
        framework: f,
        version: 1,
        shipped: false,
        updatedAt: `${store.today}T09:00:00+07:00`,
      });
      return frameworkDetail(store, f.id);
    }),
    'dti.frameworks.save': m((input): DtiFrameworkDetail => {
      team('dti.manage');
      const o = obj(input);
      const id = str(o, 'id');
      const current = store.frameworks.get(id);
      if (!current) throw domainError('NOT_FOUND');
      const parsed = dtiFrameworkSchema.safeParse(o.framework);
      if (!parsed.success)
        throw new MockTrpcError(
          'BAD_INPUT',
          parsed.error.issues[0]?.message,
          parsed.error.issues.map((i) => ({ path: ['framework', ...i.path].join('.'), message: i.message })),
        );
      if (store.cycles.some((c) => c.row.frameworkId === id)) throw domainError('FRAMEWORK_LOCKED');
      if (o.expectedVersion !== current.version) throw domainError('CONFLICT');
      store.frameworks.set(id, {
        ...current,
        framework: parsed.data,
        version: current.version + 1,
        updatedAt: `${store.today}T09:30:00+07:00`,
      });
      return frameworkDetail(store, id);
    }),
    'dti.frameworks.copy': m((input): DtiFrameworkDetail => {
      team('dti.manage');
      const o = obj(input);
      const from = store.frameworks.get(str(o, 'fromId'));
      if (!from) throw domainError('NOT_FOUND');
      const toId = str(o, 'toId');
      if (store.frameworks.has(toId))
        throw domainError('CONFLICT', `Đã có bộ chỉ số mã “${toId}”; hãy chọn mã khác.`);
      const copy = copyDtiFramework(from.framework, {
        id: toId,
        year: Number(o.year),
        ...(typeof o.name === 'string' ? { name: o.name } : {}),
      });
      store.frameworks.set(toId, {
        framework: copy,
        version: 1,
        shipped: false,
        updatedAt: `${store.today}T09:00:00+07:00`,
      });
      return frameworkDetail(store, toId);
    }),
    'dti.units.list': q((input): DtiUnitOption[] => {
      team();
      const level = obj(input).level;
      return store.units
        .filter((u) => !level || u.level === level)
        .map((u) => ({
          ...u,
          levelLabel: dtiLevelLabels[u.level],
          reporters: reportersOf(u.id).map((id) => `Người báo cáo ${id}`),
        }));
    }),
    'dti.cycles.list': q((): DtiCycleListItem[] => {
      const u = me();
      const isTeam = dtiCan(u, 'dti.read', org);
      if (!isTeam && mine(u).length === 0)
        throw domainError(
          'FORBIDDEN',
          'Bạn không được giao nhập số liệu chỉ số chuyển đổi số cho đơn vị nào.',
        );
      return store.cycles
        .filter((c) => isTeam || c.units.some((x) => mine(u).includes(x.unitId)))
        .map((c) => ({
          ...cycleView(c),
          frameworkName: store.frameworks.get(c.row.frameworkId)?.framework.name ?? c.row.frameworkId,
          unitCount: c.units.length,
        }));
    }),
    'dti.cycles.get': q((input): DtiCycleDashboard => {
      const { c, isTeam, reporterUnits, framework } = cycleOf(obj(input).cycleId);
      const layout = dtiLayout(framework);
      const total = layout.components.length;
      const zero = () => ({ empty: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 });
      const totals = zero();
      const units = c.units
        .filter((u) => isTeam || reporterUnits.includes(u.unitId))
        .map((u) => {
          const counts = zero();
          for (const comp of layout.components) {
            const item = store.items.get(key(c.row.id, u.unitId, comp.id));
            counts[item?.status ?? 'empty']++;
          }
          for (const k of Object.keys(counts) as (keyof typeof counts)[]) totals[k] += counts[k];
          const unit = must(
            store.units.find((x) => x.id === u.unitId),
            'store.units.find((x) => x.id === u.unitId)',
          );
          return {
            unitId: u.unitId,
            name: unit.name,
            groupName: unit.groupName,
            reporters: reportersOf(u.unitId).length ? ['Người báo cáo của đơn vị'] : [],
            counts,
            total,
            completion: total ? counts.accepted / total : 0,
          };
        })
        .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      return {
        cycle: cycleView(c),
        framework: {
          id: framework.id,
          name: framework.name ?? framework.id,
          components: total,
          max: layout.max,
        },
        team: isTeam,
        canManage: dtiCan(me(), 'dti.manage', org),
        canReview: dtiCan(me(), 'dti.review', org),
        reporterUnits,
        today: store.today,
        deadlinePassed: store.today > c.row.deadline,
        units,
        totals,
        toReview: totals.submitted,
      };
    }),
    'dti.cycles.open': m((input): DtiCycleView => {
      team('dti.manage');
      const o = obj(input);
      const f = store.frameworks.get(str(o, 'frameworkId'));
      if (!f) throw domainError('NOT_FOUND');
      const problem = dtiFrameworkOpenProblem(f.framework);
      if (problem) throw domainError('BAD_INPUT', problem);
      const deadline = str(o, 'deadline');
      if (deadline < store.today)
        throw domainError('BAD_INPUT', 'Hạn nhập số liệu không được trước ngày hôm nay.');
      const unitIds = (o.unitIds as string[] | undefined) ?? [];
      if (unitIds.length === 0) throw domainError('BAD_INPUT', 'Chọn ít nhất một đơn vị được đánh giá.');
      const level = f.framework.level;
      if (
        store.cycles.some(
          (c) => c.row.level === level && c.row.year === f.framework.year && c.row.status === 'open',
        )
      )
        throw domainError(
          'CONFLICT',
          `Đang có kỳ đánh giá cho ${dtiLevelLabels[level].toLowerCase()} năm ${f.framework.year}; hãy đóng kỳ đó trước.`,
        );
      const id = `0d710000-0000-4000-8000-${String(store.cycles.length + 1).padStart(12, '0')}`;
      const cycle: MockCycle = {
        row: {
          id,
          year: f.framework.year,
          level,
          name:
            (o.name as string | undefined) ??
            `Đánh giá chỉ số chuyển đổi số ${dtiLevelLabels[level].toLowerCase()} năm ${f.framework.year}`,
          frameworkId: f.framework.id,
          deadline,
          imputation: o.imputation as DtiImputationRule,
          status: 'open',
          version: 1,
          openedAt: `${store.today}T09:00:00+07:00`,
          closedAt: null,
        },
        units: unitIds.map((unitId) => ({
          unitId,
          groupCode: store.units.find((u) => u.id === unitId)?.groupCode ?? null,
        })),
      };
      store.cycles.unshift(cycle);
      return cycleView(cycle);
    }),
    'dti.cycles.close': m((input): DtiCycleView => {
      team('dti.manage');
      const o = obj(input);
      const { c } = cycleOf(o.cycleId);
      if (c.row.status === 'closed') throw domainError('CYCLE_CLOSED');
      if (o.expectedVersion !== c.row.version) throw domainError('CONFLICT');
      c.row = {
        ...c.row,
        status: 'closed',
        version: c.row.version + 1,
        closedAt: `${store.today}T17:00:00+07:00`,
      };
      return cycleView(c);
    }),
    'dti.inputs.forUnit': q((input): DtiEntryView => {
      const o = obj(input);
      const { c, isTeam, reporterUnits, framework } = cycleOf(o.cycleId);
      const unitId = str(o, 'unitId');
      if (!c.units.some((u) => u.unitId === unitId))
        throw domainError('NOT_FOUND', 'Đơn vị này không thuộc kỳ đánh giá.');
      if (!isTeam && !reporterUnits.includes(unitId))
        throw domainError('FORBIDDEN', 'Bạn không được giao nhập số liệu cho đơn vị này.');
      const counts = { empty: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 };
      let self = 0;
      let appraised = 0;
      const unit = must(
        store.units.find((u) => u.id === unitId),
        'store.units.find((u) => u.id === unitId)',
      );
      return {
        cycle: cycleView(c),
        unit: { id: unit.id, name: unit.name, groupName: unit.groupName },
        framework: {
          id: framework.id,
          name: framework.name ?? framework.id,
          sample: framework.sample === true,
          max: dtiLayout(framework).max,
        },
        canEdit: reporterUnits.includes(unitId) && c.row.status === 'open',
        today: store.today,
        deadlinePassed: store.today > c.row.deadline,
        pillars: framework.pillars.map((p) => ({
          id: p.id,
          name: p.name,
          indicators: p.indicators.map((i) => ({
            id: i.id,
            name: i.name,
            max: i.components.reduce((s, x) => s + x.max, 0),
            components: i.components.map((comp) => {
              const stored = store.items.get(key(c.row.id, unitId, comp.id));
              const item = stored ? itemView(unitId, comp, stored) : null;
              counts[item?.status ?? 'empty']++;
              self += item?.selfPoints ?? 0;
              appraised += item?.appraisedPoints ?? 0;
              return {
                id: comp.id,
                name: comp.name,
                max: comp.max,
                method: comp.method,
                methodLabel: dtiMethodLabels[comp.method.kind],
                methodText: formatDtiMethod(comp.method),
                methodRule: dtiMethodRules[comp.method.kind],
                verified: comp.verified === true,
                source: comp.source ?? null,
                note: comp.note ?? null,
                item,
              };
            }),
          })),
        })),
        totals: { max: dtiLayout(framework).max, self, appraised, counts },
      };
    }),
    'dti.inputs.save': m((input): DtiItemView => {
      const o = obj(input);
      const { c, reporterUnits, framework } = cycleOf(o.cycleId);
      const unitId = str(o, 'unitId');
      if (!reporterUnits.includes(unitId))
        throw domainError('FORBIDDEN', 'Bạn không được giao nhập số liệu cho đơn vị này.');
      const layout = dtiLayout(framework);
      const index = layout.componentIndex.get(str(o, 'componentId'));
      if (index === undefined) throw domainError('NOT_FOUND');
      const component = must(layout.components[index], 'layout.components[index]');
      const k = key(c.row.id, unitId, component.id);
      const current = store.items.get(k);
      if ((current?.version ?? 0) !== o.expectedVersion) throw domainError('CONFLICT');
      const status = assertDtiItemAction({
        action: 'save',
        cycleStatus: c.row.status,
        deadline: c.row.deadline,
        today: store.today,
        status: current?.status ?? 'empty',
      });
      const check = checkDtiValue(component.method, o.value);
      if (!check.ok) throw domainError('BAD_INPUT', `Chỉ số thành phần “${component.id}”: ${check.message}`);
      const evidence = ((o.evidence as unknown[] | undefined) ?? []).map((raw, i) => {
        const e = dtiEvidenceSchema.safeParse(raw);
        if (!e.success)
          throw new MockTrpcError('BAD_INPUT', e.error.issues[0]?.message, [
            {
              path: `evidence.${i}.${e.error.issues[0]?.path.join('.')}`,
              message: e.error.issues[0]?.message ?? '',
            },
          ]);
        const file = e.data.fileId ? ctx.upload(e.data.fileId) : undefined;
        return {
          id: `ev-${k}-${i}`,
          documentNumber: e.data.documentNumber ?? null,
          title: e.data.title,
          issuedOn: e.data.issuedOn ?? null,
          summary: e.data.summary ?? null,
          url: e.data.url ?? null,
          file: file ? { ...file, downloadUrl: `/api/files/${file.id}` } : null,
        };
      });
      const next: MockItem = {
        status,
        value: check.value,
        note: typeof o.note === 'string' && o.note ? o.note : null,
        appraisedValue: null,
        reviewComment: current?.reviewComment ?? null,
        returnCount: current?.returnCount ?? 0,
        version: (current?.version ?? 0) + 1,
        updatedAt: `${store.today}T10:00:00+07:00`,
        submittedAt: current?.submittedAt ?? null,
        reviewedAt: current?.reviewedAt ?? null,
        evidence,
      };
      store.items.set(k, next);
      return itemView(unitId, component, next);
    }),
    'dti.inputs.submit': m((input) => {
      const o = obj(input);
      const { c, reporterUnits, framework } = cycleOf(o.cycleId);
      const unitId = str(o, 'unitId');
      if (!reporterUnits.includes(unitId)) throw domainError('FORBIDDEN');
      const layout = dtiLayout(framework);
      const items = (o.items as { componentId: string; expectedVersion: number }[]) ?? [];
      const staged: [string, MockItem, DtiComponent][] = [];
      for (const it of items) {
        const component = must(
          layout.components[
            must(layout.componentIndex.get(it.componentId), 'layout.componentIndex.get(it.componentId)')
          ],
          'layout.components[layout.componentIndex.get(it.componentI…',
        );
        const k = key(c.row.id, unitId, it.componentId);
        const current = store.items.get(k);
        if (!current)
          throw domainError('INVALID_TRANSITION', `Chỉ số thành phần “${it.componentId}” chưa được lưu.`);
        if (current.version !== it.expectedVersion) throw domainError('CONFLICT');
        assertDtiItemAction({
          action: 'submit',
          cycleStatus: c.row.status,
          deadline: c.row.deadline,
          today: store.today,
          status: current.status,
        });
        const problem = dtiEvidenceProblem(points(component, current.value) ?? 0, current.evidence.length);
        if (problem) throw domainError('BAD_INPUT', `Chỉ số thành phần “${component.id}”: ${problem}`);
        staged.push([k, current, component]);
      }
      const views = staged.map(([k, current, component]) => {
        const next = {
          ...current,
          status: 'submitted' as const,
          version: current.version + 1,
          submittedAt: `${store.today}T10:30:00+07:00`,
        };
        store.items.set(k, next);
        return itemView(unitId, component, next);
      });
      return { submitted: views.length, items: views };
    }),
    'dti.review.queue': q((input): DtiReviewQueue => {
      team('dti.review');
      const o = obj(input);
      const { c, framework } = cycleOf(o.cycleId);
      const status = (o.status as DtiItemStatus | undefined) ?? 'submitted';
      const layout = dtiLayout(framework);
      const counts = { draft: 0, submitted: 0, returned: 0, accepted: 0 };
      const all = [...store.items.entries()].filter(([k]) => k.startsWith(`${c.row.id}|`));
      const rows = all
        .map(([k, item]) => ({
          unitId: must(k.split('|')[1], 'k.split("|")[1]'),
          componentId: must(k.split('|')[2], 'k.split("|")[2]'),
          item,
        }))
        .filter((r) => !o.unitId || r.unitId === o.unitId);
      for (const r of rows) counts[r.item.status]++;
      const items = rows
        .filter((r) => r.item.status === status)
        .map((r) => {
          const ci = must(
            layout.componentIndex.get(r.componentId),
            'layout.componentIndex.get(r.componentId)',
          );
          const component = must(layout.components[ci], 'layout.components[ci]');
          return {
            ...itemView(r.unitId, component, r.item),
            unitName: unitName(r.unitId),
            componentName: component.name,
            indicatorName: must(
              layout.indicators[must(layout.indicatorOf[ci], 'layout.indicatorOf[ci]')],
              'layout.indicators[layout.indicatorOf[ci]!]',
            ).indicator.name,
            max: component.max,
            method: component.method,
            methodText: formatDtiMethod(component.method),
          };
        })
        .sort(
          (a, b) =>
            a.unitName.localeCompare(b.unitName, 'vi') ||
            must(layout.componentIndex.get(a.componentId), 'layout.componentIndex.get(a.componentId)') -
              must(layout.componentIndex.get(b.componentId), 'layout.componentIndex.get(b.componentId)'),
        );
      const page = Number(o.page ?? 1);
      const pageSize = Number(o.pageSize ?? 50);
      return {
        items: items.slice((page - 1) * pageSize, page * pageSize),
        total: items.length,
        page,
        pageSize,
        counts,
        cycleStatus: c.row.status,
      };
    }),
    'dti.review.decide': m((input) => {
      team('dti.review');
      const o = obj(input);
      const { c, framework } = cycleOf(o.cycleId);
      const layout = dtiLayout(framework);
      const decisions =
        (o.decisions as {
          unitId: string;
          componentId: string;
          expectedVersion: number;
          decision: 'accept' | 'return';
          comment?: string;
          appraisedValue?: DtiValue;
        }[]) ?? [];
      const staged: [string, MockItem][] = [];
      for (const d of decisions) {
        if (d.decision === 'return' && !d.comment)
          throw new MockTrpcError('BAD_INPUT', 'Trả lại cần nêu lý do để đơn vị sửa.', [
            { path: 'decisions.0.comment', message: 'Trả lại cần nêu lý do để đơn vị sửa.' },
          ]);
        const k = key(c.row.id, d.unitId, d.componentId);
        const current = store.items.get(k);
        if (!current) throw domainError('NOT_FOUND');
        if (current.version !== d.expectedVersion) throw domainError('CONFLICT');
        const status = assertDtiItemAction({
          action: d.decision,
          cycleStatus: c.row.status,
          deadline: c.row.deadline,
          today: store.today,
          status: current.status,
        });
        const component = must(
          layout.components[
            must(layout.componentIndex.get(d.componentId), 'layout.componentIndex.get(d.componentId)')
          ],
          'layout.components[layout.componentIndex.get(d.componentId)!]',
        );
        if (d.appraisedValue !== undefined && !checkDtiValue(component.method, d.appraisedValue).ok)
          throw domainError('BAD_INPUT', `Giá trị thẩm định của chỉ số “${component.id}” không hợp lệ.`);
        staged.push([
          k,
          {
            ...current,
            status,
            version: current.version + 1,
            reviewComment: d.comment ?? null,
            reviewedAt: `${store.today}T11:00:00+07:00`,
            appraisedValue: d.decision === 'accept' ? (d.appraisedValue ?? null) : null,
            returnCount: current.returnCount + (d.decision === 'return' ? 1 : 0),
          },
        ]);
      }
      for (const [k, item] of staged) store.items.set(k, item);
      const accepted = decisions.filter((d) => d.decision === 'accept').length;
      return { decided: decisions.length, accepted, returned: decisions.length - accepted };
    }),
    'dti.results.get': q((input): DtiResultsView => {
      const { c, isTeam } = cycleOf(obj(input).cycleId);
      if (!isTeam && c.row.status !== 'closed')
        throw domainError('FORBIDDEN', 'Kết quả được công bố cho đơn vị khi kỳ đánh giá đã đóng.');
      const { framework, inputs, options, previous } = computeFor(c);
      const computation = computeDtiCycle(framework, inputs, options);
      const prevScores = previous
        ? (() => {
            const p = computeFor(previous);
            return computeDtiCycle(p.framework, p.inputs, p.options).scores;
          })()
        : [];
      const changes = new Map(dtiYearOverYear(computation.scores, prevScores).map((x) => [x.unitId, x]));
      const layout = dtiLayout(framework);
      const rule = c.row.imputation;
      return {
        cycle: cycleView(c),
        provisional: c.row.status !== 'closed',
        framework: {
          id: framework.id,
          name: framework.name ?? framework.id,
          sample: framework.sample === true,
          max: layout.max,
          pillars: layout.pillars.map((p) => ({ id: p.pillar.id, name: p.pillar.name, max: p.max })),
          indicators: layout.indicators.map((i) => ({
            id: i.indicator.id,
            name: i.indicator.name,
            pillarId: i.pillarId,
            max: i.max,
          })),
          components: layout.components.map((comp, i) => ({
            id: comp.id,
            name: comp.name,
            indicatorId: must(
              layout.indicators[must(layout.indicatorOf[i], 'layout.indicatorOf[i]')],
              'layout.indicators[layout.indicatorOf[i]!]',
            ).indicator.id,
            max: comp.max,
          })),
        },
        imputation: {
          rule,
          label: dtiImputationLabels[rule],
          disclosure: dtiImputationDisclosures[rule],
          filled: computation.filled,
        },
        previousCycle: previous
          ? { id: previous.row.id, year: previous.row.year, name: previous.row.name }
          : null,
        units: computation.scores.map((s) => {
          const unit = store.units.find((u) => u.id === s.unitId);
          const ch = changes.get(s.unitId);
          return {
            unitId: s.unitId,
            name: unit?.name ?? s.unitId,
            groupCode: unit?.groupCode ?? null,
            groupName: unit?.groupName ?? null,
            points: s.points,
            max: s.max,
            index: s.index,
            rank: s.rank,
            pillars: s.pillars,
            indicators: s.indicators,
            missing: s.missing,
            imputed: s.imputed,
            previousIndex: ch?.previousIndex ?? null,
            previousRank: ch?.previousRank ?? null,
            indexChange: ch?.indexChange ?? null,
            rankChange: ch?.rankChange ?? null,
          };
        }),
      };
    }),
    'dti.results.whatIf': q((input): DtiWhatIfView => {
      team();
      const o = obj(input);
      const { c } = cycleOf(o.cycleId);
      const { framework, inputs, options } = computeFor(c);
      const { rows, before, after } = dtiWhatIf(
        framework,
        inputs,
        {
          changes: (o.changes as DtiInput[] | undefined) ?? [],
          weights: (o.weights as Record<string, number> | undefined) ?? {},
        },
        options,
      );
      return {
        rows: rows.map((r) => ({ ...r, name: unitName(r.unitId) })),
        max: { before: before[0]?.max ?? 0, after: after[0]?.max ?? 0 },
      };
    }),
    'dti.results.sensitivity': q((input) => {
      team();
      const o = obj(input);
      const { c } = cycleOf(o.cycleId);
      const { framework, inputs, options } = computeFor(c);
      const { matrix } = computeDtiCycle(framework, inputs, options);
      return {
        ...dtiWeightSensitivity(matrix, typeof o.delta === 'number' ? o.delta : 0.2),
        names: Object.fromEntries(c.units.map((u) => [u.unitId, unitName(u.unitId)])),
      };
    }),
    'dti.results.decomposition': q((input) => {
      const o = obj(input);
      const { c } = cycleOf(o.cycleId);
      const { framework, inputs, options } = computeFor(c);
      return dtiDecomposition(computeDtiCycle(framework, inputs, options).matrix, str(o, 'unitId'));
    }),
  };
}
