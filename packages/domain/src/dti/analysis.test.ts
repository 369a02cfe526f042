import { describe, expect, it } from 'vitest';
import { getOrganisation } from '../organisation';
import {
  computeDtiCycle,
  dtiDecomposition,
  dtiWeightSensitivity,
  dtiWhatIf,
  dtiYearOverYear,
} from './analysis';
import { testFramework } from './dti.test-kit';
import { dtiCan, dtiTeamUnits } from './dti-rights';
import {
  assertDtiItemAction,
  dtiEvidenceProblem,
  dtiEvidenceSchema,
  dtiItemTransition,
} from './dti-workflow';
import { imputeDtiScores } from './imputation';
import { scoreDtiInputs } from './results';
import type { DtiInput } from './scoring';
import { must } from '../must';
import { thrown } from '../errors.testing';

const row = (
  unitId: string,
  values: Partial<Record<'c1' | 'c2' | 'c3' | 'c4' | 'c5', unknown>>,
): DtiInput[] =>
  Object.entries(values).map(([componentId, value]) => ({
    unitId,
    componentId,
    value: value as DtiInput['value'],
  }));

// Three wards of one group and a commune of another; c4 missing for Lê Chân and An Lão
const inputs: DtiInput[] = [
  ...row('hong-bang', { c1: true, c2: 'yes', c3: { numerator: 30, denominator: 30 }, c4: 200, c5: 95 }),
  ...row('ngo-quyen', { c1: true, c2: 'partial', c3: { numerator: 15, denominator: 30 }, c4: 100, c5: 80 }),
  ...row('le-chan', { c1: false, c2: 'no', c3: { numerator: 0, denominator: 30 }, c5: 10 }),
  ...row('an-lao', { c1: true, c2: 'yes', c3: { numerator: 30, denominator: 30 }, c5: 95 }),
];
const groups: Record<string, string> = {
  'hong-bang': 'phuong',
  'ngo-quyen': 'phuong',
  'le-chan': 'phuong',
  'an-lao': 'xa',
};

describe('imputation: a separate step that says what it filled', () => {
  it('group mean: the mean of the points of the same group’s units that reported', () => {
    const { filled, scores } = computeDtiCycle(testFramework, inputs, {
      imputation: { rule: 'group_mean', groupOf: (u) => groups[u] },
    });
    // c4 in the wards: Hồng Bàng 25, Ngô Quyền 12,5 → mean 18,75; An Lão's group has no c4 at all
    expect(filled).toEqual([
      {
        unitId: 'le-chan',
        componentId: 'c4',
        rule: 'group_mean',
        points: 18.75,
        group: 'phuong',
        basedOn: 2,
      },
    ]);
    const leChan = must(
      scores.find((s) => s.unitId === 'le-chan'),
      'scores.find((s) => s.unitId === "le-chan")',
    );
    expect(leChan).toMatchObject({ points: 18.75, imputed: ['c4'], missing: [] });
    expect(scores.find((s) => s.unitId === 'an-lao')).toMatchObject({
      points: 75,
      missing: ['c4'],
      imputed: [],
    });
  });

  it('last year: the unit’s own value of last year, scored by this year’s method', () => {
    const { matrix, filled } = imputeDtiScores(scoreDtiInputs(testFramework, inputs), {
      rule: 'last_year',
      previousInputs: [
        { unitId: 'le-chan', componentId: 'c4', value: 50 },
        // a value that does not fit this year's method is not used
        { unitId: 'an-lao', componentId: 'c4', value: 'yes' },
        // a value already reported this year is never replaced
        { unitId: 'hong-bang', componentId: 'c4', value: 0 },
      ],
    });
    expect(filled).toEqual([
      { unitId: 'le-chan', componentId: 'c4', rule: 'last_year', points: 6.25, value: 50 },
    ]);
    expect(computeDtiCycle(testFramework, inputs).scores.find((s) => s.unitId === 'hong-bang')?.points).toBe(
      100,
    );
    expect(matrix.points[matrix.unitIds.indexOf('hong-bang') * 5 + 3]).toBe(25);
  });

  it('none: missing components score 0 and are listed', () => {
    const { scores, filled } = computeDtiCycle(testFramework, inputs, { imputation: { rule: 'none' } });
    expect(filled).toEqual([]);
    expect(scores.find((s) => s.unitId === 'le-chan')).toMatchObject({ points: 0, missing: ['c4'] });
  });
});

describe('what-if, sensitivity, decomposition, year over year', () => {
  it('what-if: changed inputs and a weight move the score and the rank, the real inputs untouched', () => {
    const copy = structuredClone(inputs);
    // Ngô Quyền trains every officer (c3: 15 → 30) and reaches 200 online dossiers (c4: 12,5 → 25): 57,5 → 85,
    // past An Lão (75)
    const { rows } = dtiWhatIf(testFramework, inputs, {
      changes: [
        { unitId: 'ngo-quyen', componentId: 'c3', value: { numerator: 30, denominator: 30 } },
        { unitId: 'ngo-quyen', componentId: 'c4', value: 200 },
      ],
    });
    expect(rows.find((r) => r.unitId === 'ngo-quyen')).toEqual({
      unitId: 'ngo-quyen',
      before: { points: 57.5, index: 0.575, rank: 3 },
      after: { points: 85, index: 0.85, rank: 2 },
    });
    expect(rows.find((r) => r.unitId === 'an-lao')?.after.rank).toBe(3);
    expect(inputs).toEqual(copy);
    // B1 (c4, c5) weighs double: the maximum becomes 140 and Ngô Quyền's 22,5 points there count 45
    const weighted = dtiWhatIf(testFramework, inputs, { weights: { B1: 2 } }).rows;
    expect(weighted.find((r) => r.unitId === 'ngo-quyen')?.after).toEqual({
      points: 80,
      index: 80 / 140,
      rank: 3,
    });
  });

  it('sensitivity: which weights move the ranking and each unit’s range of ranks', () => {
    // Kiến An (A1 20, A2 20, B1 40 = 80) is just ahead of An Lão (A1 30, A2 30, B1 15 = 75)
    const withKienAn = [
      ...inputs,
      ...row('kien-an', { c1: true, c2: 'partial', c3: { numerator: 20, denominator: 30 }, c4: 200, c5: 95 }),
    ];
    const s = dtiWeightSensitivity(scoreDtiInputs(testFramework, withKienAn), 0.5);
    expect(s.indicators.map((i) => [i.indicatorId, i.up, i.down])).toEqual([
      // A1 × 1,5: Kiến An and An Lão both 90 of 115 → they share rank 2
      ['A1', { unitsMoved: 1, maxShift: 1 }, { unitsMoved: 0, maxShift: 0 }],
      ['A2', { unitsMoved: 1, maxShift: 1 }, { unitsMoved: 0, maxShift: 0 }],
      // B1 × 0,5: An Lão 67,5 of 80 passes Kiến An 60 of 80
      ['B1', { unitsMoved: 0, maxShift: 0 }, { unitsMoved: 2, maxShift: 1 }],
    ]);
    expect(s.units).toEqual([
      { unitId: 'hong-bang', rank: 1, bestRank: 1, worstRank: 1 },
      { unitId: 'kien-an', rank: 2, bestRank: 2, worstRank: 3 },
      { unitId: 'an-lao', rank: 3, bestRank: 2, worstRank: 3 },
      { unitId: 'ngo-quyen', rank: 4, bestRank: 4, worstRank: 4 },
      { unitId: 'le-chan', rank: 5, bestRank: 5, worstRank: 5 },
    ]);
    expect(() => dtiWeightSensitivity(scoreDtiInputs(testFramework, inputs), 1)).toThrow(
      'Mức thay đổi trọng số',
    );
  });

  it('decomposition: the components that cost a unit most, costliest first', () => {
    const d = dtiDecomposition(scoreDtiInputs(testFramework, inputs), 'ngo-quyen');
    expect(d).toMatchObject({ points: 57.5, max: 100, lost: 42.5 });
    expect(d.components.map((c) => [c.componentId, c.lost, c.status])).toEqual([
      ['c3', 15, 'reported'],
      ['c4', 12.5, 'reported'],
      ['c2', 10, 'reported'],
      ['c5', 5, 'reported'],
    ]);
    expect(must(d.components[0], 'd.components[0]').share).toBeCloseTo(15 / 42.5, 10);
    expect(dtiDecomposition(scoreDtiInputs(testFramework, inputs), 'le-chan').components[0]).toMatchObject({
      componentId: 'c3',
      lost: 30,
    });
    expect(
      dtiDecomposition(scoreDtiInputs(testFramework, inputs), 'le-chan').components.find(
        (c) => c.componentId === 'c4',
      )?.status,
    ).toBe('missing');
  });

  it('year over year: the index change as published and the places gained', () => {
    expect(
      dtiYearOverYear(
        [
          { unitId: 'a', index: 0.8124, rank: 1 },
          { unitId: 'b', index: 0.5, rank: 2 },
          { unitId: 'new', index: 0.2, rank: 3 },
        ],
        [
          { unitId: 'a', index: 0.7004, rank: 2 },
          { unitId: 'b', index: 0.6, rank: 1 },
        ],
      ),
    ).toEqual([
      {
        unitId: 'a',
        index: 0.8124,
        rank: 1,
        previousIndex: 0.7004,
        previousRank: 2,
        indexChange: 0.112,
        rankChange: 1,
      },
      {
        unitId: 'b',
        index: 0.5,
        rank: 2,
        previousIndex: 0.6,
        previousRank: 1,
        indexChange: -0.1,
        rankChange: -1,
      },
      {
        unitId: 'new',
        index: 0.2,
        rank: 3,
        previousIndex: null,
        previousRank: null,
        indexChange: null,
        rankChange: null,
      },
    ]);
  });
});

describe('the cycle’s workflow', () => {
  it.each<
    [Parameters<typeof dtiItemTransition>[0], Parameters<typeof dtiItemTransition>[1], string | undefined]
  >([
    ['empty', 'save', 'draft'],
    ['draft', 'save', 'draft'],
    ['returned', 'save', 'returned'],
    ['submitted', 'save', undefined],
    ['accepted', 'save', undefined],
    ['draft', 'submit', 'submitted'],
    ['returned', 'submit', 'submitted'],
    ['empty', 'submit', undefined],
    ['submitted', 'accept', 'accepted'],
    ['submitted', 'return', 'returned'],
    ['draft', 'accept', undefined],
    ['accepted', 'return', undefined],
  ])('%s —%s→ %s', (from, action, to) => {
    expect(dtiItemTransition(from, action)).toBe(to);
  });

  const base = { cycleStatus: 'open' as const, deadline: '2026-03-31', today: '2026-03-31' };
  it('refuses inputs after close, after the deadline unless returned, and from the wrong status', () => {
    expect(assertDtiItemAction({ ...base, action: 'save', status: 'empty' })).toBe('draft');
    expect(() =>
      assertDtiItemAction({ ...base, cycleStatus: 'closed', action: 'save', status: 'returned' }),
    ).toThrow(expect.objectContaining({ code: 'CYCLE_CLOSED' }));
    const late = thrown(() =>
      assertDtiItemAction({ ...base, today: '2026-04-01', action: 'save', status: 'draft' }),
    );
    expect(late.code).toBe('DEADLINE_PASSED');
    expect(late.message).toContain('hạn 31/03/2026');
    expect(assertDtiItemAction({ ...base, today: '2026-04-01', action: 'submit', status: 'returned' })).toBe(
      'submitted',
    );
    // the reviewer may still decide after the deadline
    expect(assertDtiItemAction({ ...base, today: '2026-04-09', action: 'accept', status: 'submitted' })).toBe(
      'accepted',
    );
    expect(() => assertDtiItemAction({ ...base, action: 'save', status: 'submitted' })).toThrow(
      expect.objectContaining({ code: 'INVALID_TRANSITION' }),
    );
  });

  it('asks evidence of an item that scores, and of each piece a number, a file or a link', () => {
    expect(dtiEvidenceProblem(10, 0)).toMatch(/ít nhất một minh chứng/);
    expect(dtiEvidenceProblem(0, 0)).toBeUndefined();
    expect(
      dtiEvidenceSchema.safeParse({ title: 'Kế hoạch chuyển đổi số năm 2026' }).error?.issues[0]?.message,
    ).toBe('Mỗi minh chứng cần số văn bản, tệp đính kèm hoặc đường dẫn.');
    expect(
      dtiEvidenceSchema.safeParse({
        title: ' Kế hoạch  CĐS ',
        documentNumber: '12/KH-UBND',
        issuedOn: '2026-01-15',
      }).data,
    ).toEqual({ title: 'Kế hoạch CĐS', documentNumber: '12/KH-UBND', issuedOn: '2026-01-15' });
  });
});

describe('the CĐS team’s rights', () => {
  const org = getOrganisation('hai-phong');
  it('are held by the khoản 18 units’ staff and the leaders, not by other units, applicants or external accounts', () => {
    expect(dtiTeamUnits(org)).toEqual(['CNTT', 'TTCNTT']);
    expect(dtiCan({ memberships: [{ unitCode: 'CNTT', role: 'officer' }] }, 'dti.review', org)).toBe(true);
    expect(dtiCan({ memberships: [{ unitCode: 'BGD', role: 'leader' }] }, 'dti.manage', org)).toBe(true);
    expect(dtiCan({ memberships: [{ unitCode: 'CCTDC', role: 'unit_head' }] }, 'dti.read', org)).toBe(false);
    expect(dtiCan({ memberships: [{ unitCode: 'VP', role: 'admin' }] }, 'dti.read', org)).toBe(true);
    expect(dtiCan({ memberships: [{ unitCode: 'VP', role: 'admin' }] }, 'dti.manage', org)).toBe(false);
    expect(dtiCan({ kind: 'external', memberships: [] }, 'dti.read', org)).toBe(false);
    expect(
      dtiCan({ kind: 'applicant', memberships: [{ unitCode: 'CNTT', role: 'officer' }] }, 'dti.read', org),
    ).toBe(false);
    expect(dtiTeamUnits(getOrganisation('lai-chau'))).toEqual(['BCVTCNTT']);
  });
});
