import { describe, expect, it } from 'vitest';
import {
  checkQuorum,
  compositionModelFor,
  compositionProblems,
  COUNCIL_COMPOSITION_MODELS,
  DEFAULT_COMPOSITION_MODEL,
  findCompositionModel,
  type CouncilRole,
} from './index';
import { must } from '../must';

const council = (...roles: CouncilRole[]) => roles.map((role, i) => ({ id: `m${i + 1}`, role }));
const NINE = council(
  'chair',
  'vice_chair',
  'reviewer',
  'reviewer',
  'secretary',
  'member',
  'member',
  'member',
  'member',
);
const FIVE = council('chair', 'reviewer', 'reviewer', 'secretary', 'member');

describe('council composition (data, old national model as the marked default)', () => {
  it('defaults to the 9-member national models, marked with their confidence', () => {
    const selection = must(
      findCompositionModel(DEFAULT_COMPOSITION_MODEL.selection),
      'findCompositionModel(DEFAULT_COMPOSITION_MODEL.selection)',
    );
    expect(selection.size).toEqual({ min: 9, max: 9 });
    expect(selection.source.confidence).toBe('L');
    expect(
      must(
        findCompositionModel(DEFAULT_COMPOSITION_MODEL.acceptance),
        'findCompositionModel(DEFAULT_COMPOSITION_MODEL.acceptance)',
      ).source.confidence,
    ).toBe('M');
    for (const m of COUNCIL_COMPOSITION_MODELS) expect(m.source.document).toBeTruthy();
  });

  it.each<[string, { role: CouncilRole }[], RegExp | null]>([
    ['national-2014-selection', NINE, null],
    ['national-2014-selection', FIVE, /phải có 9 thành viên \(hiện có 5\)/],
    ['department-5-7', FIVE, null],
    [
      'department-5-7',
      council('chair', 'reviewer', 'secretary', 'member', 'member'),
      /ít nhất 2 ủy viên phản biện/,
    ],
    [
      'department-5-7',
      council('chair', 'chair', 'reviewer', 'reviewer', 'secretary'),
      /nhiều nhất 1 chủ tịch/,
    ],
  ])('%s with %j members', (id, members, problem) => {
    const problems = compositionProblems(must(findCompositionModel(id), 'findCompositionModel(id)'), members);
    if (problem === null) expect(problems).toEqual([]);
    else expect(problems.join(' ')).toMatch(problem);
  });

  it('refuses a model of another kind', () => {
    expect(() => compositionModelFor('national-2014-acceptance', 'selection')).toThrow(/không dùng cho/);
    expect(() => compositionModelFor('khong-co', 'selection')).toThrow(/Không có mô hình/);
  });
});

describe('quorum: 2/3 of the members, with the chair or vice-chair and the reviewers', () => {
  const rule = must(findCompositionModel('department-5-7'), "findCompositionModel('department-5-7')").quorum;
  it.each<[string, string[], boolean]>([
    ['all five', ['m1', 'm2', 'm3', 'm4', 'm5'], true],
    ['four of five with chair and reviewers', ['m1', 'm2', 'm3', 'm4'], true],
    ['three of five (3 × 3 < 5 × 2)', ['m1', 'm2', 'm3'], false],
    ['four without the chair', ['m2', 'm3', 'm4', 'm5'], false],
    ['four without a reviewer', ['m1', 'm3', 'm4', 'm5'], false],
  ])('%s', (_name, present, met) => {
    const check = checkQuorum(rule, FIVE, present);
    expect(check.met).toBe(met);
    expect(check.needed).toBe(4);
    if (!met) expect(check.problems.length).toBeGreaterThan(0);
  });

  it('accepts the vice-chair in place of the chair', () => {
    const nine = checkQuorum(
      must(findCompositionModel('national-2014-selection'), "findCompositionModel('national-2014-selection')")
        .quorum,
      NINE,
      ['m2', 'm3', 'm4', 'm5', 'm6', 'm7'],
    );
    expect(nine).toMatchObject({ met: true, needed: 6, present: 6 });
  });
});
