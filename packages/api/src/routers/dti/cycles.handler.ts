import {
  appendDtiEvents,
  closeDtiCycle,
  dtiCycleUnitList,
  dtiReportersOfUnits,
  dtiStatusCounts,
  findDtiCycle,
  findDtiFramework,
  findDtiUnitsByIds,
  insertDtiCycle,
  listDtiCycles,
  listDtiFrameworks,
  listDtiUnits,
} from '@skhcn/db';
import {
  DomainError,
  dtiFrameworkOpenProblem,
  type DtiItemStatus,
  dtiLayout,
  type DtiLevel,
  dtiLevelLabels,
  must,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { assertDtiTeam, cycleAccess, cycleNotFound, isDtiTeam, reporterUnitsOf } from './dti-access';
import { cycleView, type DtiCycleView } from './dti-views';
import type { CycleCloseInput, CycleGetInput, CycleOpenInput } from './cycles.schema';

export interface DtiCycleListItem extends DtiCycleView {
  frameworkName: string;
  unitCount: number;
}

/** dti.cycles.list: the CĐS team sees every cycle; a reporter the cycles assessing their units. */
export async function cycleListHandler({ ctx }: { ctx: AuthedContext }): Promise<DtiCycleListItem[]> {
  const team = isDtiTeam(ctx.user);
  const mine = team ? undefined : await reporterUnitsOf(ctx.db, ctx.user);
  if (!team && must(mine, 'mine').length === 0)
    throw new DomainError(
      'FORBIDDEN',
      'Bạn không được giao nhập số liệu chỉ số chuyển đổi số cho đơn vị nào.',
    );
  const cycles = await listDtiCycles(ctx.db, mine);
  const frameworks = new Map((await listDtiFrameworks(ctx.db)).map((f) => [f.id, f.name]));
  return Promise.all(
    cycles.map(async (c) => {
      const units = await dtiCycleUnitList(ctx.db, c.id);
      return {
        ...cycleView(c),
        frameworkName: frameworks.get(c.frameworkId) ?? c.frameworkId,
        unitCount: units.length,
      };
    }),
  );
}

export type DtiProgressCounts = Record<DtiItemStatus | 'empty', number>;

export interface DtiUnitProgress {
  unitId: string;
  name: string;
  groupName: string | null;
  reporters: string[];
  counts: DtiProgressCounts;
  /** Components of the framework */
  total: number;
  /** accepted ÷ total */
  completion: number;
}

export interface DtiCycleDashboard {
  cycle: DtiCycleView;
  framework: { id: string; name: string; components: number; max: number };
  /** The user acts as the CĐS team */
  team: boolean;
  canManage: boolean;
  canReview: boolean;
  /** The cycle's units this user reports for */
  reporterUnits: string[];
  /** Vietnam date today, and whether the deadline has passed */
  today: string;
  deadlinePassed: boolean;
  units: DtiUnitProgress[];
  totals: DtiProgressCounts;
  /** Items submitted and waiting for the reviewer */
  toReview: number;
}

/** dti.cycles.get: the cycle's dashboard — progress by unit, items to review (a reporter sees their units only). */
export async function cycleGetHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CycleGetInput;
}): Promise<DtiCycleDashboard> {
  const access = await cycleAccess(ctx.db, ctx.user, input.cycleId);
  const framework = await findDtiFramework(ctx.db, access.cycle.frameworkId);
  if (!framework) throw new DomainError('NOT_FOUND', 'Không tìm thấy bộ chỉ số của kỳ đánh giá.');
  const layout = dtiLayout(framework.data);
  const visible = access.team
    ? access.units
    : access.units.filter((u) => access.reporterUnits.includes(u.unitId));
  const counts = await dtiStatusCounts(ctx.db, input.cycleId);
  const reporters = await dtiReportersOfUnits(
    ctx.db,
    visible.map((u) => u.unitId),
  );
  const total = layout.components.length;
  const zero = (): DtiProgressCounts => ({ empty: 0, draft: 0, submitted: 0, returned: 0, accepted: 0 });
  const totals = zero();
  const units = visible.map((u) => {
    const c = zero();
    for (const row of counts) if (row.unitId === u.unitId) c[row.status as DtiItemStatus] += row.count;
    c.empty = Math.max(0, total - c.draft - c.submitted - c.returned - c.accepted);
    for (const k of Object.keys(c) as (keyof DtiProgressCounts)[]) totals[k] += c[k];
    return {
      unitId: u.unitId,
      name: u.name,
      groupName: u.groupName,
      reporters: reporters.filter((r) => r.unitId === u.unitId).map((r) => r.fullName),
      counts: c,
      total,
      completion: total > 0 ? c.accepted / total : 0,
    };
  });
  const today = vietnamToday(ctx.now());
  return {
    cycle: cycleView(access.cycle),
    framework: { id: framework.id, name: framework.name, components: total, max: layout.max },
    team: access.team,
    canManage: isDtiTeam(ctx.user, 'dti.manage'),
    canReview: isDtiTeam(ctx.user, 'dti.review'),
    reporterUnits: access.reporterUnits,
    today,
    deadlinePassed: today > access.cycle.deadline,
    units,
    totals,
    toReview: totals.submitted,
  };
}

export interface DtiUnitOption {
  id: string;
  name: string;
  level: DtiLevel;
  levelLabel: string;
  groupCode: string | null;
  groupName: string | null;
  reporters: string[];
}

/** dti.units.list: the assessed units with their reporters, for opening a cycle (CĐS team). */
export async function unitListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { level?: DtiLevel | undefined } | undefined;
}): Promise<DtiUnitOption[]> {
  assertDtiTeam(ctx.user, 'dti.read');
  const units = (await listDtiUnits(ctx.db, input?.level)).filter((u) => u.active);
  const reporters = await dtiReportersOfUnits(
    ctx.db,
    units.map((u) => u.id),
  );
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    level: u.level as DtiLevel,
    levelLabel: dtiLevelLabels[u.level as DtiLevel],
    groupCode: u.groupCode,
    groupName: u.groupName,
    reporters: reporters.filter((r) => r.unitId === u.id).map((r) => r.fullName),
  }));
}

/**
 * dti.cycles.open: a year's cycle on a framework for a set of units of its level, with a deadline and the rule for
 * missing data (CĐS team). From then on the framework is locked.
 */
export async function cycleOpenHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CycleOpenInput;
}): Promise<DtiCycleView> {
  assertDtiTeam(ctx.user, 'dti.manage');
  const now = ctx.now();
  const today = vietnamToday(now);
  if (input.deadline < today)
    throw new DomainError('BAD_INPUT', 'Hạn nhập số liệu không được trước ngày hôm nay.', {
      deadline: input.deadline,
    });
  const unitIds = [...new Set(input.unitIds)];
  const cycle = await ctx.db.transaction(async (tx) => {
    const framework = await findDtiFramework(tx, input.frameworkId, { forUpdate: true });
    if (!framework)
      throw new DomainError('NOT_FOUND', `Không có bộ chỉ số “${input.frameworkId}”.`, {
        frameworkId: input.frameworkId,
      });
    const problem = dtiFrameworkOpenProblem(framework.data);
    if (problem) throw new DomainError('BAD_INPUT', problem, { frameworkId: framework.id });
    const level = framework.data.level;
    const units = await findDtiUnitsByIds(tx, unitIds);
    const unknown = unitIds.filter((id) => !units.some((u) => u.id === id && u.active));
    if (unknown.length > 0)
      throw new DomainError('BAD_INPUT', `Không có đơn vị được đánh giá: ${unknown.join(', ')}.`, {
        unitIds: unknown,
      });
    const otherLevel = units.filter((u) => u.level !== level);
    if (otherLevel.length > 0)
      throw new DomainError(
        'BAD_INPUT',
        `Bộ chỉ số dành cho ${dtiLevelLabels[level].toLowerCase()}; không đánh giá được: ${otherLevel.map((u) => u.name).join(', ')}.`,
      );
    const running = (await listDtiCycles(tx)).find(
      (c) => c.level === level && c.year === framework.year && c.status === 'open',
    );
    if (running)
      throw new DomainError(
        'CONFLICT',
        `Đang có kỳ đánh giá “${running.name}” cho ${dtiLevelLabels[level].toLowerCase()} năm ${framework.year}; hãy đóng kỳ đó trước.`,
      );
    const row = await insertDtiCycle(tx, {
      year: framework.year,
      level,
      name:
        input.name ??
        `Đánh giá chỉ số chuyển đổi số ${dtiLevelLabels[level].toLowerCase()} năm ${framework.year}`,
      frameworkId: framework.id,
      deadline: input.deadline,
      imputation: input.imputation,
      openedBy: ctx.user.id,
      openedAt: now,
      units: units.map((u) => ({ unitId: u.id, groupCode: u.groupCode })),
    });
    await appendDtiEvents(tx, [
      {
        at: now,
        actorUserId: ctx.user.id,
        action: 'cycle.open',
        frameworkId: framework.id,
        cycleId: row.id,
        data: {
          unitIds,
          deadline: input.deadline,
          imputation: input.imputation,
          frameworkVersion: framework.version,
        },
      },
    ]);
    return row;
  });
  ctx.logger.info({ cycleId: cycle.id, userId: ctx.user.id }, 'dti cycle opened');
  return cycleView(cycle);
}

/** dti.cycles.close: closes the cycle and locks its data (CĐS team); items not accepted count as missing. */
export async function cycleCloseHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CycleCloseInput;
}): Promise<DtiCycleView> {
  assertDtiTeam(ctx.user, 'dti.manage');
  const now = ctx.now();
  const closed = await ctx.db.transaction(async (tx) => {
    const current = await findDtiCycle(tx, input.cycleId, 'update');
    if (!current) throw cycleNotFound(input.cycleId);
    if (current.status === 'closed') throw new DomainError('CYCLE_CLOSED');
    const row = await closeDtiCycle(tx, input.cycleId, input.expectedVersion, ctx.user.id, now);
    if (!row) throw new DomainError('CONFLICT', undefined, { cycleId: input.cycleId });
    const counts = await dtiStatusCounts(tx, input.cycleId);
    const byStatus: Record<string, number> = {};
    for (const c of counts) byStatus[c.status] = (byStatus[c.status] ?? 0) + c.count;
    await appendDtiEvents(tx, [
      {
        at: now,
        actorUserId: ctx.user.id,
        action: 'cycle.close',
        cycleId: row.id,
        data: { items: byStatus },
      },
    ]);
    return row;
  });
  ctx.logger.info({ cycleId: closed.id, userId: ctx.user.id }, 'dti cycle closed');
  return cycleView(closed);
}
