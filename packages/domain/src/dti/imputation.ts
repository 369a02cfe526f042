// Missing data: each cycle chooses one rule and discloses it. The rule runs as its own step between scoring and
// summing, and says which cells it filled and from what.
//   none        a missing component scores 0 and is listed as missing
//   last_year   the unit's value for the same component in the previous cycle, scored by this year's method
//               (when last year's value fits this year's method); otherwise it stays missing
//   group_mean  the mean of the component's points among the units of the same group that reported it (a mean of
//               points, since a mean of Có/Không answers is no answer); otherwise it stays missing
import { CELL_IMPUTED, CELL_MISSING, CELL_REPORTED, type DtiScoreMatrix } from './results';
import { checkDtiValue, pointsOf, type DtiInput, type DtiValue } from './scoring';
import { must } from '../must';

export const DTI_IMPUTATION_RULES = ['none', 'last_year', 'group_mean'] as const;
export type DtiImputationRule = (typeof DTI_IMPUTATION_RULES)[number];

export const dtiImputationLabels: Readonly<Record<DtiImputationRule, string>> = {
  none: 'Không bù: thiếu số liệu được 0 điểm',
  last_year: 'Lấy giá trị năm trước của chính đơn vị',
  group_mean: 'Lấy điểm trung bình của các đơn vị cùng nhóm',
};

/** The disclosure printed with the results. */
export const dtiImputationDisclosures: Readonly<Record<DtiImputationRule, string>> = {
  none: 'Chỉ số thành phần không có số liệu được thẩm định được tính 0 điểm và ghi là “thiếu số liệu”.',
  last_year:
    'Chỉ số thành phần không có số liệu được thẩm định được lấy giá trị đã thẩm định của chính đơn vị ở kỳ đánh giá năm trước (tính điểm theo cách tính năm nay); không có giá trị năm trước thì tính 0 điểm và ghi là “thiếu số liệu”.',
  group_mean:
    'Chỉ số thành phần không có số liệu được thẩm định được lấy điểm trung bình của các đơn vị cùng nhóm có số liệu; nhóm không có đơn vị nào có số liệu thì tính 0 điểm và ghi là “thiếu số liệu”.',
};

/** One filled cell, with where its points came from. */
export interface DtiImputedCell {
  unitId: string;
  componentId: string;
  rule: Exclude<DtiImputationRule, 'none'>;
  points: number;
  /** last_year: last year's value */
  value?: DtiValue;
  /** group_mean: the group and how many units' points were averaged */
  group?: string;
  basedOn?: number;
}

export interface DtiImputationOptions {
  rule: DtiImputationRule;
  /** last_year: the previous cycle's final values */
  previousInputs?: readonly DtiInput[];
  /** group_mean: each unit's group (units without a group are their own group) */
  groupOf?: (unitId: string) => string | undefined;
}

/** Fills the missing cells of `matrix` by the rule; returns a new matrix and the cells filled. */
export function imputeDtiScores(
  matrix: DtiScoreMatrix,
  options: DtiImputationOptions,
): { matrix: DtiScoreMatrix; filled: DtiImputedCell[] } {
  const points = Float64Array.from(matrix.points);
  const cells = Uint8Array.from(matrix.cells);
  const filled: DtiImputedCell[] = [];
  const { layout, unitIds } = matrix;
  const width = layout.components.length;

  if (options.rule === 'last_year') {
    const previous = new Map<string, DtiValue>();
    for (const p of options.previousInputs ?? []) previous.set(`${p.unitId}\u0000${p.componentId}`, p.value);
    unitIds.forEach((unitId, u) => {
      for (let c = 0; c < width; c++) {
        if (cells[u * width + c] !== CELL_MISSING) continue;
        const component = must(layout.components[c], 'layout.components[c]');
        const value = previous.get(`${unitId}\u0000${component.id}`);
        if (value === undefined) continue;
        const check = checkDtiValue(component.method, value);
        if (!check.ok) continue;
        const p = pointsOf(component.method, component.max, check.value);
        points[u * width + c] = p;
        cells[u * width + c] = CELL_IMPUTED;
        filled.push({ unitId, componentId: component.id, rule: 'last_year', points: p, value: check.value });
      }
    });
  } else if (options.rule === 'group_mean') {
    const groupOf = (unitId: string) => options.groupOf?.(unitId) ?? `\u0000${unitId}`;
    const groups = new Map<string, number[]>();
    unitIds.forEach((unitId, u) => {
      const g = groupOf(unitId);
      groups.set(g, [...(groups.get(g) ?? []), u]);
    });
    for (const [group, members] of groups) {
      for (let c = 0; c < width; c++) {
        let sum = 0;
        let n = 0;
        for (const u of members) {
          if (matrix.cells[u * width + c] === CELL_REPORTED) {
            sum += must(matrix.points[u * width + c], 'matrix.points[u * width + c]');
            n++;
          }
        }
        if (n === 0) continue;
        const mean = sum / n;
        for (const u of members) {
          if (cells[u * width + c] !== CELL_MISSING) continue;
          points[u * width + c] = mean;
          cells[u * width + c] = CELL_IMPUTED;
          filled.push({
            unitId: must(unitIds[u], 'unitIds[u]'),
            componentId: must(layout.components[c], 'layout.components[c]').id,
            rule: 'group_mean',
            points: mean,
            group,
            basedOn: n,
          });
        }
      }
    }
  }
  filled.sort((a, b) =>
    a.unitId === b.unitId
      ? must(layout.componentIndex.get(a.componentId), 'layout.componentIndex.get(a.componentId)') -
        must(layout.componentIndex.get(b.componentId), 'layout.componentIndex.get(b.componentId)')
      : a.unitId < b.unitId
        ? -1
        : 1,
  );
  return { matrix: { ...matrix, points, cells }, filled };
}
