import {
  acceptedDtiValues,
  dtiCycleUnitList,
  findClosedDtiCycle,
  findDtiCycle,
  type DbExecutor,
  type DtiCycleRow,
  type DtiCycleUnitView,
} from '@skhcn/db';
import {
  CELL_IMPUTED,
  CELL_REPORTED,
  computeDtiCycle,
  DomainError,
  type DtiCycleComputation,
  dtiDecomposition,
  type DtiDecomposition,
  type DtiFramework,
  dtiImputationDisclosures,
  dtiImputationLabels,
  type DtiImputationRule,
  type DtiImputedCell,
  type DtiInput,
  dtiLayout,
  type DtiLevel,
  type DtiSensitivity,
  dtiWeightSensitivity,
  dtiWhatIf,
  dtiYearOverYear,
  must,
} from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { assertDtiTeam, cycleAccess, cycleNotFound, type CycleAccess } from './dti-access';
import { cycleView, type DtiCycleView, type DtiItemView } from './dti-views';
import { cycleFramework, loadItems } from './inputs.handler';
import type { DecompositionInput, ResultsGetInput, SensitivityInput, WhatIfInput } from './results.schema';

/** A cycle's data and its computation (the accepted values, the imputation rule, last year's cycle). */
export interface DtiCycleData {
  cycle: DtiCycleRow;
  framework: DtiFramework;
  units: DtiCycleUnitView[];
  inputs: DtiInput[];
  computation: DtiCycleComputation;
  /** The closed cycle of the same level the year before, with its scores */
  previous: { cycle: DtiCycleRow; computation: DtiCycleComputation } | null;
}

async function compute(
  db: DbExecutor,
  cycle: DtiCycleRow,
  units: readonly DtiCycleUnitView[],
): Promise<{
  framework: DtiFramework;
  inputs: DtiInput[];
  computation: DtiCycleComputation;
  previousCycle: DtiCycleRow | undefined;
}> {
  const framework = await cycleFramework(db, cycle.frameworkId);
  const inputs = (await acceptedDtiValues(db, cycle.id)) as DtiInput[];
  const previousCycle = await findClosedDtiCycle(db, cycle.level as DtiLevel, cycle.year - 1);
  const rule = cycle.imputation as DtiImputationRule;
  const previousInputs =
    rule === 'last_year' && previousCycle
      ? ((await acceptedDtiValues(db, previousCycle.id)) as DtiInput[])
      : [];
  const groups = new Map(units.map((u) => [u.unitId, u.groupCode ?? undefined]));
  const computation = computeDtiCycle(framework, inputs, {
    unitIds: units.map((u) => u.unitId),
    imputation: { rule, previousInputs, groupOf: (unitId) => groups.get(unitId) },
  });
  return { framework, inputs, computation, previousCycle };
}

/** Everything the results, the exports and the analyses need of a cycle. */
export async function loadDtiCycleData(db: DbExecutor, cycleId: string): Promise<DtiCycleData> {
  const cycle = await findDtiCycle(db, cycleId);
  if (!cycle) throw cycleNotFound(cycleId);
  const units = await dtiCycleUnitList(db, cycleId);
  const { framework, inputs, computation, previousCycle } = await compute(db, cycle, units);
  let previous: DtiCycleData['previous'] = null;
  if (previousCycle) {
    const previousUnits = await dtiCycleUnitList(db, previousCycle.id);
    previous = {
      cycle: previousCycle,
      computation: (await compute(db, previousCycle, previousUnits)).computation,
    };
  }
  return { cycle, framework, units, inputs, computation, previous };
}

/** Results are the CĐS team's while the cycle is open; once it closes, its reporters see them too. */
function assertResultsVisible(access: CycleAccess): void {
  if (!access.team && access.cycle.status !== 'closed')
    throw new DomainError('FORBIDDEN', 'Kết quả được công bố cho đơn vị khi kỳ đánh giá đã đóng.');
}

export interface DtiResultRow {
  unitId: string;
  name: string;
  groupCode: string | null;
  groupName: string | null;
  points: number;
  max: number;
  index: number;
  rank: number;
  pillars: Record<string, number>;
  indicators: Record<string, number>;
  missing: string[];
  imputed: string[];
  previousIndex: number | null;
  previousRank: number | null;
  indexChange: number | null;
  rankChange: number | null;
}

export interface DtiResultsView {
  cycle: DtiCycleView;
  /** The cycle is still open: the results count only what has been accepted so far */
  provisional: boolean;
  framework: {
    id: string;
    name: string;
    sample: boolean;
    max: number;
    pillars: { id: string; name: string; max: number }[];
    indicators: { id: string; name: string; pillarId: string; max: number }[];
    components: { id: string; name: string; indicatorId: string; max: number }[];
  };
  imputation: { rule: DtiImputationRule; label: string; disclosure: string; filled: DtiImputedCell[] };
  previousCycle: { id: string; year: number; name: string } | null;
  units: DtiResultRow[];
}

export function resultsView(data: DtiCycleData): DtiResultsView {
  const layout = dtiLayout(data.framework);
  const unitOf = new Map(data.units.map((u) => [u.unitId, u]));
  const changes = new Map(
    dtiYearOverYear(data.computation.scores, data.previous?.computation.scores ?? []).map((c) => [
      c.unitId,
      c,
    ]),
  );
  const rule = data.cycle.imputation as DtiImputationRule;
  return {
    cycle: cycleView(data.cycle),
    provisional: data.cycle.status !== 'closed',
    framework: {
      id: data.framework.id,
      name: data.framework.name ?? data.framework.id,
      sample: data.framework.sample === true,
      max: layout.max,
      pillars: layout.pillars.map((p) => ({ id: p.pillar.id, name: p.pillar.name, max: p.max })),
      indicators: layout.indicators.map((i) => ({
        id: i.indicator.id,
        name: i.indicator.name,
        pillarId: i.pillarId,
        max: i.max,
      })),
      components: layout.components.map((c, i) => ({
        id: c.id,
        name: c.name,
        indicatorId: must(
          layout.indicators[must(layout.indicatorOf[i], 'layout.indicatorOf[i]')],
          'layout.indicators[layout.indicatorOf[i]!]',
        ).indicator.id,
        max: c.max,
      })),
    },
    imputation: {
      rule,
      label: dtiImputationLabels[rule],
      disclosure: dtiImputationDisclosures[rule],
      filled: data.computation.filled,
    },
    previousCycle: data.previous
      ? { id: data.previous.cycle.id, year: data.previous.cycle.year, name: data.previous.cycle.name }
      : null,
    units: data.computation.scores.map((s) => {
      const u = unitOf.get(s.unitId);
      const c = changes.get(s.unitId);
      return {
        unitId: s.unitId,
        name: u?.name ?? s.unitId,
        groupCode: u?.groupCode ?? null,
        groupName: u?.groupName ?? null,
        points: s.points,
        max: s.max,
        index: s.index,
        rank: s.rank,
        pillars: s.pillars,
        indicators: s.indicators,
        missing: s.missing,
        imputed: s.imputed,
        previousIndex: c?.previousIndex ?? null,
        previousRank: c?.previousRank ?? null,
        indexChange: c?.indexChange ?? null,
        rankChange: c?.rankChange ?? null,
      };
    }),
  };
}

/** dti.results.get: scores, index, competition ranking and year-over-year change, with the imputation disclosed. */
export async function resultsGetHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ResultsGetInput;
}): Promise<DtiResultsView> {
  assertResultsVisible(await cycleAccess(ctx.db, ctx.user, input.cycleId));
  return resultsView(await loadDtiCycleData(ctx.db, input.cycleId));
}

export interface DtiWhatIfView {
  rows: {
    unitId: string;
    name: string;
    before: { points: number; index: number; rank: number };
    after: { points: number; index: number; rank: number };
  }[];
  max: { before: number; after: number };
}

/** dti.results.whatIf: the ranking under changed inputs and weights; nothing is saved (CĐS team). */
export async function whatIfHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: WhatIfInput;
}): Promise<DtiWhatIfView> {
  assertDtiTeam(ctx.user, 'dti.read');
  const data = await loadDtiCycleData(ctx.db, input.cycleId);
  const layout = dtiLayout(data.framework);
  for (const id of Object.keys(input.weights))
    if (!layout.indicators.some((i) => i.indicator.id === id))
      throw new DomainError('BAD_INPUT', `Bộ chỉ số không có chỉ số “${id}”.`);
  const units = new Set(data.units.map((u) => u.unitId));
  for (const c of input.changes)
    if (!units.has(c.unitId))
      throw new DomainError('BAD_INPUT', `Đơn vị “${c.unitId}” không thuộc kỳ đánh giá.`);
  const groups = new Map(data.units.map((u) => [u.unitId, u.groupCode ?? undefined]));
  const rule = data.cycle.imputation as DtiImputationRule;
  const previousInputs =
    rule === 'last_year' && data.previous
      ? ((await acceptedDtiValues(ctx.db, data.previous.cycle.id)) as DtiInput[])
      : [];
  const { rows, before, after } = dtiWhatIf(
    data.framework,
    data.inputs,
    { changes: input.changes, weights: input.weights },
    {
      unitIds: data.units.map((u) => u.unitId),
      imputation: { rule, previousInputs, groupOf: (unitId) => groups.get(unitId) },
    },
  );
  const name = new Map(data.units.map((u) => [u.unitId, u.name]));
  return {
    rows: rows.map((r) => ({ ...r, name: name.get(r.unitId) ?? r.unitId })),
    max: { before: before[0]?.max ?? layout.max, after: after[0]?.max ?? layout.max },
  };
}

export interface DtiSensitivityView extends DtiSensitivity {
  names: Record<string, string>;
}

/** dti.results.sensitivity: how the ranking moves when one indicator's weight changes by ±delta (CĐS team). */
export async function sensitivityHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SensitivityInput;
}): Promise<DtiSensitivityView> {
  assertDtiTeam(ctx.user, 'dti.read');
  const data = await loadDtiCycleData(ctx.db, input.cycleId);
  return {
    ...dtiWeightSensitivity(data.computation.matrix, input.delta),
    names: Object.fromEntries(data.units.map((u) => [u.unitId, u.name])),
  };
}

/** dti.results.decomposition: where a unit lost its points, costliest first. */
export async function decompositionHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: DecompositionInput;
}): Promise<DtiDecomposition> {
  const access = await cycleAccess(ctx.db, ctx.user, input.cycleId);
  assertResultsVisible(access);
  if (!access.team && !access.reporterUnits.includes(input.unitId))
    throw new DomainError('FORBIDDEN', 'Bạn chỉ xem được phân tích điểm của đơn vị mình.');
  const data = await loadDtiCycleData(ctx.db, input.cycleId);
  return dtiDecomposition(data.computation.matrix, input.unitId);
}

export interface DtiExportView {
  results: DtiResultsView;
  framework: DtiFramework;
  /** Every item of every unit with its evidence */
  items: DtiItemView[];
  /** The points each unit's component counts in the results, and where they came from */
  final: Record<string, Record<string, { points: number; source: 'accepted' | 'imputed' | 'missing' }>>;
  /** The signed-in member of the CĐS team, who prepares the export */
  preparedBy: string;
}

/** dti.results.export: everything the Excel workbook and the PDF report of a cycle print (CĐS team). */
export async function exportHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ResultsGetInput;
}): Promise<DtiExportView> {
  assertDtiTeam(ctx.user, 'dti.read');
  const data = await loadDtiCycleData(ctx.db, input.cycleId);
  const { views } = await loadItems(ctx.db, data.framework, input.cycleId);
  const { matrix } = data.computation;
  const width = matrix.layout.components.length;
  const final: DtiExportView['final'] = {};
  matrix.unitIds.forEach((unitId, u) => {
    const row: DtiExportView['final'][string] = {};
    matrix.layout.components.forEach((c, i) => {
      const cell = matrix.cells[u * width + i];
      row[c.id] = {
        points: must(matrix.points[u * width + i], 'matrix.points[u * width + i]'),
        source: cell === CELL_REPORTED ? 'accepted' : cell === CELL_IMPUTED ? 'imputed' : 'missing',
      };
    });
    final[unitId] = row;
  });
  return {
    results: resultsView(data),
    framework: data.framework,
    items: [...views.values()],
    final,
    preparedBy: ctx.user.fullName,
  };
}
