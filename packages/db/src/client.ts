import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

/** The drizzle database, typed so that both the PGlite and the node-postgres drivers fit. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** PGlite data directory (or "memory://"), undefined for PostgreSQL */
  dataDir?: string;
  /**
   * Subscribes to NOTIFY on `channel` (on its own connection for PostgreSQL). Resolves to the unsubscribe;
   * `onLost` is called if the subscription ends by itself (connection lost): notifications may have been missed.
   */
  listen?(
    channel: string,
    onMessage: (payload: string) => void,
    onLost: (err: Error) => void,
  ): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /** PostgreSQL URL (the server passes DATABASE_URL); without one, PGlite is used. */
  url?: string | undefined;
  /** Most connections of the PostgreSQL pool; 10 by default. */
  poolMax?: number | undefined;
  /** PGlite data directory; defaults to `<repo>/.data/pglite`. Use "memory://" for an in-memory database. */
  dataDir?: string | undefined;
}

/** Walks up from `start` to the directory holding pnpm-workspace.yaml (the repository root). */
export function findRepoRoot(start: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(start);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
}

export function defaultPgliteDir(): string {
  return join(findRepoRoot(), '.data', 'pglite');
}

export async function createDatabase(options: CreateDatabaseOptions = {}): Promise<DatabaseHandle> {
  const url = options.url;
  if (url) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pool = new pg.Pool({ connectionString: url, max: options.poolMax ?? 10 });
    // An idle client may lose its connection (server restart, or a test database dropped WITH (FORCE) while the pool
    // is closing). pg emits that on the pool; without a listener it would crash the process. The pool drops the
    // client and opens a new one when needed.
    let closing = false;
    pool.on('error', (err) => {
      if (!closing) console.error(`PostgreSQL: idle connection lost (${err.message})`);
    });
    const db = drizzle(pool, { schema }) as unknown as Database;
    const listeners = new Set<InstanceType<typeof pg.Client>>();
    return {
      db,
      kind: 'postgres',
      listen: async (channel, onMessage, onLost) => {
        const client = new pg.Client({ connectionString: url });
        let ended = false;
        const lost = (err: Error) => {
          if (ended) return;
          ended = true;
          listeners.delete(client);
          client.end().catch(() => {});
          onLost(err);
        };
        client.on('error', lost);
        client.on('end', () => lost(new Error('LISTEN connection ended')));
        client.on('notification', (n) => {
          if (n.channel === channel) onMessage(n.payload ?? '');
        });
        await client.connect();
        await client.query(`LISTEN "${channel.replaceAll('"', '""')}"`);
        listeners.add(client);
        return async () => {
          if (ended) return;
          ended = true;
          listeners.delete(client);
          await client.end();
        };
      },
      close: async () => {
        closing = true;
        for (const client of listeners) await client.end().catch(() => {});
        listeners.clear();
        return pool.end();
      },
    };
  }
  const dataDir = options.dataDir ?? defaultPgliteDir();
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  // one process per data directory: a second one is refused here, before PGlite reads anything
  const unlock = inMemory ? () => {} : lockDataDir(dataDir);
  const { PGlite } = await import('@electric-sql/pglite');
  const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm');
  const { btree_gin } = await import('@electric-sql/pglite/contrib/btree_gin');
  const { drizzle } = await import('drizzle-orm/pglite');
  // pg_trgm and btree_gin: the trigram index of the inbox search by unit (migrations 0004 and 0007)
  try {
    const client = new PGlite(dataDir, { extensions: { pg_trgm, btree_gin } });
    await client.waitReady;
    const db = drizzle(client, { schema }) as unknown as Database;
    return {
      db,
      kind: 'pglite',
      dataDir,
      // one process per data directory: the notifications are those of this process's own commits
      listen: (channel, onMessage) => client.listen(channel, onMessage),
      close: async () => {
        try {
          await client.close();
        } finally {
          unlock();
        }
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** Finds the committed migrations: next to this package, or a `drizzle` folder copied beside a bundle. */
export function defaultMigrationsFolder(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [
    join(here, '..', 'drizzle'),
    join(here, 'drizzle'),
    join(findRepoRoot(here), 'packages', 'db', 'drizzle'),
  ];
  for (const c of candidates) if (existsSync(join(c, 'meta', '_journal.json'))) return c;
  throw new Error(`Không tìm thấy thư mục migration (Can't find migrations): ${candidates.join(', ')}`);
}

/** Runs the committed migrations with the migrator of the handle's driver. */
export async function migrate(
  handle: DatabaseHandle,
  migrationsFolder = defaultMigrationsFolder(),
): Promise<void> {
  if (handle.kind === 'postgres') {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(handle.db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(handle.db as never, { migrationsFolder });
  }
}

/** `select 1` — for health checks. */
export async function ping(db: Database): Promise<boolean> {
  await db.execute(sql`select 1`);
  return true;
}
