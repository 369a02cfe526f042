// The outcome of a scoring council: each counted member's total, the average per application, pass or fail, and the
// competition ranking of those that pass. Pure: the same sheets in any order give the same outcome.
import { DomainError } from '../errors';
import { DEFAULT_SCORING_SHEET, type ScoringSheet } from './scoring-sheets.data';

/** The part of a scoring sheet the outcome needs. */
export interface OutcomeRule {
  criteria: readonly { id: string; max: number }[];
  passAverage: number;
  /** at most this share of the counted members may score a criterion 0 (1/3 in the old national model) */
  maxZeroShare: number;
}

/** One member's sheet for one application. A conflicted member's sheet does not count and is not read. */
export interface ScoreSheetInput {
  memberId: string;
  applicationId: string;
  scores: Readonly<Record<string, number>>;
  conflicted?: boolean;
}

export interface ApplicationOutcome {
  applicationId: string;
  /** the mean of the counted members' totals */
  average: number;
  passed: boolean;
  /** competition rank among the applications that passed (1, 2, 2, 4); null when not passed */
  rank: number | null;
}

export interface ApplicationOutcomeDetail extends ApplicationOutcome {
  /** members whose sheet counts */
  counted: number;
  /** each counted member's total, by member id */
  totals: Record<string, number>;
  /** criteria scored 0 by more than the allowed share of counted members */
  zeroCriteria: string[];
  /** the average reaches the pass average */
  reachesAverage: boolean;
}

/** Averages that differ by less than this are equal (floating-point sums of decimal scores). */
const EPSILON = 1e-9;

export function outcomeRuleOf(
  sheet: Pick<ScoringSheet, 'criteria' | 'passAverage' | 'maxZeroShare'>,
): OutcomeRule {
  return {
    criteria: sheet.criteria.map((c) => ({ id: c.id, max: c.max })),
    passAverage: sheet.passAverage,
    maxZeroShare: sheet.maxZeroShare,
  };
}

/** The default rule: 100 points, pass average 70, no criterion scored 0 by more than 1/3 of the counted members. */
export const DEFAULT_OUTCOME_RULE: OutcomeRule = outcomeRuleOf(DEFAULT_SCORING_SHEET);

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
/** Array.isArray without narrowing a readonly array to any[] (input from outside may not be an array at all). */
const isList = (v: unknown): boolean => Array.isArray(v);

/** Throws BAD_INPUT unless the rule is usable: criteria with distinct ids and positive maxima, sane thresholds. */
export function assertOutcomeRule(rule: OutcomeRule): void {
  const bad = (message: string) => new DomainError('BAD_INPUT', message, { rule });
  if (!isList(rule?.criteria) || rule.criteria.length === 0)
    throw bad('Phiếu đánh giá phải có ít nhất một tiêu chí.');
  const ids = new Set<string>();
  for (const c of rule.criteria) {
    if (typeof c.id !== 'string' || c.id.trim() === '') throw bad('Mỗi tiêu chí phải có mã.');
    if (ids.has(c.id)) throw bad(`Tiêu chí “${c.id}” bị trùng.`);
    ids.add(c.id);
    if (!isNumber(c.max) || c.max <= 0) throw bad(`Điểm tối đa của tiêu chí “${c.id}” phải là số dương.`);
  }
  const total = rule.criteria.reduce((s, c) => s + c.max, 0);
  if (!isNumber(rule.passAverage) || rule.passAverage < 0 || rule.passAverage > total + EPSILON)
    throw bad(`Điểm trung bình đạt phải trong khoảng 0–${total}.`);
  if (!isNumber(rule.maxZeroShare) || rule.maxZeroShare < 0 || rule.maxZeroShare > 1)
    throw bad('Tỷ lệ thành viên được cho điểm 0 phải trong khoảng 0–1.');
}

/** A sheet's total; BAD_INPUT for a missing, unknown, negative or non-numeric score, or one above the maximum. */
export function sheetTotal(
  rule: OutcomeRule,
  sheet: Pick<ScoreSheetInput, 'scores' | 'memberId' | 'applicationId'>,
): number {
  const where = { memberId: sheet.memberId, applicationId: sheet.applicationId };
  const scores = sheet.scores;
  if (typeof scores !== 'object' || scores === null)
    throw new DomainError('BAD_INPUT', 'Phiếu đánh giá chưa có điểm.', where);
  const known = new Set(rule.criteria.map((c) => c.id));
  for (const key of Object.keys(scores)) {
    if (!known.has(key))
      throw new DomainError(
        'BAD_INPUT',
        `Phiếu có điểm của tiêu chí không có trong phiếu đánh giá: “${key}”.`,
        {
          ...where,
          criterionId: key,
        },
      );
  }
  let total = 0;
  for (const c of rule.criteria) {
    const v = scores[c.id];
    if (!isNumber(v))
      throw new DomainError('BAD_INPUT', `Thiếu điểm tiêu chí “${c.id}” hoặc điểm không phải là số.`, {
        ...where,
        criterionId: c.id,
      });
    if (v < 0)
      throw new DomainError('BAD_INPUT', `Điểm tiêu chí “${c.id}” không được âm.`, {
        ...where,
        criterionId: c.id,
      });
    if (v > c.max)
      throw new DomainError('BAD_INPUT', `Điểm tiêu chí “${c.id}” là ${v}, vượt quá điểm tối đa ${c.max}.`, {
        ...where,
        criterionId: c.id,
        score: v,
        max: c.max,
      });
    total += v;
  }
  return total;
}

/** Sums in ascending order, so the same numbers in any order give the same floating-point sum. */
function canonicalSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((s, v) => s + v, 0);
}

/**
 * The outcome with its workings: per application, the counted members' totals, the average, the criteria failing
 * the zero rule, pass or fail and the competition rank. Applications are those with at least one counted sheet,
 * sorted by rank (unranked last), then average (highest first), then id.
 */
export function councilOutcomeDetails(input: {
  rule: OutcomeRule;
  sheets: readonly ScoreSheetInput[];
}): ApplicationOutcomeDetail[] {
  const { rule, sheets } = input;
  assertOutcomeRule(rule);
  if (!isList(sheets)) throw new DomainError('BAD_INPUT', 'Danh sách phiếu đánh giá không hợp lệ.');

  const byApplication = new Map<string, Map<string, Readonly<Record<string, number>>>>();
  const totals = new Map<string, Record<string, number>>();
  for (const sheet of sheets) {
    if (sheet.conflicted === true) continue;
    if (typeof sheet.memberId !== 'string' || sheet.memberId === '')
      throw new DomainError('BAD_INPUT', 'Phiếu đánh giá thiếu thành viên hội đồng.');
    if (typeof sheet.applicationId !== 'string' || sheet.applicationId === '')
      throw new DomainError('BAD_INPUT', 'Phiếu đánh giá thiếu hồ sơ được đánh giá.', {
        memberId: sheet.memberId,
      });
    const total = sheetTotal(rule, sheet);
    let members = byApplication.get(sheet.applicationId);
    if (!members)
      byApplication.set(sheet.applicationId, (members = new Map<string, Readonly<Record<string, number>>>()));
    if (members.has(sheet.memberId)) {
      throw new DomainError('BAD_INPUT', 'Mỗi thành viên chỉ có một phiếu đánh giá cho một hồ sơ.', {
        memberId: sheet.memberId,
        applicationId: sheet.applicationId,
      });
    }
    members.set(sheet.memberId, sheet.scores);
    const t = totals.get(sheet.applicationId) ?? {};
    t[sheet.memberId] = total;
    totals.set(sheet.applicationId, t);
  }

  const rows = [...byApplication.entries()].map(([applicationId, members]) => {
    const memberTotals = totals.get(applicationId) ?? {};
    const counted = members.size;
    const average = canonicalSum(Object.values(memberTotals)) / counted;
    const zeroCriteria = rule.criteria
      .filter((c) => {
        let zeros = 0;
        for (const scores of members.values()) if (scores[c.id] === 0) zeros++;
        return zeros / counted > rule.maxZeroShare + EPSILON;
      })
      .map((c) => c.id);
    const reachesAverage = average >= rule.passAverage - EPSILON;
    return {
      applicationId,
      average,
      passed: reachesAverage && zeroCriteria.length === 0,
      rank: null as number | null,
      counted,
      totals: memberTotals,
      zeroCriteria,
      reachesAverage,
    };
  });
  const passed = rows.filter((r) => r.passed);
  for (const r of passed) r.rank = 1 + passed.filter((o) => o.average > r.average + EPSILON).length;
  return rows.sort(
    (a, b) =>
      (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY) ||
      (Math.abs(a.average - b.average) > EPSILON ? b.average - a.average : 0) ||
      (a.applicationId < b.applicationId ? -1 : a.applicationId > b.applicationId ? 1 : 0),
  );
}

/**
 * The council's outcome per application: `{ applicationId, average, passed, rank }`. The average is that of the
 * counted (not conflicted) members' totals; an application passes when the average reaches `passAverage` and, for
 * every criterion, the share of counted members who scored it 0 is at most `maxZeroShare`; those that pass are
 * ranked by competition ranking (equal averages share a rank, the next rank is skipped); `rank` is null when not
 * passed. A score above a criterion's maximum (or missing, negative, unknown) is refused with BAD_INPUT.
 */
export function councilOutcome(input: {
  rule: OutcomeRule;
  sheets: readonly ScoreSheetInput[];
}): ApplicationOutcome[] {
  return councilOutcomeDetails(input).map(({ applicationId, average, passed, rank }) => ({
    applicationId,
    average,
    passed,
    rank,
  }));
}
