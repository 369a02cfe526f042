// HTTP benchmark (not a test: `pnpm bench` at the root, or `pnpm --filter @skhcn/server bench`). It creates a bench
// database on PostgreSQL, migrates it, seeds the demo organisation and N dossiers, then starts two processes on it:
// the real server (the built apps/server/dist/main.js, as production starts it) and a hand-written fastify + pg server
// doing the same work (bench/raw-server.ts). It signs in over HTTP and drives both with autocannon, interleaved
// (real, raw, raw, real… rounds of a few seconds), for the officer's inbox (GET, the shell's "việc cần xử lý" query)
// and the counter intake (POST dossiers.receive with the CSRF header), at 10 and 50 connections. Prints requests/s,
// p50 and p99 of each and the ratios real/raw.
//
//   BENCH_DATABASE_URL  admin URL;  BENCH_KEEP=1 keeps the database
//   --n <count>         dossiers to seed (default 100 000)
//   --rounds <k>        measured rounds per server (default 4);  --seconds <s>  length of a round (default 3)
//   --connections 10,50
//   --only inbox|intake one case;  --profile <dir>  both servers write V8 CPU profiles there (node --cpu-prof:
//                       CPU.<date>.<pid>.<thread>… per thread; the pids are printed)
//   --node-flags="<flags>"  extra flags for the real server's node (e.g. "--trace-gc"; its output is printed)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import {
  appRouter,
  createCallerFactory,
  createContext,
  platformExtensions,
  type SessionUser,
} from '@skhcn/api';
import { seedDossiers } from '@skhcn/api/bench/dossier-seed';
import {
  createDatabase,
  findUserByUsername,
  insertFile,
  migrate,
  schema,
  seedDemo,
  type Database,
} from '@skhcn/db';
import { getOrganisation, LIVE_STATUSES } from '@skhcn/domain';
import { benchEnv } from '@skhcn/env';
import type { RawConfig } from './raw-server';

const { values: args } = parseArgs({
  options: {
    n: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '4' },
    seconds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10,50' },
    only: { type: 'string' },
    profile: { type: 'string' },
    'node-flags': { type: 'string' },
  },
});
const N = Number(args.n);
const ROUNDS = Math.max(1, Number(args.rounds));
const SECONDS = Math.max(1, Number(args.seconds));
const CONNECTIONS = (args.connections ?? '10,50').split(',').map(Number);
const { BENCH_DATABASE_URL: ADMIN_URL, BENCH_KEEP } = benchEnv();
const SERVER_DIR = join(import.meta.dirname, '..');
/** Both servers get the same pool size (the real server's default) */
const POOL_MAX = 10;
const OFFICER = 'canbo.tdc';
const PASSWORD = 'Demo@2026';

const log = (line: string) => process.stdout.write(`${line}\n`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function start(
  name: string,
  argv: string[],
  env: Record<string, string>,
  port: number,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, argv, {
    cwd: SERVER_DIR,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const seen = (d: Buffer) => {
    out += d.toString();
  };
  child.stdout?.on('data', seen);
  child.stderr?.on('data', seen);
  await new Promise<void>((ready, fail) => {
    const check = () => {
      if (out.includes('listening on')) ready();
    };
    child.stdout?.on('data', check);
    child.stderr?.on('data', check);
    child.once('exit', (code) => fail(new Error(`${name} exited (${code}): ${out}`)));
  });
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  // what the flags of --node-flags print (e.g. --trace-gc) is shown; the server's own log lines go to stderr
  if (args['node-flags'])
    child.stdout?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  else child.stdout?.resume();
  child.stderr?.on('data', (d: Buffer) => process.stderr.write(`[${name}] ${d.toString()}`));
  return { child, url: `http://127.0.0.1:${port}` };
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin(text: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(text);
  } finally {
    await c.end();
  }
}

/** Signs in on the real server like the shell: the CSRF cookie first, then auth.signIn. Returns the cookies. */
async function signIn(base: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair = ''] = c.split(';');
      const at = pair.indexOf('=');
      jar.set(pair.slice(0, at), pair.slice(at + 1));
    }
  };
  remember(await fetch(`${base}/healthz`));
  const csrf = () => jar.get('skhcn_csrf') ?? '';
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { cookie: cookie(), 'x-csrf-token': csrf(), 'content-type': 'application/json' },
    body: JSON.stringify({ username: OFFICER, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  remember(res);
  return { cookie: cookie(), csrf: csrf() };
}

interface RoundResult {
  rps: number;
  /** Requests answered in the round */
  requests: number;
  /** CPU time of the server process per request, ms (Linux /proc; NaN elsewhere) */
  cpuPerRequest: number;
  /** CPU time of PostgreSQL per request, ms (a local server; Linux /proc) */
  dbCpuPerRequest: number;
  p50: number;
  p99: number;
  errors: number;
}

function drive(
  url: string,
  connections: number,
  seconds: number,
  request: {
    method: 'GET' | 'POST';
    path: string;
    headers: Record<string, string>;
    body?: string | undefined;
  },
): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}${request.path}`,
        method: request.method,
        // fresh copies: autocannon keeps state on the options it is given
        headers: { ...request.headers },
        ...(request.body === undefined ? {} : { body: Buffer.from(request.body) }),
        connections,
        duration: seconds,
      },
      (err, result) => {
        if (err) return reject(err instanceof Error ? err : new Error(String(err)));
        resolve({
          rps: result.requests.average,
          requests: result.requests.total,
          cpuPerRequest: Number.NaN,
          dbCpuPerRequest: Number.NaN,
          p50: result.latency.p50,
          p99: result.latency.p99,
          errors: result.non2xx + result.errors + result.timeouts,
        });
      },
    );
  });
}

/** User + system CPU time of a process so far, in ms (clock ticks of 10 ms), or NaN where /proc is missing */
function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

/** CPU time so far of every PostgreSQL process on this machine (ms), or NaN: the database's share of a round */
function postgresCpuTime(): number {
  try {
    let sum = 0;
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.split(') ')[1]?.split(' ') ?? [];
        sum += (Number(fields[11]) + Number(fields[12])) * 10;
      } catch {
        // the process ended meanwhile
      }
    }
    return sum;
  } catch {
    return Number.NaN;
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

async function main(): Promise<void> {
  log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? '?'}, load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  const dbName = `skhcn_http_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = withDatabaseName(ADMIN_URL, dbName);
  await admin(`CREATE DATABASE "${dbName}"`);
  log(`Database: ${dbName}`);
  const handle = await createDatabase({ url: dbUrl });
  const capturePool = new pg.Pool({ connectionString: dbUrl, max: 2 });
  const dataDir = await mkdtemp(join(os.tmpdir(), 'skhcn-http-bench-'));
  const children: ChildProcess[] = [];
  try {
    await migrate(handle);
    await seedDemo(handle.db, getOrganisation());
    const officerRow = await findUserByUsername(handle.db, OFFICER);
    if (!officerRow) throw new Error(`no ${OFFICER}`);
    const officer: SessionUser = {
      id: officerRow.id,
      username: officerRow.username,
      fullName: officerRow.fullName,
      memberships: officerRow.memberships,
      kind: officerRow.kind,
    };
    const seedClient = new pg.Client({ connectionString: dbUrl });
    await seedClient.connect();
    try {
      const byUnit: Record<string, string> = {};
      for (const [unit, username] of [
        ['CCTDC', 'canbo.tdc'],
        ['HTS', 'canbo.buuchinh'],
        ['QLKH', 'canbo.khoahoc'],
      ] as const) {
        byUnit[unit] = (await findUserByUsername(handle.db, username))?.id ?? '';
      }
      const seeded = await seedDossiers(seedClient, { n: N, now: new Date(), officerByUnit: byUnit });
      await seedClient.query('vacuum (analyze) dossiers, dossier_events, dossier_sequences');
      log(`Seeded the demo organisation and ${seeded.dossiers} dossiers`);
    } finally {
      await seedClient.end();
    }

    // The requests the screens send: the shell's work inbox (httpBatchLink GET) and the counter intake (POST)
    const inboxInput = { statuses: [...LIVE_STATUSES], sort: 'deadline' as const, page: 1, pageSize: 10 };
    const attachments: { componentKey: string; fileId: string }[] = [];
    for (const [componentKey, name] of [
      ['ban-cong-bo', 'ban-cong-bo.pdf'],
      ['giay-to-san-xuat-kinh-doanh', 'dang-ky-doanh-nghiep.pdf'],
    ] as const) {
      const sha256 = randomBytes(32).toString('hex');
      const f = await insertFile(handle.db, {
        sha256,
        size: 1024,
        mime: 'application/pdf',
        originalName: name,
        storageKey: sha256,
        createdBy: officer.id,
      });
      attachments.push({ componentKey, fileId: f.id });
    }
    const intakeInput = {
      mode: 'counter' as const,
      procedureCode: 'tdc.hop-quy',
      channel: 'direct' as const,
      applicant: {
        name: 'Công ty TNHH Nhựa Đông Á',
        taxCode: '0201987650',
        address: '12 Lạch Tray, thành phố Hải Phòng',
        phone: '0225 3123456',
      },
      attachments,
    };

    // The SQL the real path sends, captured once through a logging drizzle instance: the raw server replays it
    let capturing: { text: string; params: unknown[] }[] | undefined;
    const captureDb = drizzle(capturePool, {
      schema,
      logger: { logQuery: (text, params) => capturing?.push({ text, params }) },
    }) as unknown as Database;
    const caller = createCallerFactory(appRouter)(
      createContext({ db: captureDb, extensions: platformExtensions(), user: officer, ip: '127.0.0.1' }),
    );
    capturing = [];
    await caller.dossiers.inbox(inboxInput);
    const inbox = capturing;
    capturing = [];
    const sample = await caller.dossiers.receive(intakeInput);
    const intakeStatements = capturing;
    capturing = undefined;
    const CORE =
      /^(begin|commit|select|insert into "(dossier_sequences|dossiers|dossier_events|dossier_files)")/;
    const rawPort = await freePort();
    const rawConfig: RawConfig = {
      databaseUrl: dbUrl,
      port: rawPort,
      poolMax: POOL_MAX,
      inbox,
      intake: {
        unitCode: sample.dossier.unitCode,
        procedureCode: sample.dossier.procedureCode,
        procedureVersion: sample.dossier.procedureVersion,
        deadline: sample.dossier.deadline ?? '',
        extra: intakeStatements.filter((q) => !CORE.test(q.text.trim())),
        sampleDossierId: sample.dossier.id,
      },
    };
    const configPath = join(dataDir, 'raw-config.json');
    await writeFile(configPath, JSON.stringify(rawConfig));
    log(
      `Inbox: ${inbox.length} statements after the session; intake: ${intakeStatements.length} statements ` +
        `(${rawConfig.intake.extra.length} beyond the core rows, replayed by the raw server)`,
    );

    const real = await start(
      'real',
      [
        ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
        ...(args['node-flags']?.split(' ').filter(Boolean) ?? []),
        'dist/main.js',
      ],
      {
        DATABASE_URL: dbUrl,
        DATABASE_POOL_MAX: String(POOL_MAX),
        SEED_DEMO: '0',
        DATA_DIR: dataDir,
      },
      await freePort(),
    );
    children.push(real.child);
    const raw = await start(
      'raw',
      [
        ...(args.profile ? ['--cpu-prof', `--cpu-prof-dir=${args.profile}`] : []),
        '--import',
        'tsx',
        'bench/raw-server.ts',
        configPath,
      ],
      {},
      rawPort,
    );
    children.push(raw.child);
    if (args.profile)
      log(`CPU profiles in ${args.profile}: real pid ${real.child.pid}, raw pid ${raw.child.pid}`);
    const { cookie, csrf } = await signIn(real.url);

    const scenarios = [
      {
        name: 'inbox GET',
        request: {
          method: 'GET' as const,
          path: `/trpc/dossiers.inbox?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: inboxInput }))}`,
          rawPath: '/trpc/dossiers.inbox',
          headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } as Record<string, string>,
          body: undefined,
        },
      },
      {
        name: 'intake POST',
        request: {
          method: 'POST' as const,
          path: '/trpc/dossiers.receive',
          rawPath: '/trpc/dossiers.receive',
          headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' } as Record<
            string,
            string
          >,
          body: JSON.stringify(intakeInput),
        },
      },
    ];
    const chosen = scenarios.filter((s) => !args.only || s.name.startsWith(args.only));
    const rows: { name: string; connections: number; real: RoundResult; raw: RoundResult }[] = [];
    // each request answers 200 on both servers before anything is measured
    for (const s of scenarios) {
      for (const [who, base, path] of [
        ['real', real.url, s.request.path],
        ['raw', raw.url, s.request.rawPath],
      ] as const) {
        const res = await fetch(`${base}${path}`, {
          method: s.request.method,
          headers: s.request.headers,
          ...(s.request.body === undefined ? {} : { body: s.request.body }),
          signal: AbortSignal.timeout(10_000),
        });
        if (res.status !== 200) throw new Error(`${s.name} on ${who}: ${res.status} ${await res.text()}`);
        log(`${s.name} on ${who}: ${(await res.arrayBuffer()).byteLength} bytes of JSON`);
      }
    }
    for (const s of chosen) {
      for (const connections of CONNECTIONS) {
        const run = async (who: 'real' | 'raw', seconds: number) => {
          const pid = (who === 'real' ? real : raw).child.pid;
          const before = cpuTime(pid);
          const dbBefore = postgresCpuTime();
          const result = await drive(who === 'real' ? real.url : raw.url, connections, seconds, {
            ...s.request,
            path: who === 'real' ? s.request.path : s.request.rawPath,
          });
          return {
            ...result,
            cpuPerRequest: (cpuTime(pid) - before) / result.requests,
            dbCpuPerRequest: (postgresCpuTime() - dbBefore) / result.requests,
          };
        };
        // a short warm-up of each (JIT, pools, caches), then real/raw rounds alternating who goes first
        await run('real', 1);
        await run('raw', 1);
        const got: Record<'real' | 'raw', RoundResult[]> = { real: [], raw: [] };
        for (let r = 0; r < ROUNDS; r++) {
          const order: ('real' | 'raw')[] = r % 2 === 0 ? ['real', 'raw'] : ['raw', 'real'];
          for (const who of order) got[who].push(await run(who, SECONDS));
        }
        const sum = (xs: RoundResult[]): RoundResult => ({
          rps: xs.reduce((a, x) => a + x.rps, 0) / xs.length,
          requests: xs.reduce((a, x) => a + x.requests, 0),
          cpuPerRequest: median(xs.map((x) => x.cpuPerRequest)),
          dbCpuPerRequest: median(xs.map((x) => x.dbCpuPerRequest)),
          p50: median(xs.map((x) => x.p50)),
          p99: median(xs.map((x) => x.p99)),
          errors: xs.reduce((a, x) => a + x.errors, 0),
        });
        const row = { name: s.name, connections, real: sum(got.real), raw: sum(got.raw) };
        rows.push(row);
        log(
          `${s.name} × ${connections}: real ${row.real.rps.toFixed(0)} req/s, raw ${row.raw.rps.toFixed(0)} req/s` +
            (row.real.errors + row.raw.errors > 0
              ? ` (errors: real ${row.real.errors}, raw ${row.raw.errors})`
              : ''),
        );
      }
    }

    log('');
    log(
      `N = ${N.toLocaleString('en')} dossiers; ${ROUNDS} rounds of ${SECONDS} s per server and case, interleaved; ` +
        `pool ${POOL_MAX} connections each; medians of the rounds' p50/p99, mean req/s`,
    );
    log(
      `${'case'.padEnd(18)} ${'conns'.padStart(5)} ${'real req/s'.padStart(10)} ${'raw req/s'.padStart(10)} ${'ratio'.padStart(6)}  ` +
        `${'p50 real/raw ms'.padStart(16)}  ${'p99 real/raw ms'.padStart(16)}  ${'p99×'.padStart(5)}  ${'CPU ms/req real/raw'.padStart(20)}  ${'PostgreSQL CPU ms/req'.padStart(22)}`,
    );
    for (const r of rows) {
      log(
        `${r.name.padEnd(18)} ${String(r.connections).padStart(5)} ${r.real.rps.toFixed(0).padStart(10)} ${r.raw.rps
          .toFixed(0)
          .padStart(
            10,
          )} ${(r.real.rps / r.raw.rps).toFixed(2).padStart(6)}  ${`${r.real.p50} / ${r.raw.p50}`.padStart(16)}  ${`${r.real.p99} / ${r.raw.p99}`.padStart(16)}  ${(r.real.p99 / r.raw.p99).toFixed(2).padStart(5)}  ${`${r.real.cpuPerRequest.toFixed(2)} / ${r.raw.cpuPerRequest.toFixed(2)}`.padStart(20)}  ${`${r.real.dbCpuPerRequest.toFixed(2)} / ${r.raw.dbCpuPerRequest.toFixed(2)}`.padStart(22)}`,
      );
    }
    log('');
    for (const r of rows) {
      const ok = r.real.rps / r.raw.rps >= 0.6 && r.real.p99 <= 2 * r.raw.p99;
      log(
        `${ok ? 'PASS' : 'MISS'} ${r.name} × ${r.connections}: ${(r.real.rps / r.raw.rps).toFixed(2)} of the raw req/s (target ≥ 0.60), p99 ${(r.real.p99 / r.raw.p99).toFixed(2)}× (target ≤ 2)`,
      );
    }
    log(
      `Load average at the end: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    for (const c of children) {
      c.kill('SIGTERM');
      await new Promise((r) => (c.exitCode === null ? c.once('exit', r) : r(null)));
    }
    await capturePool.end().catch(() => {});
    await handle.close().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    if (BENCH_KEEP) log(`Kept database ${dbName}`);
    else {
      await admin(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      log(`Dropped database ${dbName}`);
    }
  }
}

await main();
