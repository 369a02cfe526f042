import { describe, expect, it } from 'vitest';
import { componentOf, testFramework } from './dti.test-kit';
import { competitionRanks, computeDtiResults, roundIndex } from './results';
import type { DtiInput } from './scoring';

/** Phường Lê Chân's inputs, computed by hand below. */
const leChan: DtiInput[] = [
  { unitId: 'le-chan', componentId: 'c1', value: true },
  { unitId: 'le-chan', componentId: 'c2', value: 'partial' },
  { unitId: 'le-chan', componentId: 'c3', value: { numerator: 45, denominator: 60 } },
  { unitId: 'le-chan', componentId: 'c4', value: 150 },
  // c5 (bands) not reported
];

describe('computeDtiResults: a full example computed by hand', () => {
  // c1 yes_no (max 10), true          → 10
  // c2 yes_partial_no (max 20), partial → 10
  // c3 ratio (max 30), 45/60           → 0,75 × 30 = 22,5
  // c4 target 200 (max 25), 150        → 150/200 × 25 = 18,75
  // c5 bands (max 15), missing         → 0, listed as missing
  // pillar A (A1 + A2) = 10 + 10 + 22,5 = 42,5; pillar B (B1) = 18,75; total 61,25 of 100 → index 0,6125
  it('scores, sums per pillar, indexes and lists the missing component', () => {
    const [result] = computeDtiResults(testFramework, leChan);
    expect(result).toEqual({
      unitId: 'le-chan',
      points: 61.25,
      index: 0.6125,
      rank: 1,
      pillars: { A: 42.5, B: 18.75 },
      missing: ['c5'],
    });
  });

  it('ranks by competition: equal values share a rank and the next rank is skipped', () => {
    const all: DtiInput[] = [
      ...leChan,
      // the same answers as Lê Chân: same index, same rank
      ...leChan.map((i) => ({ ...i, unitId: 'ngo-quyen' })),
      // everything at its maximum (a ratio above 100 % is capped): 100 points
      { unitId: 'hong-bang', componentId: 'c1', value: 1 },
      { unitId: 'hong-bang', componentId: 'c2', value: 'yes' },
      { unitId: 'hong-bang', componentId: 'c3', value: { numerator: 70, denominator: 60 } },
      { unitId: 'hong-bang', componentId: 'c4', value: 500 },
      { unitId: 'hong-bang', componentId: 'c5', value: 99 },
      // a zero denominator scores 0; 80 % reaches the 10-point band: 10 points
      { unitId: 'an-lao', componentId: 'c1', value: 0 },
      { unitId: 'an-lao', componentId: 'c2', value: 'no' },
      { unitId: 'an-lao', componentId: 'c3', value: { numerator: 5, denominator: 0 } },
      { unitId: 'an-lao', componentId: 'c4', value: 0 },
      { unitId: 'an-lao', componentId: 'c5', value: 80 },
    ];
    const results = computeDtiResults(testFramework, all);
    expect(results.map((r) => [r.unitId, r.points, r.rank])).toEqual([
      ['hong-bang', 100, 1],
      ['le-chan', 61.25, 2],
      ['ngo-quyen', 61.25, 2],
      ['an-lao', 10, 4],
    ]);
    expect(results.find((r) => r.unitId === 'an-lao')?.missing).toEqual([]);
  });

  it('lists a unit with no inputs at all, every component missing, at 0', () => {
    const results = computeDtiResults(testFramework, leChan, { unitIds: ['kien-an'] });
    expect(results.at(-1)).toEqual({
      unitId: 'kien-an',
      points: 0,
      index: 0,
      rank: 2,
      pillars: { A: 0, B: 0 },
      missing: ['c1', 'c2', 'c3', 'c4', 'c5'],
    });
  });

  it('refuses, in Vietnamese, an unknown component, a wrong value and two values for one component', () => {
    expect(() => computeDtiResults(testFramework, [{ unitId: 'u', componentId: 'c9', value: true }])).toThrow(
      'Bộ chỉ số “thu-nghiem-2026” không có chỉ số thành phần “c9”.',
    );
    expect(() => computeDtiResults(testFramework, [{ unitId: 'u', componentId: 'c2', value: true }])).toThrow(
      'Đơn vị “u”, chỉ số thành phần “c2”: Chọn Có, Một phần hoặc Không.',
    );
    expect(() =>
      computeDtiResults(testFramework, [
        { unitId: 'u', componentId: 'c1', value: true },
        { unitId: 'u', componentId: 'c1', value: false },
      ]),
    ).toThrow('Đơn vị “u” có hai giá trị cho chỉ số thành phần “c1”.');
  });
});

describe('competitionRanks', () => {
  it.each<[number[], number[]]>([
    [[], []],
    [[5], [1]],
    [
      [9, 7, 7, 3],
      [1, 2, 2, 4],
    ],
    [
      [3, 7, 9, 7],
      [4, 2, 1, 2],
    ],
    [
      [1, 1, 1],
      [1, 1, 1],
    ],
    [
      [0, 10, 10, 10, 2],
      [5, 1, 1, 1, 4],
    ],
  ])('%j → %j', (values, ranks) => {
    expect(competitionRanks(values)).toEqual(ranks);
  });
});

describe('ranking on the index as published (three decimals)', () => {
  it('gives the same rank to indices that print the same and are equal at three decimals', () => {
    expect(roundIndex(0.82412)).toBe(0.824);
    // 1000-point framework: 824,1 and 824,4 points print as 0,824 and share rank 1
    const big = structuredClone(testFramework);
    componentOf(big, 'c3').max = 930; // c3: total max 1000
    const results = computeDtiResults(big, [
      { unitId: 'a', componentId: 'c3', value: { numerator: 8241, denominator: 9300 } },
      { unitId: 'b', componentId: 'c3', value: { numerator: 8244, denominator: 9300 } },
      { unitId: 'c', componentId: 'c3', value: { numerator: 8260, denominator: 9300 } },
    ]);
    expect(results.map((r) => [r.unitId, roundIndex(r.index), r.rank])).toEqual([
      ['c', 0.826, 1],
      ['a', 0.824, 2],
      ['b', 0.824, 2],
    ]);
  });
});
