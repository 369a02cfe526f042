import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  councilOutcome,
  councilOutcomeDetails,
  DEFAULT_OUTCOME_RULE,
  DEFAULT_SCORING_SHEET,
  type OutcomeRule,
  type ScoreSheetInput,
} from './index';
import { must } from '../must';

/** A three-criterion rule small enough to compute by hand: 50 + 30 + 20 = 100, pass 70, zeros at most 1/3. */
const RULE: OutcomeRule = {
  criteria: [
    { id: 'a', max: 50 },
    { id: 'b', max: 30 },
    { id: 'c', max: 20 },
  ],
  passAverage: 70,
  maxZeroShare: 1 / 3,
};

/** A sheet whose criteria are a, b, c in that order. */
const sheet = (memberId: string, applicationId: string, [a, b, c]: number[], conflicted?: boolean) => ({
  memberId,
  applicationId,
  scores: { a: must(a, 'a'), b: must(b, 'b'), c: must(c, 'c') },
  ...(conflicted === undefined ? {} : { conflicted }),
});

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return e as DomainError;
  }
  throw new Error('expected a refusal');
};

describe('the default rule (old national model, as remembered, confidence L)', () => {
  it('is 100 points, pass average 70 and zeros by at most 1/3 of the counted members', () => {
    expect(DEFAULT_OUTCOME_RULE.criteria.reduce((s, c) => s + c.max, 0)).toBe(100);
    expect(DEFAULT_OUTCOME_RULE.passAverage).toBe(70);
    expect(DEFAULT_OUTCOME_RULE.maxZeroShare).toBe(1 / 3);
    expect(DEFAULT_SCORING_SHEET.source.confidence).toBe('L');
    expect(DEFAULT_SCORING_SHEET.ties).toBe('competition');
  });
});

describe('councilOutcome: aggregation and thresholds', () => {
  it.each<{ name: string; sheets: ScoreSheetInput[]; expected: { average: number; passed: boolean } }>([
    {
      name: 'the average of the members’ totals (80, 70, 75 → 75)',
      sheets: [
        sheet('m1', 'x', [40, 25, 15]),
        sheet('m2', 'x', [35, 20, 15]),
        sheet('m3', 'x', [40, 20, 15]),
      ],
      expected: { average: 75, passed: true },
    },
    {
      name: 'an average of exactly 70 reaches the pass average',
      sheets: [sheet('m1', 'x', [40, 20, 10]), sheet('m2', 'x', [30, 25, 15])],
      expected: { average: 70, passed: true },
    },
    {
      name: 'an average of 69,5 does not',
      sheets: [sheet('m1', 'x', [40, 20, 10]), sheet('m2', 'x', [30, 24.5, 14.5])],
      expected: { average: 69.5, passed: false },
    },
    {
      name: 'one zero among three counted members (1/3) is allowed',
      sheets: [sheet('m1', 'x', [50, 30, 0]), sheet('m2', 'x', [45, 25, 15]), sheet('m3', 'x', [45, 25, 15])],
      expected: { average: 250 / 3, passed: true },
    },
    {
      name: 'two zeros on one criterion among five counted members (2/5 > 1/3) fail even with a high average',
      sheets: [
        sheet('m1', 'x', [50, 30, 0]),
        sheet('m2', 'x', [50, 30, 0]),
        sheet('m3', 'x', [50, 30, 20]),
        sheet('m4', 'x', [50, 30, 20]),
        sheet('m5', 'x', [50, 30, 20]),
      ],
      expected: { average: 92, passed: false },
    },
    {
      name: 'a conflicted member’s sheet does not count, even for the zero rule',
      sheets: [
        sheet('m1', 'x', [40, 20, 10]),
        sheet('m2', 'x', [40, 20, 10]),
        sheet('m3', 'x', [0, 0, 0], true),
        sheet('m4', 'x', [0, 0, 0], true),
      ],
      expected: { average: 70, passed: true },
    },
  ])('$name', ({ sheets, expected }) => {
    const [row] = councilOutcome({ rule: RULE, sheets });
    expect(row?.average).toBeCloseTo(expected.average, 10);
    expect(row?.passed).toBe(expected.passed);
    expect(row?.rank).toBe(expected.passed ? 1 : null);
  });

  it('says which criterion failed the zero rule and how many sheets counted', () => {
    const [row] = councilOutcomeDetails({
      rule: RULE,
      sheets: [
        sheet('m1', 'x', [50, 30, 0]),
        sheet('m2', 'x', [50, 30, 0]),
        sheet('m3', 'x', [50, 30, 20], true),
      ],
    });
    expect(row).toMatchObject({ counted: 2, zeroCriteria: ['c'], reachesAverage: true, passed: false });
    expect(row?.totals).toEqual({ m1: 80, m2: 80 });
  });

  it('counts zeros per criterion: one zero on each of three criteria among three members breaks no zero rule', () => {
    const [row] = councilOutcomeDetails({
      rule: { ...RULE, passAverage: 60 },
      sheets: [sheet('m1', 'x', [0, 30, 20]), sheet('m2', 'x', [50, 0, 20]), sheet('m3', 'x', [50, 30, 0])],
    });
    expect(row).toMatchObject({ zeroCriteria: [], reachesAverage: true, passed: true, rank: 1 });
  });

  it('lists only applications with a counted sheet', () => {
    expect(councilOutcome({ rule: RULE, sheets: [sheet('m1', 'x', [50, 30, 20], true)] })).toEqual([]);
    expect(councilOutcome({ rule: RULE, sheets: [] })).toEqual([]);
  });
});

describe('councilOutcome: ranking and ties', () => {
  it.each<{ name: string; averages: Record<string, number[]>; ranks: Record<string, number | null> }>([
    {
      name: 'the highest average ranks first',
      averages: { p: [40, 25, 15], q: [45, 25, 15], r: [35, 25, 15] },
      ranks: { q: 1, p: 2, r: 3 },
    },
    {
      name: 'equal averages share a rank and the next rank is skipped (1, 2, 2, 4)',
      averages: { p: [50, 30, 20], q: [45, 25, 15], r: [40, 30, 15], s: [40, 20, 15] },
      ranks: { p: 1, q: 2, r: 2, s: 4 },
    },
    {
      name: 'two first places, then third',
      averages: { p: [45, 25, 15], q: [40, 30, 15], r: [40, 20, 15] },
      ranks: { p: 1, q: 1, r: 3 },
    },
    {
      name: 'applications that fail are not ranked and do not take a rank',
      averages: { p: [45, 25, 15], q: [30, 20, 10], r: [40, 20, 15] },
      ranks: { p: 1, q: null, r: 2 },
    },
  ])('$name', ({ averages, ranks }) => {
    const sheets = Object.entries(averages).flatMap(([app, scores]) => [
      sheet('m1', app, scores),
      sheet('m2', app, scores),
    ]);
    const outcome = councilOutcome({ rule: RULE, sheets });
    expect(Object.fromEntries(outcome.map((o) => [o.applicationId, o.rank]))).toEqual(ranks);
  });

  it('lists ranked applications first, by rank, then the others by average', () => {
    const outcome = councilOutcome({
      rule: RULE,
      sheets: [
        sheet('m1', 'low', [30, 20, 10]),
        sheet('m1', 'second', [40, 20, 15]),
        sheet('m1', 'lower', [20, 10, 10]),
        sheet('m1', 'first', [45, 25, 15]),
      ],
    });
    expect(outcome.map((o) => o.applicationId)).toEqual(['first', 'second', 'low', 'lower']);
  });
});

describe('councilOutcome: refusals (BAD_INPUT)', () => {
  it.each<{ name: string; sheets: ScoreSheetInput[]; message: RegExp }>([
    {
      name: 'a score above the criterion’s maximum',
      sheets: [sheet('m1', 'x', [51, 30, 20])],
      message: /vượt quá điểm tối đa 50/,
    },
    { name: 'a negative score', sheets: [sheet('m1', 'x', [-1, 30, 20])], message: /không được âm/ },
    {
      name: 'a missing criterion',
      sheets: [{ memberId: 'm1', applicationId: 'x', scores: { a: 10, b: 10 } }],
      message: /Thiếu điểm tiêu chí “c”/,
    },
    {
      name: 'a criterion the sheet does not have',
      sheets: [{ memberId: 'm1', applicationId: 'x', scores: { a: 10, b: 10, c: 10, d: 5 } }],
      message: /không có trong phiếu/,
    },
    {
      name: 'a score that is not a number',
      sheets: [sheet('m1', 'x', [Number.NaN, 1, 1])],
      message: /không phải là số/,
    },
    {
      name: 'two counted sheets of one member for one application',
      sheets: [sheet('m1', 'x', [40, 20, 10]), sheet('m1', 'x', [40, 20, 10])],
      message: /chỉ có một phiếu/,
    },
  ])('$name', ({ sheets, message }) => {
    const e = refusal(() => councilOutcome({ rule: RULE, sheets }));
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe('BAD_INPUT');
    expect(e.message).toMatch(message);
  });

  it('refuses an unusable rule', () => {
    expect(refusal(() => councilOutcome({ rule: { ...RULE, criteria: [] }, sheets: [] })).code).toBe(
      'BAD_INPUT',
    );
    expect(refusal(() => councilOutcome({ rule: { ...RULE, passAverage: 101 }, sheets: [] })).code).toBe(
      'BAD_INPUT',
    );
    expect(refusal(() => councilOutcome({ rule: { ...RULE, maxZeroShare: 2 }, sheets: [] })).code).toBe(
      'BAD_INPUT',
    );
    const twice = {
      ...RULE,
      criteria: [
        { id: 'a', max: 50 },
        { id: 'a', max: 50 },
      ],
    };
    expect(refusal(() => councilOutcome({ rule: twice, sheets: [] })).code).toBe('BAD_INPUT');
  });
});

// ——— Properties ———

/** Scores on the default 100-point rule, as whole and half points within each maximum. */
const scoresArb = fc.record(
  Object.fromEntries(
    DEFAULT_OUTCOME_RULE.criteria.map((c) => [
      c.id,
      fc.integer({ min: 0, max: c.max * 2 }).map((n) => n / 2),
    ]),
  ),
);

/** A council: up to 7 members each scoring up to 5 applications (every member scores every application). */
const councilArb = fc
  .record({
    members: fc.integer({ min: 1, max: 7 }),
    applications: fc.integer({ min: 1, max: 5 }),
  })
  .chain(({ members, applications }) =>
    fc.array(scoresArb, { minLength: members * applications, maxLength: members * applications }).map((all) =>
      all.map((scores, i): ScoreSheetInput => ({
        memberId: `m${i % members}`,
        applicationId: `app-${Math.floor(i / members)}`,
        scores,
      })),
    ),
  );

/** A conflicted member's sheets: any scores at all, even ones a counted sheet could not have. */
const conflictedArb = fc.array(
  fc.record({
    applicationId: fc.integer({ min: 0, max: 5 }).map((n) => `app-${n}`),
    scores: fc.dictionary(fc.constantFrom('overview', 'products', 'budget', 'x'), fc.double()),
  }),
  { maxLength: 6 },
);

describe('councilOutcome: properties', () => {
  it('a conflicted member never changes the outcome', () => {
    fc.assert(
      fc.property(councilArb, conflictedArb, (sheets, conflicted) => {
        const extra = conflicted.map((c) => ({ ...c, memberId: 'conflicted', conflicted: true }));
        const withConflicted = councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: [...sheets, ...extra] });
        expect(withConflicted).toEqual(councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets }));
      }),
    );
  });

  it('marking a member as conflicted is the same as leaving their sheets out', () => {
    fc.assert(
      fc.property(councilArb, fc.nat(), (sheets, pick) => {
        const member = must(sheets[pick % sheets.length], 'sheets[pick % sheets.length]').memberId;
        const marked = sheets.map((s) => (s.memberId === member ? { ...s, conflicted: true } : s));
        const left = sheets.filter((s) => s.memberId !== member);
        expect(councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: marked })).toEqual(
          councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: left }),
        );
      }),
    );
  });

  it('permuting the sheets, or renaming the members, never changes the outcome', () => {
    fc.assert(
      fc.property(councilArb, fc.infiniteStream(fc.nat()), fc.nat(), (sheets, randoms, shift) => {
        const shuffled = [...sheets];
        for (let i = shuffled.length - 1; i > 0; i--) {
          const j = randoms.next().value % (i + 1);
          [shuffled[i], shuffled[j]] = [must(shuffled[j], 'shuffled[j]'), must(shuffled[i], 'shuffled[i]')];
        }
        const ids = [...new Set(sheets.map((s) => s.memberId))];
        const renamed = shuffled.map((s) => ({
          ...s,
          memberId: `member-${(ids.indexOf(s.memberId) + shift) % ids.length}`,
        }));
        const expected = councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets });
        expect(councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: shuffled })).toEqual(expected);
        expect(councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: renamed })).toEqual(expected);
      }),
    );
  });

  it('renaming the applications renames them in the outcome and changes nothing else', () => {
    fc.assert(
      fc.property(councilArb, (sheets) => {
        const rename = (id: string) => `hồ sơ ${must(id.split('-')[1], "id.split('-')[1]").padStart(2, '0')}`;
        const renamed = sheets.map((s) => ({ ...s, applicationId: rename(s.applicationId) }));
        const byId = (rows: { applicationId: string }[]) =>
          [...rows].sort((a, b) => (a.applicationId < b.applicationId ? -1 : 1));
        const expected = byId(
          councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets }).map((o) => ({
            ...o,
            applicationId: rename(o.applicationId),
          })),
        );
        expect(byId(councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets: renamed }))).toEqual(expected);
      }),
    );
  });

  it('passes exactly the applications reaching 70 with no criterion zeroed by more than 1/3, ranked by competition', () => {
    fc.assert(
      fc.property(councilArb, (sheets) => {
        const outcome = councilOutcome({ rule: DEFAULT_OUTCOME_RULE, sheets });
        for (const o of outcome) {
          const own = sheets.filter((s) => s.applicationId === o.applicationId);
          const totals = own.map((s) => Object.values(s.scores).reduce((a, b) => a + b, 0));
          const average = totals.reduce((a, b) => a + b, 0) / totals.length;
          const zeroOk = DEFAULT_OUTCOME_RULE.criteria.every(
            (c) => own.filter((s) => s.scores[c.id] === 0).length * 3 <= own.length,
          );
          expect(o.average).toBeCloseTo(average, 9);
          expect(o.passed).toBe(average >= 70 - 1e-9 && zeroOk);
          const better = outcome.filter((x) => x.passed && x.average > o.average + 1e-9).length;
          expect(o.rank).toBe(o.passed ? better + 1 : null);
        }
      }),
    );
  });
});
