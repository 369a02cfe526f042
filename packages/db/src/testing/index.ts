// Test helpers: run one suite against PGlite and, when TEST_DATABASE_URL is set, against PostgreSQL.
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe } from 'vitest';
import { testEnv } from '@skhcn/env';
import { createDatabase, migrate, type Database, type DatabaseHandle, type DatabaseKind } from '../client';

export interface TestDatabase {
  readonly kind: DatabaseKind;
  /** The migrated database; available inside tests and beforeEach/beforeAll hooks registered after the helper's. */
  readonly db: Database;
  readonly handle: DatabaseHandle;
  /** Empties every table (fast reset between tests). */
  reset(): Promise<void>;
  /**
   * Another handle on the same database, as a second server process would have: PostgreSQL, its own pool (close it);
   * PGlite, which is one in-process database, the same handle (closing it does nothing).
   */
  openAnother(): Promise<DatabaseHandle>;
}

const TABLES = [
  'dti_events',
  'dti_evidence',
  'dti_inputs',
  'dti_cycle_units',
  'dti_cycles',
  'dti_assignments',
  'dti_units',
  'dti_frameworks',
  'dossier_files',
  'dossier_sequences',
  'dossier_events',
  'dossiers',
  'files',
  'sessions',
  'memberships',
  'calendar_announcements',
  'users',
  'organisation_units',
  'audit_denials',
  'login_attempts',
];

export async function truncateAll(db: Database): Promise<void> {
  await db.execute(sql.raw(`TRUNCATE ${TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`));
}

function withDatabaseName(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated PostgreSQL database with a random name, and a function that drops it. */
export async function createTemporaryPostgres(
  adminUrl: string,
): Promise<{ handle: DatabaseHandle; url: string; drop(): Promise<void> }> {
  const name = `skhcn_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabaseName(adminUrl, name);
  const handle = await createDatabase({ url });
  await migrate(handle);
  return {
    handle,
    url,
    async drop() {
      await handle.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

/** A fresh, migrated in-memory PGlite database. */
export async function createTemporaryPglite(): Promise<DatabaseHandle> {
  const handle = await createDatabase({ dataDir: 'memory://' });
  await migrate(handle);
  return handle;
}

function suite(
  kind: DatabaseKind,
  open: () => Promise<{ handle: DatabaseHandle; url?: string; dispose(): Promise<void> }>,
): TestDatabase {
  let current: { handle: DatabaseHandle; url?: string; dispose(): Promise<void> } | undefined;
  beforeAll(async () => {
    current = await open();
  }, 120_000);
  afterAll(async () => {
    await current?.dispose();
  });
  const need = () => {
    if (!current) throw new Error('test database not ready (use it inside tests or hooks)');
    return current.handle;
  };
  return {
    kind,
    get db() {
      return need().db;
    },
    get handle() {
      return need();
    },
    reset: () => truncateAll(need().db),
    async openAnother() {
      const handle = need();
      if (!current?.url) return { ...handle, close: async () => {} };
      return createDatabase({ url: current.url });
    },
  };
}

/**
 * Runs `fn` twice: against a fresh in-memory PGlite, and against a fresh PostgreSQL database created from
 * TEST_DATABASE_URL (dropped afterwards). Without TEST_DATABASE_URL the PostgreSQL run is reported as skipped.
 */
export function describeEachDatabase(name: string, fn: (t: TestDatabase) => void): void {
  describe(`${name} [pglite]`, () => {
    const t = suite('pglite', async () => {
      const handle = await createTemporaryPglite();
      return { handle, dispose: () => handle.close() };
    });
    fn(t);
  });
  const { TEST_DATABASE_URL: adminUrl, CI } = testEnv();
  if (!adminUrl && CI) {
    // CI must prove every integration test on PostgreSQL too; never skip it there silently.
    throw new Error('TEST_DATABASE_URL is required in CI (.ci/run starts a PostgreSQL server and sets it).');
  }
  describe.skipIf(!adminUrl)(`${name} [postgres]`, () => {
    const t = suite('postgres', async () => {
      if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
      const temp = await createTemporaryPostgres(adminUrl);
      return { handle: temp.handle, url: temp.url, dispose: () => temp.drop() };
    });
    fn(t);
  });
}
export { fixtureOrganisation } from './fixtures';
