// The hand-written baseline of the HTTP benchmark (http.bench.ts): fastify and pg doing the work of the real server's
// inbox and counter intake by hand — the session cookie looked up in one statement (session, user, memberships),
// the inbox statements the real path sends (captured by the benchmark, replayed here), and the intake's rows
// (sequence, dossier, event, files, outbox) in one transaction. No tRPC, no drizzle, no validation library.
//
//   node --import tsx bench/raw-server.ts <config.json written by http.bench.ts>  (PORT: in the config)
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import Fastify from 'fastify';
import pg from 'pg';

export interface RawConfig {
  databaseUrl: string;
  port: number;
  poolMax: number;
  /** The inbox statements of the officer's inbox, as the real server sends them */
  inbox: { text: string; params: unknown[] }[];
  /** What the real intake computes from the catalog (the raw server does not) */
  intake: {
    unitCode: string;
    procedureCode: string;
    procedureVersion: string;
    deadline: string;
    /** Statements the engine adds (the portal's outbox message), with the sample dossier's id to replace */
    extra: { text: string; params: unknown[] }[];
    sampleDossierId: string;
  };
}

const config = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as RawConfig;
const pool = new pg.Pool({ connectionString: config.databaseUrl, max: config.poolMax });

interface Session {
  userId: string;
  csrfToken: string;
}

function cookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

async function session(cookieHeader: string | undefined): Promise<Session | null> {
  const token = cookie(cookieHeader, 'skhcn_session');
  if (!token) return null;
  const id = createHash('sha256').update(token).digest('hex');
  const r = await pool.query<{ user_id: string; csrf_token: string; memberships: unknown }>({
    name: 'raw-session',
    text: `select s.user_id, s.csrf_token, u.username, u.full_name, u.kind,
             coalesce((select json_agg(json_build_object('unitCode', m.unit_code, 'role', m.role)
                                       order by m.unit_code)
                       from memberships m where m.user_id = u.id), '[]') as memberships
           from sessions s join users u on u.id = s.user_id
           where s.id = $1 and s.expires_at > now() and u.active`,
    values: [id],
  });
  const row = r.rows[0];
  return row ? { userId: row.user_id, csrfToken: row.csrf_token } : null;
}

const app = Fastify({ logger: false });
// answers above 1 KB compressed as the real server does for a browser, at a quality meant for dynamic answers
await app.register(fastifyCompress, {
  global: true,
  threshold: 1024,
  encodings: ['br', 'gzip'],
  brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  syncThreshold: 65536,
});
const unauthorized = { error: { message: 'Chưa đăng nhập.', data: { appCode: 'UNAUTHORIZED' } } };

app.get('/trpc/dossiers.inbox', async (req, reply) => {
  const s = await session(req.headers.cookie);
  if (!s) return reply.code(401).send(unauthorized);
  const results = await Promise.all(
    config.inbox.map((q, i) => pool.query({ name: `raw-inbox-${i}`, text: q.text, values: q.params })),
  );
  const rows = results.map((r): unknown[] => r.rows as unknown[]);
  return { result: { data: { results: rows } } };
});

app.post('/trpc/dossiers.receive', async (req, reply) => {
  const s = await session(req.headers.cookie);
  if (!s) return reply.code(401).send(unauthorized);
  const sent = req.headers['x-csrf-token'];
  if (sent !== s.csrfToken || sent !== cookie(req.headers.cookie, 'skhcn_csrf'))
    return reply.code(403).send({ error: { message: 'CSRF', data: { appCode: 'CSRF' } } });
  const input = req.body as {
    applicant: { name: string; taxCode?: string };
    channel: string;
    attachments: { componentKey: string; fileId: string }[];
  };
  const { intake } = config;
  const tx = await pool.connect();
  try {
    await tx.query('begin');
    const now = new Date();
    const day = new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
    const owned = await tx.query(`select id from files where id = any($1) and created_by = $2`, [
      input.attachments.map((a) => a.fileId),
      s.userId,
    ]);
    if (owned.rowCount !== input.attachments.length) throw new Error('files not found');
    const seq = await tx.query<{ last_seq: number }>(
      `insert into dossier_sequences (unit_code, day, last_seq) values ($1, $2, 1)
       on conflict (unit_code, day) do update set last_seq = dossier_sequences.last_seq + 1 returning last_seq`,
      [intake.unitCode, day],
    );
    const code = `${intake.unitCode}-${day.slice(2).replaceAll('-', '')}-${String(seq.rows[0]?.last_seq).padStart(4, '0')}`;
    const dossier = await tx.query<{ id: string }>(
      `insert into dossiers (code, procedure_code, procedure_version, unit_code, status, channel, applicant,
         applicant_name, applicant_tax_code, search_text, submitted_at, received_at, deadline, version,
         created_at, updated_at)
       values ($1, $2, $3, $4, 2, $5, $6, $7, $8, $9, $10, $10, $11, 1, $10, $10) returning *`,
      [
        code,
        intake.procedureCode,
        intake.procedureVersion,
        intake.unitCode,
        input.channel,
        JSON.stringify(input.applicant),
        input.applicant.name,
        input.applicant.taxCode ?? null,
        `${code} ${input.applicant.name} ${input.applicant.taxCode ?? ''}`.toLowerCase(),
        now.toISOString(),
        intake.deadline,
      ],
    );
    const row = dossier.rows[0];
    if (!row) throw new Error('no dossier');
    await tx.query(
      `insert into dossier_events (dossier_id, seq, action, from_status, to_status, actor_user_id, at, data)
       values ($1, 1, 'receive', null, 2, $2, $3, $4) returning *`,
      [
        row.id,
        s.userId,
        now.toISOString(),
        JSON.stringify({
          channel: input.channel,
          procedureVersion: intake.procedureVersion,
          deadline: intake.deadline,
          form: 'Mẫu 01',
          files: input.attachments.length,
        }),
      ],
    );
    await tx.query(
      `insert into dossier_files (dossier_id, file_id, component_key, event_seq, attached_at)
       select $1, f, k, 1, $4 from unnest($2::uuid[], $3::text[]) as a(f, k) on conflict do nothing`,
      [
        row.id,
        input.attachments.map((a) => a.fileId),
        input.attachments.map((a) => a.componentKey),
        now.toISOString(),
      ],
    );
    for (const q of intake.extra) {
      await tx.query(
        q.text,
        q.params.map((v) => (v === intake.sampleDossierId ? row.id : v)),
      );
    }
    await tx.query('commit');
    return { result: { data: { dossier: row } } };
  } catch (err) {
    await tx.query('rollback');
    throw err;
  } finally {
    tx.release();
  }
});

await app.listen({ port: config.port, host: '127.0.0.1' });
process.stdout.write('raw server listening on\n');
// a normal exit on SIGTERM (the benchmark's stop), so that --cpu-prof writes its profile
process.once('SIGTERM', () => {
  void app.close().then(async () => {
    await pool.end();
    process.exit(0);
  });
});
