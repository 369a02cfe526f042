import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDatabase, migrate, queryRows, schema, type DatabaseHandle } from '@skhcn/db';
import { createTemporaryPostgres, describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { testEnv } from '@skhcn/env';
import { seedDemoData } from '../demo/demo-data.seed';
import { DiskFileStore } from '../files/file-store';
import { backupTo, restoreFrom } from './backup';

describeEachDatabase('backup and restore', (t) => {
  const root = mkdtempSync(join(tmpdir(), 'skhcn-backup-'));
  const sourceFiles = join(root, 'source-files');
  const backupDir = join(root, 'backup');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  /** A fresh, migrated database of the same kind as the source, in a fresh data directory */
  async function freshTarget(): Promise<{ handle: DatabaseHandle; dispose(): Promise<void> }> {
    if (t.kind === 'pglite') {
      const handle = await createDatabase({ dataDir: mkdtempSync(join(root, 'pglite-')) });
      await migrate(handle);
      return { handle, dispose: () => handle.close() };
    }
    const pg = await createTemporaryPostgres(must(testEnv().TEST_DATABASE_URL, 'TEST_DATABASE_URL'));
    return { handle: pg.handle, dispose: () => pg.drop() };
  }

  const countsOf = async (handle: DatabaseHandle) => {
    const tables = ['users', 'dossiers', 'dossier_events', 'dossier_files', 'files', 'conformity_notices'];
    const out: Record<string, number> = {};
    for (const table of tables) {
      const [row] = await queryRows<{ n: number }>(
        handle.db,
        sql.raw(`select count(*)::int as n from "${table}"`),
      );
      out[table] = Number(row?.n);
    }
    return out;
  };

  beforeAll(async () => {
    await seedDemoData(t.db, getOrganisation('hai-phong'), new DiskFileStore(sourceFiles));
  }, 120_000);

  it('restores into a fresh data directory with every dossier, event and file, bytes included', async () => {
    const manifest = await backupTo(backupDir, { database: t.handle, filesDir: sourceFiles });
    expect(manifest.files.missing).toEqual([]);
    const target = await freshTarget();
    const targetFiles = join(root, `restored-files-${t.kind}`);
    try {
      await restoreFrom(backupDir, { database: target.handle, filesDir: targetFiles });
      const before = await countsOf(t.handle);
      expect(before.dossiers).toBeGreaterThan(0);
      expect(before.files).toBeGreaterThan(0);
      expect(await countsOf(target.handle)).toEqual(before);
      const codes = async (h: DatabaseHandle) =>
        (
          await h.db
            .select({ code: schema.dossiers.code, version: schema.dossiers.version })
            .from(schema.dossiers)
        )
          .map((d) => `${d.code}@${d.version}`)
          .sort();
      expect(await codes(target.handle)).toEqual(await codes(t.handle));
      // every stored file is there, byte for byte
      for (const f of await target.handle.db.select().from(schema.files)) {
        const bytes = readFileSync(join(targetFiles, f.storageKey));
        expect(createHash('sha256').update(bytes).digest('hex')).toBe(f.sha256);
      }
      // the restored database goes on: new rows get new ids (sequences continue after the restored ones)
      const [denial] = await target.handle.db
        .insert(schema.auditDenials)
        .values({ path: 'x', code: 'FORBIDDEN', reason: 'sau khôi phục' })
        .returning({ id: schema.auditDenials.id });
      expect(denial?.id).toBeGreaterThan(0);
      // a second restore into a database with data is refused, unless --replace
      await expect(
        restoreFrom(backupDir, { database: target.handle, filesDir: targetFiles }),
      ).rejects.toThrow(/không phải trống|not empty|đã có dữ liệu/);
      await restoreFrom(backupDir, { database: target.handle, filesDir: targetFiles }, { replace: true });
      expect(await countsOf(target.handle)).toEqual(before);
    } finally {
      await target.dispose();
    }
  }, 180_000);
});
