// Benchmark of the one-stop dossier engine on a large PostgreSQL database (not a test: run `pnpm --filter
// @skhcn/api bench`). It creates a fresh database, seeds N dossiers server-side, then measures the inbox query and
// the counter intake through the real tRPC code path against the same SQL (inbox) or the minimal equivalent SQL
// (intake) sent raw through pg. Targets (issue): inbox p95 < 30 ms; intake overhead < 2× raw.
//
//   BENCH_DATABASE_URL  admin URL (default postgres://postgres@127.0.0.1:54329/postgres)
//   BENCH_KEEP=1        keep the database at the end (its name is printed)
//   --n <count>         dossiers to seed (default 100 000; --n 1000000 for the issue's million)
//   --iterations <k>    measured rounds per operation (default 300, at least 200)
//   --warmup <k>        unmeasured rounds first (default 30)
//   --reuse <db name>   keep this bench database between runs: created and seeded only when missing (pending
//                       migrations applied); the rows the intake measurement adds are removed at the end
//   --explain           print EXPLAIN (ANALYZE, BUFFERS) of every inbox statement
//   --only <text>       measure only the inbox variants whose name contains <text> (and skip the intake)
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import {
  createDatabase,
  findUserByUsername,
  insertFile,
  migrate,
  schema,
  seedDemo,
  type Database,
} from '@skhcn/db';
import { getOrganisation, must, normalizeVietnamese } from '@skhcn/domain';
import { benchEnv } from '@skhcn/env';
import { appRouter } from '../src/routers/app.router';
import { createContext, type SessionUser } from '../src/context';
import { createCallerFactory } from '../src/trpc';
import { platformExtensions } from '../src/platform';
import type { InboxInput } from '../src/routers/dossiers/inbox.schema';
import { seedDossiers } from './dossier-seed';
import { measureInterleaved, percentiles, timed, type Percentiles } from './latency-stats';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    iterations: { type: 'string', default: '300' },
    warmup: { type: 'string', default: '30' },
    reuse: { type: 'string' },
    explain: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const N = Number(args.n);
const ITERATIONS = Math.max(200, Number(args.iterations));
const WARMUP = Math.max(0, Number(args.warmup));
const { BENCH_DATABASE_URL: ADMIN_URL, BENCH_KEEP } = benchEnv();
const KEEP = BENCH_KEEP || args.reuse !== undefined;

const createCaller = createCallerFactory(appRouter);

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function adminExists(name: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    const r = await client.query(`select 1 from pg_database where datname = $1`, [name]);
    return r.rowCount === 1;
  } finally {
    await client.end();
  }
}

/** The intake's applicant: the rows measured with it are removed at the end of a kept (--reuse) database's run. */
const INTAKE_TAX_CODE = '0201987650';

/**
 * Removes the dossiers the intake measurement wrote (and their events, files, outbox messages), with the triggers
 * off as when seeding (dossier_events is append-only), then recounts their unit and rewinds today's sequence.
 */
async function removeIntakeRows(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    const ids = `select id from dossiers where applicant_tax_code = '${INTAKE_TAX_CODE}' and unit_code = 'CCTDC'`;
    await client.query(`delete from integration_outbox where dossier_id in (${ids})`);
    await client.query(`delete from dossier_files where dossier_id in (${ids})`);
    await client.query(`delete from dossier_events where dossier_id in (${ids})`);
    const removed = await client.query(`delete from dossiers where id in (${ids})`);
    await client.query(`delete from dossier_status_counts where unit_code = 'CCTDC'`);
    await client.query(`insert into dossier_status_counts (unit_code, status, count)
      select unit_code, status, count(*) from dossiers where unit_code = 'CCTDC' group by 1, 2`);
    await client.query(`update dossier_sequences s set last_seq = coalesce((
        select max(split_part(code, '-', 3)::int) from dossiers d
        where d.unit_code = s.unit_code and d.code like s.unit_code || '-' || to_char(s.day, 'YYMMDD') || '-%'), 0)
      where s.unit_code = 'CCTDC' and s.day >= current_date - 1`);
    await client.query('commit');
    return removed.rowCount ?? 0;
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
}

async function sessionUser(db: Database, username: string): Promise<SessionUser> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`no user ${username}`);
  return { id: u.id, username: u.username, fullName: u.fullName, memberships: u.memberships, kind: u.kind };
}

function callerAs(db: Database, user: SessionUser) {
  return createCaller(createContext({ db, extensions: platformExtensions(), user, ip: '127.0.0.1' }));
}

interface CapturedQuery {
  text: string;
  params: unknown[];
}

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

const fmt = (ms: number) => ms.toFixed(2).padStart(8);

async function main(): Promise<void> {
  const dbName = args.reuse ?? `skhcn_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = withDatabaseName(ADMIN_URL, dbName);
  log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const exists = await adminExists(dbName);
  if (!exists) await adminQuery(`CREATE DATABASE "${dbName}"`);
  log(`Database: ${dbName}${exists ? ' (reused)' : ''}`);

  const handle = await createDatabase({ url: dbUrl });
  let seededNow = false;
  // The raw baseline's connections: a pool like the real path's, so both pay the same checkout and may run the
  // inbox statements side by side as listDossiers does.
  const raw = new pg.Pool({ connectionString: dbUrl, max: 4 });
  const capturePool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  try {
    await migrate(handle);
    const version = await raw.query<{ v: string }>(`select current_setting('server_version') as v`);
    log(`PostgreSQL ${version.rows[0]?.v}`);

    // seeded only when missing, so that --reuse runs measure the same rows every time
    const seeded = await raw.query<{ users: boolean; dossiers: boolean }>(
      `select exists (select 1 from users) as users, exists (select 1 from dossiers) as dossiers`,
    );
    if (!seeded.rows[0]?.users) {
      const demo = await seedDemo(handle.db, getOrganisation());
      log(`Seeded the demo organisation: ${demo.units} units, ${demo.users} users`);
    }
    seededNow = !seeded.rows[0]?.dossiers;
    if (seededNow) {
      const officerByUnit: Record<string, string> = {};
      for (const [unit, username] of [
        ['CCTDC', 'canbo.tdc'],
        ['HTS', 'canbo.buuchinh'],
        ['QLKH', 'canbo.khoahoc'],
      ] as const) {
        officerByUnit[unit] = (await sessionUser(handle.db, username)).id;
      }
      const seedClient = new pg.Client({ connectionString: dbUrl });
      await seedClient.connect();
      try {
        let result: Awaited<ReturnType<typeof seedDossiers>> | undefined;
        const seedMs = await timed(async () => {
          result = await seedDossiers(seedClient, { n: N, now: new Date(), officerByUnit });
        });
        log(
          `Seeded ${result?.dossiers} dossiers and ${result?.events} events in ${(seedMs / 1000).toFixed(1)} s ` +
            `(${Object.entries(result?.byUnit ?? {})
              .map(([u, k]) => `${u} ${k}`)
              .join(', ')})`,
        );
        // Autovacuum would do the same on an insert-mostly table; ANALYZE for the planner, VACUUM for the
        // visibility map that index-only scans need.
        const analyseMs = await timed(() =>
          seedClient.query('vacuum (analyze) dossiers, dossier_events, dossier_sequences'),
        );
        log(`VACUUM ANALYZE in ${(analyseMs / 1000).toFixed(1)} s`);
      } finally {
        await seedClient.end();
      }
    }

    const unitHead = await sessionUser(handle.db, 'truong.tdc');
    const officer = await sessionUser(handle.db, 'canbo.tdc');

    // The SQL drizzle generates for each inbox variant, captured by a logger on a second drizzle instance built
    // exactly like createDatabase builds its own.
    let capturing: CapturedQuery[] | undefined;
    const captureDb = drizzle(capturePool, {
      schema,
      logger: {
        logQuery(text: string, params: unknown[]) {
          capturing?.push({ text, params });
        },
      },
    }) as unknown as Database;

    // The unit head (truong.tdc) reads the whole CCTDC inbox; "assigned to me" is the officer's (canbo.tdc) view,
    // since the seeded dossiers of CCTDC are assigned to that officer.
    // The code prefix of the latest seeded month (CCTDC-YYMM): today's month may have no dossier yet (the 1st)
    const latest = await raw.query<{ prefix: string }>(
      `select left(code, 10) as prefix from dossiers where unit_code = 'CCTDC' order by code desc limit 1`,
    );
    const monthPrefix = must(latest.rows[0], 'a seeded CCTDC dossier').prefix;
    const allVariants: { name: string; input: Partial<InboxInput>; as?: SessionUser }[] = [
      { name: 'inbox: default (deadline sort, page 1)', input: {} },
      { name: 'inbox: status filter [2, 4]', input: { statuses: [2, 4] } },
      { name: 'inbox: sort received (newest first)', input: { sort: 'received' } },
      { name: 'inbox: procedure tdc.hop-quy', input: { procedureCode: 'tdc.hop-quy' } },
      { name: 'inbox: assignee = me (officer)', input: { assignee: 'me' }, as: officer },
      { name: 'inbox: assignee = none', input: { assignee: 'none' } },
      { name: 'inbox: due = overdue', input: { due: 'overdue' } },
      { name: 'inbox: due = due_soon', input: { due: 'due_soon' } },
      { name: 'inbox: awaiting signature', input: { awaitingSignature: true } },
      { name: 'inbox: text search "nhựa đông á"', input: { q: 'nhựa đông á' } },
      { name: 'inbox: tax code search', input: { q: '0201000' } },
      { name: `inbox: code prefix "${monthPrefix}"`, input: { q: monthPrefix } },
      { name: 'inbox: text search "công ty"', input: { q: 'công ty' } },
      { name: 'inbox: text search "thép đồ sơn"', input: { q: 'thép đồ sơn' } },
    ];
    const only = args.only;
    const variants = only === undefined ? allVariants : allVariants.filter((v) => v.name.includes(only));

    const rows: { name: string; real: Percentiles; raw: Percentiles }[] = [];
    for (const v of variants) {
      const user = v.as ?? unitHead;
      const real = callerAs(handle.db, user);
      capturing = [];
      const expected = await callerAs(captureDb, user).dossiers.inbox(v.input);
      const queries = capturing;
      capturing = undefined;
      const runRaw = () =>
        Promise.all(queries.map((q) => raw.query({ text: q.text, values: q.params, rowMode: 'array' })));
      // the raw statements return the same page
      const rawResults = await runRaw();
      const pageAt = queries.findIndex((q) => / order by .* limit \$\d+/s.test(q.text));
      const rawPage = rawResults[pageAt]?.rowCount ?? -1;
      if (rawPage !== expected.items.length)
        throw new Error(`${v.name}: raw page ${rawPage} ≠ ${expected.items.length}`);
      log(
        `${v.name}: total ${expected.total}${expected.totalCapped ? ' (capped)' : ''}, ${queries.length} statements`,
      );
      if (args.explain) {
        for (const q of queries) {
          const plan = await raw.query<{ 'QUERY PLAN': string }>(
            `explain (analyze, buffers) ${q.text}`,
            q.params,
          );
          log(
            `\n${q.text}\n${JSON.stringify(q.params)}\n${plan.rows.map((r) => r['QUERY PLAN']).join('\n')}\n`,
          );
        }
      }
      const samples = await measureInterleaved(
        [
          { name: 'real', run: () => real.dossiers.inbox(v.input) },
          { name: 'raw', run: runRaw },
        ],
        WARMUP,
        ITERATIONS,
      );
      rows.push({
        name: v.name,
        real: percentiles(must(samples.get('real'), 'real samples')),
        raw: percentiles(must(samples.get('raw'), 'raw samples')),
      });
    }

    // ——— Intake at the counter (tdc.hop-quy, two required components attached) ———
    if (args.only === undefined) await measureIntake();
    async function measureIntake(): Promise<void> {
      const files = [
        { componentKey: 'ban-cong-bo', name: 'ban-cong-bo.pdf' },
        { componentKey: 'giay-to-san-xuat-kinh-doanh', name: 'dang-ky-doanh-nghiep.pdf' },
      ];
      const attachments: { componentKey: string; fileId: string }[] = [];
      for (const f of files) {
        const sha256 = randomBytes(32).toString('hex');
        const row = await insertFile(handle.db, {
          sha256,
          size: 1024,
          mime: 'application/pdf',
          originalName: f.name,
          storageKey: sha256,
          createdBy: officer.id,
        });
        attachments.push({ componentKey: f.componentKey, fileId: row.id });
      }
      const applicant = {
        name: 'Công ty TNHH Nhựa Đông Á',
        taxCode: INTAKE_TAX_CODE,
        address: '12 Lạch Tray, thành phố Hải Phòng',
        phone: '0225 3123456',
      };
      const intakeReal = callerAs(handle.db, officer);
      const receiveReal = () =>
        intakeReal.dossiers.receive({
          mode: 'counter',
          procedureCode: 'tdc.hop-quy',
          channel: 'direct',
          applicant,
          attachments,
        });
      // What the real path sends, for the report (captured once through the logging drizzle instance)
      capturing = [];
      const sample = await callerAs(captureDb, officer).dossiers.receive({
        mode: 'counter',
        procedureCode: 'tdc.hop-quy',
        channel: 'direct',
        applicant,
        attachments,
      });
      const intakeCaptured = capturing;
      capturing = undefined;
      const head = (text: string) => text.replace(/\s+/g, ' ').split(' ').slice(0, 3).join(' ');
      log(
        `intake (real) sends ${intakeCaptured.length} statements: ${intakeCaptured.map((q) => head(q.text)).join(' | ')}`,
      );
      // Rows the engine writes beyond the core ones (e.g. an integration outbox message queued by a transition hook)
      // are part of the intake's work: the raw baseline replays those statements too, with its own dossier's id.
      const CORE =
        /^(begin|commit|select|insert into "(dossier_sequences|dossiers|dossier_events|dossier_files)")/;
      const extra = intakeCaptured.filter((q) => !CORE.test(q.text.trim()));
      log(
        `intake (raw) sends ${7 + extra.length} statements: begin | select files | insert into dossier_sequences | ` +
          `insert into dossiers | insert into dossier_events | insert into dossier_files${extra
            .map((q) => ` | ${head(q.text)} (replayed)`)
            .join('')} | commit`,
      );
      const procedureVersion = sample.dossier.procedureVersion;
      const deadline = sample.dossier.deadline;
      // The minimal equivalent SQL in one transaction: the attachments' owner check, the day's sequence, the dossier,
      // its first event and the attached files — the rows the engine writes, with nothing computed but the code.
      const receiveRaw = async () => {
        const tx = await raw.connect();
        await tx.query('begin');
        try {
          const now = new Date();
          const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
          const owned = await tx.query(`select id from files where id = any($1) and created_by = $2`, [
            attachments.map((a) => a.fileId),
            officer.id,
          ]);
          if (owned.rowCount !== attachments.length) throw new Error('files not found');
          const seq = await tx.query<{ last_seq: number }>(
            `insert into dossier_sequences (unit_code, day, last_seq) values ($1, $2, 1)
           on conflict (unit_code, day) do update set last_seq = dossier_sequences.last_seq + 1 returning last_seq`,
            ['CCTDC', day],
          );
          const code = `CCTDC-${day.slice(2).replaceAll('-', '')}-${String(must(seq.rows[0], 'the sequence row').last_seq).padStart(4, '0')}`;
          const dossier = await tx.query<{ id: string }>(
            `insert into dossiers (code, procedure_code, procedure_version, unit_code, status, channel, applicant,
             applicant_name, applicant_tax_code, search_text, submitted_at, received_at, deadline, version,
             created_at, updated_at)
           values ($1, 'tdc.hop-quy', $2, 'CCTDC', 2, 'direct', $3, $4, $5, $6, $7, $7, $8, 1, $7, $7) returning *`,
            [
              code,
              procedureVersion,
              JSON.stringify(applicant),
              applicant.name,
              applicant.taxCode,
              normalizeVietnamese(`${code} ${applicant.name} ${applicant.taxCode}`),
              now.toISOString(),
              deadline,
            ],
          );
          const dossierId = must(dossier.rows[0], 'the inserted dossier').id;
          await tx.query(
            `insert into dossier_events (dossier_id, seq, action, from_status, to_status, actor_user_id, at, data)
           values ($1, 1, 'receive', null, 2, $2, $3, $4) returning *`,
            [
              dossierId,
              officer.id,
              now.toISOString(),
              JSON.stringify({ channel: 'direct', procedureVersion, deadline, form: 'Mẫu 01', files: 2 }),
            ],
          );
          await tx.query(
            `insert into dossier_files (dossier_id, file_id, component_key, event_seq, attached_at)
           select $1, f, k, 1, $4 from unnest($2::uuid[], $3::text[]) as a(f, k) on conflict do nothing`,
            [
              dossierId,
              attachments.map((a) => a.fileId),
              attachments.map((a) => a.componentKey),
              now.toISOString(),
            ],
          );
          for (const q of extra) {
            await tx.query(
              q.text,
              q.params.map((v) => (v === sample.dossier.id ? dossierId : v)),
            );
          }
          await tx.query('commit');
        } catch (err) {
          await tx.query('rollback');
          throw err;
        } finally {
          tx.release();
        }
      };
      const intake = await measureInterleaved(
        [
          { name: 'real', run: receiveReal },
          { name: 'raw', run: receiveRaw },
        ],
        WARMUP,
        ITERATIONS,
      );
      rows.push({
        name: 'intake: receive (counter mode)',
        real: percentiles(must(intake.get('real'), 'real samples')),
        raw: percentiles(must(intake.get('raw'), 'raw samples')),
      });
    }

    // ——— Report ———
    log('');
    log(
      `N = ${N.toLocaleString('en')} dossiers (seeded in this run: ${seededNow ? 'yes' : 'no'}), ${WARMUP} warm-up + ${ITERATIONS} measured rounds per operation, real and raw interleaved`,
    );
    log(
      `${'operation'.padEnd(44)} ${'path'.padEnd(5)} ${'p50'.padStart(8)} ${'p95'.padStart(8)} ${'p99'.padStart(8)}  real/raw p50  p95`,
    );
    for (const r of rows) {
      log(
        `${r.name.padEnd(44)} ${'real'.padEnd(5)} ${fmt(r.real.p50)} ${fmt(r.real.p95)} ${fmt(r.real.p99)}  ${(r.real.p50 / r.raw.p50).toFixed(2).padStart(11)}  ${(r.real.p95 / r.raw.p95).toFixed(2)}`,
      );
      log(`${''.padEnd(44)} ${'raw'.padEnd(5)} ${fmt(r.raw.p50)} ${fmt(r.raw.p95)} ${fmt(r.raw.p99)}`);
    }
    log('');
    for (const r of rows.filter((x) => x.name.startsWith('inbox'))) {
      log(`${r.real.p95 < 30 ? 'PASS' : 'MISS'} ${r.name}: p95 ${r.real.p95.toFixed(1)} ms (target < 30 ms)`);
    }
    const ir = rows.find((x) => x.name.startsWith('intake'));
    if (ir) {
      const overhead = ir.real.p50 / ir.raw.p50;
      log(`${overhead < 2 ? 'PASS' : 'MISS'} intake: real/raw ${overhead.toFixed(2)}× at p50 (target < 2×)`);
    }
    log(
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    if (KEEP) {
      const removed = await removeIntakeRows(raw).catch((err: unknown) => {
        log(`Could not remove the intake's rows: ${String(err)}`);
        return 0;
      });
      log(`Removed the ${removed} dossiers the intake measurement added`);
    }
    await raw.end().catch(() => {});
    await capturePool.end().catch(() => {});
    await handle.close().catch(() => {});
    if (KEEP) {
      log(`Kept database ${dbName}`);
    } else {
      await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      log(`Dropped database ${dbName}`);
    }
  }
}

await main();
