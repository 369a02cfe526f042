// From inputs to scores and ranks: each input scored by its component's method (scoring.ts), summed per indicator,
// pillar and unit, the index (points ÷ the framework's maximum, 0–1) and the competition ranking of the units.
import { DomainError } from '../errors';
import type { DtiComponent, DtiFramework, DtiIndicator, DtiPillar } from './framework.schema';
import { dtiValueProblem, pointsOf, type DtiInput } from './scoring';
import { must } from '../must';

/** A framework laid out for computing: components, indicators and pillars in order, with their maxima. */
export interface DtiLayout {
  framework: DtiFramework;
  components: readonly DtiComponent[];
  componentIndex: ReadonlyMap<string, number>;
  /** For each component, the index of its indicator in `indicators` */
  indicatorOf: Int32Array;
  /** For each component, the index of its pillar in `pillars` */
  pillarOf: Int32Array;
  indicators: readonly { indicator: DtiIndicator; pillarId: string; max: number }[];
  pillars: readonly { pillar: DtiPillar; max: number }[];
  /** The framework's maximum: the sum of its components' maxima */
  max: number;
}

const layouts = new WeakMap<DtiFramework, DtiLayout>();

/** The layout of a framework (computed once per framework object). */
export function dtiLayout(framework: DtiFramework): DtiLayout {
  const cached = layouts.get(framework);
  if (cached) return cached;
  const components: DtiComponent[] = [];
  const indicatorOf: number[] = [];
  const pillarOf: number[] = [];
  const indicators: { indicator: DtiIndicator; pillarId: string; max: number }[] = [];
  const pillars: { pillar: DtiPillar; max: number }[] = [];
  let max = 0;
  framework.pillars.forEach((pillar, pi) => {
    let pillarMax = 0;
    for (const indicator of pillar.indicators) {
      let indicatorMax = 0;
      for (const component of indicator.components) {
        components.push(component);
        indicatorOf.push(indicators.length);
        pillarOf.push(pi);
        indicatorMax += component.max;
      }
      indicators.push({ indicator, pillarId: pillar.id, max: indicatorMax });
      pillarMax += indicatorMax;
    }
    pillars.push({ pillar, max: pillarMax });
    max += pillarMax;
  });
  const componentIndex = new Map(components.map((c, i) => [c.id, i]));
  const layout: DtiLayout = {
    framework,
    components,
    componentIndex,
    indicatorOf: Int32Array.from(indicatorOf),
    pillarOf: Int32Array.from(pillarOf),
    indicators,
    pillars,
    max,
  };
  layouts.set(framework, layout);
  return layout;
}

/** What a cell of the score matrix holds. */
export const CELL_MISSING = 0;
export const CELL_REPORTED = 1;
export const CELL_IMPUTED = 2;

/** Points of every unit for every component: row `u` holds unit `unitIds[u]`, column `c` component `c`. */
export interface DtiScoreMatrix {
  layout: DtiLayout;
  /** Sorted, so that results never depend on the order of the inputs */
  unitIds: readonly string[];
  points: Float64Array;
  /** CELL_MISSING, CELL_REPORTED or CELL_IMPUTED per cell */
  cells: Uint8Array;
}

/**
 * Scores every input. Units are those of the inputs plus `unitIds` (a unit without any input has every component
 * missing). BAD_INPUT (in Vietnamese) for an unknown component, a value of the wrong shape, or two inputs for the same
 * unit and component.
 */
export function scoreDtiInputs(
  framework: DtiFramework,
  inputs: readonly DtiInput[],
  unitIds: readonly string[] = [],
): DtiScoreMatrix {
  const layout = dtiLayout(framework);
  const units = new Set(unitIds);
  for (const input of inputs) units.add(input.unitId);
  const sorted = [...units].sort();
  const row = new Map(sorted.map((id, i) => [id, i]));
  const width = layout.components.length;
  const points = new Float64Array(sorted.length * width);
  const cells = new Uint8Array(sorted.length * width);
  for (const input of inputs) {
    const c = layout.componentIndex.get(input.componentId);
    if (c === undefined)
      throw new DomainError(
        'BAD_INPUT',
        `Bộ chỉ số “${framework.id}” không có chỉ số thành phần “${input.componentId}”.`,
        { componentId: input.componentId },
      );
    const component = must(layout.components[c], 'layout.components[c]');
    const cell = must(row.get(input.unitId), 'row.get(input.unitId)') * width + c;
    if (cells[cell] !== CELL_MISSING)
      throw new DomainError(
        'BAD_INPUT',
        `Đơn vị “${input.unitId}” có hai giá trị cho chỉ số thành phần “${input.componentId}”.`,
        { unitId: input.unitId, componentId: input.componentId },
      );
    const problem = dtiValueProblem(component.method, input.value);
    if (problem !== undefined)
      throw new DomainError(
        'BAD_INPUT',
        `Đơn vị “${input.unitId}”, chỉ số thành phần “${input.componentId}”: ${problem}`,
        { unitId: input.unitId, componentId: input.componentId },
      );
    points[cell] = pointsOf(component.method, component.max, input.value);
    cells[cell] = CELL_REPORTED;
  }
  return { layout, unitIds: sorted, points, cells };
}

/** Ranks of `values` (larger is better): equal values share a rank and the next rank is skipped (1, 2, 2, 4). */
export function competitionRanks(values: readonly number[]): number[] {
  const order = values
    .map((_, i) => i)
    .sort((a, b) => must(values[b], 'values[b]') - must(values[a], 'values[a]'));
  const ranks = new Array<number>(values.length);
  order.forEach((i, position) => {
    const previous = order[position - 1];
    ranks[i] =
      previous !== undefined && values[previous] === values[i]
        ? must(ranks[previous], 'ranks[previous]')
        : position + 1;
  });
  return ranks;
}

/** The index as published and ranked: three decimals. */
export function roundIndex(index: number): number {
  return Math.round(index * 1000) / 1000;
}

/** A unit's scores in full: what computeDtiResults returns plus indicators, components and what was imputed. */
export interface DtiUnitScore {
  unitId: string;
  points: number;
  /** The framework's maximum (with weights applied) */
  max: number;
  /** points ÷ max, 0–1, unrounded (shown and ranked with three decimals) */
  index: number;
  rank: number;
  pillars: Record<string, number>;
  indicators: Record<string, number>;
  /** Components with no value (scored 0) */
  missing: string[];
  /** Components filled by the imputation rule */
  imputed: string[];
}

/** Multipliers of indicators' weights (1 when absent): the what-if and the sensitivity analysis change them. */
export type DtiIndicatorWeights = Readonly<Record<string, number>>;

function weightsArray(layout: DtiLayout, weights: DtiIndicatorWeights | undefined): Float64Array {
  const w = new Float64Array(layout.indicators.length).fill(1);
  if (!weights) return w;
  layout.indicators.forEach(({ indicator }, i) => {
    const value = weights[indicator.id];
    if (value === undefined) return;
    if (!Number.isFinite(value) || value < 0)
      throw new DomainError('BAD_INPUT', `Trọng số của chỉ số “${indicator.id}” phải là số không âm.`);
    w[i] = value;
  });
  return w;
}

/** Per unit: totals per indicator (weighted), the points, the index; ranks are computed by rankDtiTotals. */
export interface DtiTotals {
  unitIds: readonly string[];
  /** Row u, indicator i: `indicatorPoints[u * I + i]` (weighted) */
  indicatorPoints: Float64Array;
  points: Float64Array;
  index: Float64Array;
  max: number;
}

/** Sums the matrix per indicator and unit, with indicator weights (default 1). */
export function dtiTotals(matrix: DtiScoreMatrix, weights?: DtiIndicatorWeights): DtiTotals {
  const { layout } = matrix;
  const w = weightsArray(layout, weights);
  const width = layout.components.length;
  const nIndicators = layout.indicators.length;
  const n = matrix.unitIds.length;
  const indicatorPoints = new Float64Array(n * nIndicators);
  const points = new Float64Array(n);
  const index = new Float64Array(n);
  let max = 0;
  for (let i = 0; i < nIndicators; i++)
    max += must(layout.indicators[i], 'an indicator').max * must(w[i], 'an indicator weight');
  const { indicatorOf } = layout;
  for (let u = 0; u < n; u++) {
    const base = u * width;
    const out = u * nIndicators;
    for (let c = 0; c < width; c++) {
      const cell = out + must(indicatorOf[c], 'the indicator of a component');
      indicatorPoints[cell] =
        must(indicatorPoints[cell], 'an indicator sum') + must(matrix.points[base + c], 'a score');
    }
    let total = 0;
    for (let i = 0; i < nIndicators; i++) {
      const weighted = must(indicatorPoints[out + i], 'an indicator sum') * must(w[i], 'an indicator weight');
      indicatorPoints[out + i] = weighted;
      total += weighted;
    }
    points[u] = total;
    index[u] = max > 0 ? total / max : 0;
  }
  return { unitIds: matrix.unitIds, indicatorPoints, points, index, max };
}

/** Competition ranks of the totals by the index rounded to three decimals (as published). */
export function rankDtiTotals(totals: DtiTotals): number[] {
  return competitionRanks(Array.from(totals.index, (x) => Math.round(x * 1000)));
}

/**
 * Every unit's scores, best first (rank, then unit id). `detail: false` leaves out the points per indicator
 * (computeDtiResults does not return them). The points of each component are in the matrix.
 */
export function dtiUnitScores(
  matrix: DtiScoreMatrix,
  weights?: DtiIndicatorWeights,
  detail = true,
): DtiUnitScore[] {
  const { layout } = matrix;
  const totals = dtiTotals(matrix, weights);
  const ranks = rankDtiTotals(totals);
  const width = layout.components.length;
  const nIndicators = layout.indicators.length;
  const scores = matrix.unitIds.map((unitId, u): DtiUnitScore => {
    const indicators: Record<string, number> = {};
    const pillars: Record<string, number> = {};
    for (const { pillar } of layout.pillars) pillars[pillar.id] = 0;
    layout.indicators.forEach(({ indicator, pillarId }, i) => {
      const value = must(
        totals.indicatorPoints[u * nIndicators + i],
        'totals.indicatorPoints[u * nIndicators + i]',
      );
      if (detail) indicators[indicator.id] = value;
      pillars[pillarId] = must(pillars[pillarId], 'pillars[pillarId]') + value;
    });
    const missing: string[] = [];
    const imputed: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = matrix.cells[u * width + c];
      if (cell === CELL_MISSING) missing.push(must(layout.components[c], 'layout.components[c]').id);
      else if (cell === CELL_IMPUTED) imputed.push(must(layout.components[c], 'layout.components[c]').id);
    }
    return {
      unitId,
      points: must(totals.points[u], 'totals.points[u]'),
      max: totals.max,
      index: must(totals.index[u], 'totals.index[u]'),
      rank: must(ranks[u], 'ranks[u]'),
      pillars,
      indicators,
      missing,
      imputed,
    };
  });
  return scores.sort((a, b) => a.rank - b.rank || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

/** What `computeDtiResults` returns for each unit. */
export interface DtiUnitResult {
  unitId: string;
  points: number;
  /** points ÷ the framework's maximum (0–1; shown with three decimals) */
  index: number;
  /** Competition rank on the index rounded to three decimals (1, 2, 2, 4) */
  rank: number;
  /** Points per pillar id */
  pillars: Record<string, number>;
  /** Components without a value; with imputation "none" they score 0 */
  missing: string[];
}

/**
 * The DTI computation from the accepted inputs, with imputation "none": each input scored by its component's method,
 * summed per pillar and unit, the index, the competition ranking. Inputs are `{ unitId, componentId, value }` with the
 * value in the shape of the component's method (see scoring.ts): yes_no → boolean or 0/1; yes_partial_no → 'yes' |
 * 'partial' | 'no'; ratio → { numerator, denominator }; target and bands → a number. `options.unitIds` adds units
 * that have no input at all (every component missing). Best first.
 */
export function computeDtiResults(
  framework: DtiFramework,
  inputs: readonly DtiInput[],
  options: { unitIds?: readonly string[] } = {},
): DtiUnitResult[] {
  return dtiUnitScores(scoreDtiInputs(framework, inputs, options.unitIds), undefined, false).map(
    ({ unitId, points, index, rank, pillars, missing }) => ({
      unitId,
      points,
      index,
      rank,
      pillars,
      missing,
    }),
  );
}
