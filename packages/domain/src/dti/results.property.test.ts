import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dtiFrameworkSchema, type DtiComponent, type DtiFramework, type DtiMethod } from './framework.schema';
import { computeDtiResults, dtiLayout } from './results';
import { scoreDtiComponent, type DtiInput, type DtiValue } from './scoring';
import { must } from '../must';

const maxArb = fc.oneof(
  fc.constant(0),
  fc.integer({ min: 1, max: 300 }),
  fc.double({ min: 0.5, max: 300, noNaN: true }),
);

const methodArb = (max: number): fc.Arbitrary<DtiMethod> =>
  fc.oneof(
    fc.constant<DtiMethod>({ kind: 'yes_no' }),
    fc.constant<DtiMethod>({ kind: 'yes_partial_no' }),
    fc.constant<DtiMethod>({ kind: 'ratio' }),
    fc
      .double({ min: 0.01, max: 10_000, noNaN: true })
      .map<DtiMethod>((target) => ({ kind: 'target', target })),
    fc.uniqueArray(fc.integer({ min: -50, max: 1000 }), { minLength: 1, maxLength: 6 }).chain((froms) =>
      fc
        .array(fc.double({ min: 0, max: Math.max(max, 0), noNaN: true }), {
          minLength: froms.length,
          maxLength: froms.length,
        })
        .map<DtiMethod>((points) => {
          const sortedFrom = [...froms].sort((a, b) => a - b);
          const sortedPoints = [...points].sort((a, b) => a - b);
          return {
            kind: 'bands',
            bands: sortedFrom.map((from, i) => ({ from, points: must(sortedPoints[i], 'sortedPoints[i]') })),
          };
        }),
    ),
  );

const componentArb = (id: string): fc.Arbitrary<DtiComponent> =>
  maxArb.chain((max) => methodArb(max).map((method) => ({ id, name: `Chỉ số ${id}`, max, method })));

/** A valid framework of 1–3 pillars, 1–3 indicators each, 0–4 components each. */
const frameworkArb: fc.Arbitrary<DtiFramework> = fc
  .array(fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 3,
  })
  .chain((shape) => {
    let n = 0;
    const pillars = shape.map((indicators, p) =>
      fc.tuple(
        ...indicators.map((count, i) =>
          fc
            .tuple(...Array.from({ length: count }, () => componentArb(`c${++n}`)))
            .map((components) => ({ id: `I${p}.${i}`, name: `Chỉ số ${p}.${i}`, components })),
        ),
      ),
    );
    return fc.tuple(...pillars).map((ps) => ({
      id: 'tuy-y',
      year: 2026,
      level: 'commune' as const,
      pillars: ps.map((indicators, p) => ({ id: `P${p}`, name: `Trụ cột ${p}`, indicators })),
    }));
  });

/** A value of the component's method; `grow` gives a value at least as large. */
function valueArb(method: DtiMethod): fc.Arbitrary<{ low: DtiValue; high: DtiValue }> {
  const pair = <T>(arb: fc.Arbitrary<T>, lte: (a: T, b: T) => boolean) =>
    fc.tuple(arb, arb).map(([a, b]) => (lte(a, b) ? { low: a, high: b } : { low: b, high: a }));
  switch (method.kind) {
    case 'yes_no':
      return pair(fc.boolean(), (a, b) => !a || b);
    case 'yes_partial_no': {
      const order = ['no', 'partial', 'yes'] as const;
      return pair(fc.constantFrom(...order), (a, b) => order.indexOf(a) <= order.indexOf(b));
    }
    case 'ratio':
      return fc
        .tuple(
          fc.integer({ min: 0, max: 500 }),
          fc.integer({ min: 0, max: 500 }),
          fc.integer({ min: 0, max: 500 }),
        )
        .map(([a, b, denominator]) => ({
          low: { numerator: Math.min(a, b), denominator },
          high: { numerator: Math.max(a, b), denominator },
        }));
    case 'target':
      return pair(fc.double({ min: 0, max: 20_000, noNaN: true }), (a, b) => a <= b);
    case 'bands':
      return pair(fc.double({ min: -100, max: 1200, noNaN: true }), (a, b) => a <= b);
  }
}

/** A framework, and for some units a value (low and high) of some of its components. */
const caseArb = frameworkArb.chain((framework) => {
  const components = dtiLayout(framework).components;
  const unitArb = fc.tuple(
    ...components.map((c) => fc.option(valueArb(c.method), { nil: undefined, freq: 3 })),
  );
  return fc.array(unitArb, { minLength: 1, maxLength: 6 }).map((units) => ({ framework, components, units }));
});

function inputsOf(
  components: readonly DtiComponent[],
  units: readonly (readonly ({ low: DtiValue; high: DtiValue } | undefined)[])[],
  pick: 'low' | 'high' = 'low',
): DtiInput[] {
  return units.flatMap((values, u) =>
    values.flatMap((v, c) =>
      v ? [{ unitId: `u${u}`, componentId: must(components[c], 'components[c]').id, value: v[pick] }] : [],
    ),
  );
}

describe('DTI scores: properties over random frameworks and inputs', () => {
  it('generates frameworks the exchange-format schema accepts', () => {
    fc.assert(
      fc.property(frameworkArb, (framework) => {
        expect(dtiFrameworkSchema.safeParse(framework).success).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('keeps every component score within [0, max], unit points within [0, total] and the index within [0, 1]', () => {
    fc.assert(
      fc.property(caseArb, ({ framework, components, units }) => {
        units.forEach((values) =>
          values.forEach((v, c) => {
            if (!v) return;
            const s = scoreDtiComponent(must(components[c], 'components[c]'), v.low);
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(must(components[c], 'components[c]').max);
          }),
        );
        const max = dtiLayout(framework).max;
        for (const r of computeDtiResults(framework, inputsOf(components, units))) {
          expect(r.points).toBeGreaterThanOrEqual(0);
          expect(r.points).toBeLessThanOrEqual(max + 1e-9);
          expect(r.index).toBeGreaterThanOrEqual(0);
          expect(r.index).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers a score when an input is raised', () => {
    fc.assert(
      fc.property(caseArb, ({ framework, components, units }) => {
        units.forEach((values) =>
          values.forEach((v, c) => {
            if (!v) return;
            expect(scoreDtiComponent(must(components[c], 'components[c]'), v.high)).toBeGreaterThanOrEqual(
              scoreDtiComponent(must(components[c], 'components[c]'), v.low),
            );
          }),
        );
        const low = computeDtiResults(framework, inputsOf(components, units, 'low'));
        const high = new Map(
          computeDtiResults(framework, inputsOf(components, units, 'high')).map((r) => [r.unitId, r]),
        );
        for (const r of low) {
          const h = must(high.get(r.unitId), 'high.get(r.unitId)');
          expect(h.points).toBeGreaterThanOrEqual(r.points - 1e-9);
          for (const [pillar, points] of Object.entries(r.pillars))
            expect(must(h.pillars[pillar], 'h.pillars[pillar]')).toBeGreaterThanOrEqual(points - 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same results whatever the order of the units and of the inputs', () => {
    fc.assert(
      fc.property(
        caseArb.chain((c) => {
          const inputs = inputsOf(c.components, c.units);
          const unitIds = c.units.map((_, u) => `u${u}`);
          return fc.record({
            framework: fc.constant(c.framework),
            inputs: fc.constant(inputs),
            unitIds: fc.constant(unitIds),
            shuffledInputs: fc.shuffledSubarray(inputs, {
              minLength: inputs.length,
              maxLength: inputs.length,
            }),
            shuffledUnits: fc.shuffledSubarray(unitIds, {
              minLength: unitIds.length,
              maxLength: unitIds.length,
            }),
          });
        }),
        ({ framework, inputs, unitIds, shuffledInputs, shuffledUnits }) => {
          const reference = computeDtiResults(framework, inputs, { unitIds });
          const shuffled = computeDtiResults(framework, shuffledInputs, { unitIds: shuffledUnits });
          expect(shuffled).toEqual(reference);
        },
      ),
      { numRuns: 300 },
    );
  });
});
