// Beyond the published anchors: the cycle's computation with its imputation rule, a what-if (change inputs or
// indicator weights and see scores and ranks move, without touching the real data), the sensitivity of the ranking
// to the weights, the decomposition of a unit's score into the components that cost it most, and the change from
// last year. All pure functions over the framework and the inputs.
import { DomainError } from '../errors';
import type { DtiFramework } from './framework.schema';
import { imputeDtiScores, type DtiImputationOptions, type DtiImputedCell } from './imputation';
import {
  CELL_IMPUTED,
  CELL_MISSING,
  dtiTotals,
  dtiUnitScores,
  rankDtiTotals,
  roundIndex,
  scoreDtiInputs,
  type DtiIndicatorWeights,
  type DtiScoreMatrix,
  type DtiUnitScore,
} from './results';
import type { DtiInput } from './scoring';
import { must } from '../must';

export interface DtiCycleOptions {
  /** Units assessed in the cycle (those without any input are listed with every component missing) */
  unitIds?: readonly string[];
  /** The cycle's rule for missing data; "none" when absent */
  imputation?: DtiImputationOptions;
  weights?: DtiIndicatorWeights;
}

export interface DtiCycleComputation {
  scores: DtiUnitScore[];
  /** The cells the imputation rule filled */
  filled: DtiImputedCell[];
  matrix: DtiScoreMatrix;
}

/** Scores, imputation (as its own step), sums and ranks of a cycle. */
export function computeDtiCycle(
  framework: DtiFramework,
  inputs: readonly DtiInput[],
  options: DtiCycleOptions = {},
): DtiCycleComputation {
  const scored = scoreDtiInputs(framework, inputs, options.unitIds);
  const { matrix, filled } =
    options.imputation && options.imputation.rule !== 'none'
      ? imputeDtiScores(scored, options.imputation)
      : { matrix: scored, filled: [] };
  return { scores: dtiUnitScores(matrix, options.weights), filled, matrix };
}

/** A what-if: inputs replaced or added, and indicator weight multipliers. */
export interface DtiWhatIfScenario {
  changes?: readonly DtiInput[];
  weights?: DtiIndicatorWeights;
}

export interface DtiWhatIfRow {
  unitId: string;
  before: { points: number; index: number; rank: number };
  after: { points: number; index: number; rank: number };
}

/** The cycle as it is and as it would be under the scenario; `inputs` are not modified. Rows best first after. */
export function dtiWhatIf(
  framework: DtiFramework,
  inputs: readonly DtiInput[],
  scenario: DtiWhatIfScenario,
  options: Omit<DtiCycleOptions, 'weights'> = {},
): { rows: DtiWhatIfRow[]; before: DtiUnitScore[]; after: DtiUnitScore[] } {
  const changed = new Map(inputs.map((i) => [`${i.unitId}\u0000${i.componentId}`, i]));
  for (const c of scenario.changes ?? []) changed.set(`${c.unitId}\u0000${c.componentId}`, c);
  const before = computeDtiCycle(framework, inputs, options).scores;
  const after = computeDtiCycle(framework, [...changed.values()], {
    ...options,
    ...(scenario.weights ? { weights: scenario.weights } : {}),
  }).scores;
  const beforeOf = new Map(before.map((s) => [s.unitId, s]));
  const rows = after.map((a) => {
    const b = beforeOf.get(a.unitId);
    return {
      unitId: a.unitId,
      before: b ? { points: b.points, index: b.index, rank: b.rank } : { points: 0, index: 0, rank: 0 },
      after: { points: a.points, index: a.index, rank: a.rank },
    };
  });
  return { rows, before, after };
}

export interface DtiWeightShift {
  /** Units whose rank changes */
  unitsMoved: number;
  /** The largest change of rank of any unit */
  maxShift: number;
}

export interface DtiSensitivity {
  /** The relative change applied to one indicator's weight at a time (0.2 = ±20 %) */
  delta: number;
  indicators: { indicatorId: string; name: string; up: DtiWeightShift; down: DtiWeightShift }[];
  /** Each unit's rank and the best and worst rank it takes over all the changes */
  units: { unitId: string; rank: number; bestRank: number; worstRank: number }[];
}

/**
 * One indicator at a time, its weight raised and lowered by `delta` (the others kept): how many units change rank,
 * by how much at most, and each unit's range of ranks. Indicators worth no points are left out.
 */
export function dtiWeightSensitivity(matrix: DtiScoreMatrix, delta = 0.2): DtiSensitivity {
  if (!(delta > 0 && delta < 1))
    throw new DomainError('BAD_INPUT', 'Mức thay đổi trọng số phải lớn hơn 0 và nhỏ hơn 100%.');
  const base = rankDtiTotals(dtiTotals(matrix));
  const best = [...base];
  const worst = [...base];
  const shift = (weights: DtiIndicatorWeights): DtiWeightShift => {
    const ranks = rankDtiTotals(dtiTotals(matrix, weights));
    let unitsMoved = 0;
    let maxShift = 0;
    ranks.forEach((r, u) => {
      const d = Math.abs(r - must(base[u], 'base[u]'));
      if (d > 0) unitsMoved++;
      maxShift = Math.max(maxShift, d);
      best[u] = Math.min(must(best[u], 'best[u]'), r);
      worst[u] = Math.max(must(worst[u], 'worst[u]'), r);
    });
    return { unitsMoved, maxShift };
  };
  const indicators = matrix.layout.indicators
    .filter((i) => i.max > 0)
    .map(({ indicator }) => ({
      indicatorId: indicator.id,
      name: indicator.name,
      up: shift({ [indicator.id]: 1 + delta }),
      down: shift({ [indicator.id]: 1 - delta }),
    }));
  const units = matrix.unitIds
    .map((unitId, u) => ({
      unitId,
      rank: must(base[u], 'base[u]'),
      bestRank: must(best[u], 'best[u]'),
      worstRank: must(worst[u], 'worst[u]'),
    }))
    .sort((a, b) => a.rank - b.rank || (a.unitId < b.unitId ? -1 : 1));
  return { delta, indicators, units };
}

export interface DtiLossItem {
  componentId: string;
  componentName: string;
  indicatorId: string;
  indicatorName: string;
  max: number;
  points: number;
  /** max − points */
  lost: number;
  /** lost ÷ the unit's total lost points (0–1) */
  share: number;
  status: 'reported' | 'imputed' | 'missing';
}

export interface DtiDecomposition {
  unitId: string;
  points: number;
  max: number;
  lost: number;
  /** Components that lost points, the costliest first */
  components: DtiLossItem[];
  indicators: { indicatorId: string; name: string; max: number; points: number; lost: number }[];
}

/** A unit's score taken back to its components: where it lost the points it lost, costliest first. */
export function dtiDecomposition(matrix: DtiScoreMatrix, unitId: string): DtiDecomposition {
  const u = matrix.unitIds.indexOf(unitId);
  if (u < 0) throw new DomainError('NOT_FOUND', `Không có kết quả của đơn vị “${unitId}”.`, { unitId });
  const { layout } = matrix;
  const width = layout.components.length;
  let points = 0;
  const items: DtiLossItem[] = [];
  const indicators = layout.indicators.map(({ indicator, max }) => ({
    indicatorId: indicator.id,
    name: indicator.name,
    max,
    points: 0,
    lost: 0,
  }));
  layout.components.forEach((component, c) => {
    const p = must(matrix.points[u * width + c], 'matrix.points[u * width + c]');
    points += p;
    const ind = must(indicators[must(layout.indicatorOf[c], 'the indicator of a component')], 'an indicator');
    ind.points += p;
    ind.lost += component.max - p;
    const cell = matrix.cells[u * width + c];
    if (component.max - p <= 1e-9) return;
    items.push({
      componentId: component.id,
      componentName: component.name,
      indicatorId: ind.indicatorId,
      indicatorName: ind.name,
      max: component.max,
      points: p,
      lost: component.max - p,
      share: 0,
      status: cell === CELL_MISSING ? 'missing' : cell === CELL_IMPUTED ? 'imputed' : 'reported',
    });
  });
  const lost = layout.max - points;
  for (const item of items) item.share = lost > 0 ? item.lost / lost : 0;
  const order = (id: string) => must(layout.componentIndex.get(id), 'layout.componentIndex.get(id)');
  items.sort((a, b) => b.lost - a.lost || order(a.componentId) - order(b.componentId));
  return { unitId, points, max: layout.max, lost, components: items, indicators };
}

export interface DtiYearChange {
  unitId: string;
  index: number;
  rank: number;
  previousIndex: number | null;
  previousRank: number | null;
  /** Change of the index as published (three decimals) */
  indexChange: number | null;
  /** Places gained (positive) or lost (negative) */
  rankChange: number | null;
}

/**
 * The change from the previous cycle, compared on the 0–1 index (frameworks may differ between years, their totals
 * too) and on the rank. Units new this year have no previous values.
 */
export function dtiYearOverYear(
  current: readonly { unitId: string; index: number; rank: number }[],
  previous: readonly { unitId: string; index: number; rank: number }[],
): DtiYearChange[] {
  const last = new Map(previous.map((p) => [p.unitId, p]));
  return current.map((c) => {
    const p = last.get(c.unitId);
    return {
      unitId: c.unitId,
      index: c.index,
      rank: c.rank,
      previousIndex: p ? p.index : null,
      previousRank: p ? p.rank : null,
      indexChange: p ? Math.round((roundIndex(c.index) - roundIndex(p.index)) * 1000) / 1000 : null,
      rankChange: p ? p.rank - c.rank : null,
    };
  });
}
