// Benchmark of the DTI computation at national size (not a test: run `pnpm --filter @skhcn/api bench:dti`): 34
// provinces and 3,321 communes, 100 components each (335,500 accepted inputs) seeded into a fresh database, then, in
// the same run and interleaved, (a) the database read of the accepted values, (b) computeDtiResults from those values
// to the ranking, (c) both together, (d) dti.results.get through the tRPC caller (read, imputation, last year, views),
// and the baseline: (e) a plain loop over the same numbers, already in typed arrays, summing points per unit and
// sorting the totals. Every figure is reported as a ratio of the plain loop's.
//
//   BENCH_DATABASE_URL  admin URL of a PostgreSQL server (see @skhcn/env)
//   --pglite            an in-memory PGlite instead of PostgreSQL
//   --iterations <k>    measured rounds per case (default 10)
//   --warmup <k>        unmeasured rounds first (default 2)
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { benchEnv } from '@skhcn/env';
import {
  acceptedDtiValues,
  createDatabase,
  findUserByUsername,
  insertDtiCycle,
  insertDtiFramework,
  migrate,
  seedDemo,
  upsertDtiUnits,
  type DatabaseHandle,
} from '@skhcn/db';
import {
  computeDtiResults,
  getOrganisation,
  must,
  type DtiComponent,
  type DtiFramework,
  type DtiInput,
  type DtiMethod,
} from '@skhcn/domain';
import { createContext } from '../src/context';
import { platformExtensions } from '../src/platform';
import { appRouter } from '../src/routers/app.router';
import { createCallerFactory } from '../src/trpc';
import { measureInterleaved, percentiles, timed } from './latency-stats';

const { values: args } = parseArgs({
  options: {
    iterations: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    pglite: { type: 'boolean', default: false },
  },
});
const ITERATIONS = Math.max(3, Number(args.iterations));
const WARMUP = Math.max(0, Number(args.warmup));
const ADMIN_URL = args.pglite ? undefined : benchEnv().BENCH_DATABASE_URL;
const PROVINCES = 34;
const COMMUNES = 3321;
const log = (s: string) => console.log(s);

const METHODS: DtiMethod[] = [
  { kind: 'yes_no' },
  { kind: 'yes_partial_no' },
  { kind: 'ratio' },
  { kind: 'target', target: 200 },
  {
    kind: 'bands',
    bands: [
      { from: 0, points: 0 },
      { from: 50, points: 4 },
      { from: 80, points: 7 },
      { from: 95, points: 10 },
    ],
  },
];

/** 5 pillars × 4 indicators × 5 components = 100 components of 10 points, the five methods in turn. */
function nationalFramework(): DtiFramework {
  let n = 0;
  return {
    id: 'bench-100',
    year: 2026,
    level: 'commune',
    name: 'Bộ chỉ số thử tải 100 chỉ số thành phần',
    pillars: Array.from({ length: 5 }, (_, p) => ({
      id: `P${p + 1}`,
      name: `Trụ cột ${p + 1}`,
      indicators: Array.from({ length: 4 }, (_, i) => ({
        id: `I${p + 1}.${i + 1}`,
        name: `Chỉ số ${p + 1}.${i + 1}`,
        components: Array.from({ length: 5 }, (): DtiComponent => {
          n++;
          return {
            id: `C${n}`,
            name: `Chỉ số thành phần ${n}`,
            max: 10,
            method: must(METHODS[(n - 1) % METHODS.length], 'METHODS[(n - 1) % METHODS.length]'),
          };
        }),
      })),
    })),
  };
}

const unitId = (u: number) =>
  u <= PROVINCES ? `p${String(u).padStart(2, '0')}` : `x${String(u - PROVINCES).padStart(4, '0')}`;

async function openDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void>; where: string }> {
  if (!ADMIN_URL) {
    const handle = await createDatabase({ dataDir: 'memory://' });
    return { handle, drop: () => handle.close(), where: 'PGlite (in memory)' };
  }
  const name = `skhcn_bench_dti_${randomBytes(4).toString('hex')}`;
  const admin = async (text: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const handle = await createDatabase({ url: url.toString() });
  return {
    handle,
    where: `PostgreSQL (${name})`,
    drop: async () => {
      await handle.close();
      await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** The same numbers as typed arrays, for the plain loop: row r is unit unitOf[r], component compOf[r]. */
function typedArraysOf(framework: DtiFramework, inputs: readonly DtiInput[], unitIds: readonly string[]) {
  const components = framework.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components));
  const compIndex = new Map(components.map((c, i) => [c.id, i]));
  const unitIndex = new Map(unitIds.map((u, i) => [u, i]));
  const n = inputs.length;
  const unitOf = new Int32Array(n);
  const compOf = new Int32Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  inputs.forEach((input, r) => {
    unitOf[r] = must(unitIndex.get(input.unitId), 'unitIndex.get(input.unitId)');
    compOf[r] = must(compIndex.get(input.componentId), 'compIndex.get(input.componentId)');
    const v = input.value;
    if (typeof v === 'boolean') a[r] = v ? 1 : 0;
    else if (v === 'yes' || v === 'partial' || v === 'no') a[r] = v === 'yes' ? 1 : v === 'partial' ? 0.5 : 0;
    else if (typeof v === 'object') {
      a[r] = v.numerator;
      b[r] = v.denominator;
    } else a[r] = v;
  });
  const kind = Int32Array.from(components, (c) => METHODS.findIndex((m) => m.kind === c.method.kind));
  const max = Float64Array.from(components, (c) => c.max);
  return { unitOf, compOf, a, b, kind, max, units: unitIds.length };
}

/** The baseline: points of every row by a switch on the method, totals per unit, sort, competition ranks. */
function plainLoop(t: ReturnType<typeof typedArraysOf>): { totals: Float64Array; ranks: Int32Array } {
  const totals = new Float64Array(t.units);
  for (let r = 0; r < t.unitOf.length; r++) {
    const c = must(t.compOf[r], 't.compOf[r]');
    const max = must(t.max[c], 't.max[c]');
    const a = must(t.a[r], 't.a[r]');
    let points: number;
    switch (t.kind[c]) {
      case 0:
      case 1:
        points = a * max;
        break;
      case 2: {
        const d = must(t.b[r], 't.b[r]');
        points = d === 0 ? 0 : Math.min(a / d, 1) * max;
        break;
      }
      case 3:
        points = Math.min(a / 200, 1) * max;
        break;
      default:
        points = a >= 95 ? 10 : a >= 80 ? 7 : a >= 50 ? 4 : 0;
    }
    const u = must(t.unitOf[r], 'the unit of a row');
    totals[u] = must(totals[u], 'a total') + points;
  }
  const order = Array.from({ length: t.units }, (_, i) => i).sort(
    (x, y) => must(totals[y], 'totals[y]') - must(totals[x], 'totals[x]'),
  );
  const ranks = new Int32Array(t.units);
  order.forEach((u, i) => {
    const prev = order[i - 1];
    ranks[u] =
      prev !== undefined &&
      Math.round(must(totals[prev], 'totals[prev]')) === Math.round(must(totals[u], 'totals[u]'))
        ? must(ranks[prev], 'ranks[prev]')
        : i + 1;
  });
  return { totals, ranks };
}

async function main(): Promise<void> {
  log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const { handle, drop, where } = await openDatabase();
  try {
    await migrate(handle);
    const db = handle.db;
    log(`Database: ${where}`);
    await seedDemo(db, getOrganisation());
    const framework = nationalFramework();
    const at = new Date();
    await insertDtiFramework(db, { framework, by: null, at });
    const units = Array.from({ length: PROVINCES + COMMUNES }, (_, i) => i + 1);
    await upsertDtiUnits(
      db,
      units.map((u) => ({
        id: unitId(u),
        name: u <= PROVINCES ? `Tỉnh thử ${u}` : `Xã thử ${u - PROVINCES}`,
        level: u <= PROVINCES ? ('province' as const) : ('commune' as const),
        groupCode: u <= PROVINCES ? 'tinh' : `vung-${u % 6}`,
      })),
    );
    const cycle = await insertDtiCycle(db, {
      year: 2026,
      level: 'commune',
      name: 'Kỳ thử tải cấp quốc gia',
      frameworkId: framework.id,
      deadline: '2026-12-31',
      imputation: 'none',
      openedBy: null,
      openedAt: at,
      units: units.map((u) => ({ unitId: unitId(u), groupCode: null })),
    });
    const components = framework.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components));
    const valuesSql = components.map((c) => `('${c.id}', '${c.method.kind}')`).join(', ');
    const seedMs = await timed(() =>
      db.execute(
        sql.raw(`
        insert into dti_inputs (cycle_id, unit_id, component_id, status, value, version, updated_at)
        select '${cycle.id}', case when u <= ${PROVINCES} then 'p' || lpad(u::text, 2, '0') else 'x' || lpad((u - ${PROVINCES})::text, 4, '0') end,
               c.id, 'accepted',
               case c.kind
                 when 'yes_no' then to_jsonb(abs(h) % 100 >= 40)
                 when 'yes_partial_no' then to_jsonb((array['no', 'partial', 'yes'])[abs(h) % 3 + 1])
                 when 'ratio' then jsonb_build_object('numerator', abs(h) % 121, 'denominator', 100 + abs(h) % 21)
                 when 'target' then to_jsonb(abs(h) % 250)
                 else to_jsonb(abs(h) % 110)
               end,
               1, now()
        from generate_series(1, ${PROVINCES + COMMUNES}) u
        cross join (values ${valuesSql}) c(id, kind)
        cross join lateral (select hashtext(u::text || ':' || c.id) as h) x`),
      ),
    );
    await db.execute(sql`analyze dti_inputs`);
    const inputs = (await acceptedDtiValues(db, cycle.id)) as DtiInput[];
    log(
      `Seeded ${PROVINCES} provinces + ${COMMUNES.toLocaleString('en')} communes × ${components.length} components = ${inputs.length.toLocaleString('en')} accepted inputs in ${(seedMs / 1000).toFixed(1)} s`,
    );

    const unitIds = units.map(unitId);
    const typed = typedArraysOf(framework, inputs, unitIds);
    // both paths compute the same numbers: every unit's points and rank agree (1,000 points: the index to three
    // decimals is the points rounded to a whole point, which the plain loop ranks on)
    const reference = computeDtiResults(framework, inputs, { unitIds });
    const loop = plainLoop(typed);
    for (const r of reference) {
      const u = unitIds.indexOf(r.unitId);
      if (Math.abs(must(loop.totals[u], 'loop.totals[u]') - r.points) > 1e-9 || loop.ranks[u] !== r.rank)
        throw new Error(`the plain loop and computeDtiResults disagree on ${r.unitId}`);
    }
    log(
      `Checked: the plain loop and computeDtiResults agree on all ${reference.length.toLocaleString('en')} units' points and ranks`,
    );

    const cds = await findUserByUsername(db, 'canbo.cds');
    const caller = createCallerFactory(appRouter)(
      createContext({
        db,
        extensions: platformExtensions(),
        user: {
          id: must(cds, 'cds').id,
          username: must(cds, 'cds').username,
          fullName: must(cds, 'cds').fullName,
          memberships: must(cds, 'cds').memberships,
          kind: must(cds, 'cds').kind,
        },
        ip: '127.0.0.1',
      }),
    );
    let sink = 0;
    const cases = [
      {
        name: '(a) read accepted values from the database',
        run: async () => (sink += (await acceptedDtiValues(db, cycle.id)).length),
      },
      {
        name: '(b) computeDtiResults: values → ranking',
        run: () => Promise.resolve((sink += computeDtiResults(framework, inputs, { unitIds }).length)),
      },
      {
        name: '(c) database read + computeDtiResults',
        run: async () => {
          const read = (await acceptedDtiValues(db, cycle.id)) as DtiInput[];
          sink += computeDtiResults(framework, read, { unitIds }).length;
        },
      },
      {
        name: '(d) dti.results.get through tRPC',
        run: async () => (sink += (await caller.dti.results.get({ cycleId: cycle.id })).units.length),
      },
      {
        name: '(e) plain loop over the same numbers',
        run: () => Promise.resolve((sink += plainLoop(typed).ranks.length)),
      },
    ];
    log(`${WARMUP} warm-up + ${ITERATIONS} measured rounds per case, interleaved`);
    const samples = await measureInterleaved(cases, WARMUP, ITERATIONS);
    const base = percentiles(must(samples.get('(e) plain loop over the same numbers'), 'the baseline'));
    log('');
    log(
      `${'case'.padEnd(46)} ${'p50 ms'.padStart(10)} ${'p95 ms'.padStart(10)} ${'mean ms'.padStart(10)}   × plain loop (p50)`,
    );
    for (const c of cases) {
      const p = percentiles(must(samples.get(c.name), 'samples.get(c.name)'));
      log(
        `${c.name.padEnd(46)} ${p.p50.toFixed(1).padStart(10)} ${p.p95.toFixed(1).padStart(10)} ${p.mean.toFixed(1).padStart(10)}   ${(p.p50 / base.p50).toFixed(1).padStart(8)}×`,
      );
    }
    log(`(checksum ${sink})`);
  } finally {
    await drop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
