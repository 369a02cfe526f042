// Backups for operators: the database (logical, PGlite or PostgreSQL alike) and the stored files, in one folder.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  dumpDatabase,
  loadDatabase,
  RestoreRefusedError,
  schema,
  type DatabaseDumpManifest,
  type DatabaseHandle,
} from '@skhcn/db';

export interface BackupManifest extends DatabaseDumpManifest {
  /** The source database's kind (a PGlite backup restores into PostgreSQL and back) */
  source: DatabaseHandle['kind'];
  /** Stored files copied, and files the database names that were missing from the store */
  files: { copied: number; missing: string[] };
}

const MANIFEST = 'manifest.json';

function countFiles(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length;
}

/**
 * Writes a backup of the database and of the file store into `target` (created; refused when it exists and is
 * not empty): `manifest.json`, `tables/<table>.jsonl`, `files/`. The database is read in one snapshot first, then
 * the files are copied (files are content-addressed and never change, so a file the snapshot names is there).
 */
export async function backupTo(
  target: string,
  source: { database: DatabaseHandle; filesDir: string },
): Promise<BackupManifest> {
  if (existsSync(target) && readdirSync(target).length > 0) {
    throw new RestoreRefusedError(
      `Thư mục sao lưu ${target} đã có dữ liệu. / The backup folder ${target} is not empty.`,
    );
  }
  mkdirSync(join(target, 'tables'), { recursive: true });
  const dump = await dumpDatabase(source.database.db, (table, rows) =>
    writeFile(join(target, 'tables', `${table}.jsonl`), rows.map((r) => `${r}\n`).join('')),
  );
  if (existsSync(source.filesDir)) cpSync(source.filesDir, join(target, 'files'), { recursive: true });
  const stored = await source.database.db.select({ key: schema.files.storageKey }).from(schema.files);
  const missing = stored.map((f) => f.key).filter((key) => !existsSync(join(target, 'files', key)));
  const manifest: BackupManifest = {
    ...dump,
    source: source.database.kind,
    files: { copied: countFiles(join(target, 'files')), missing },
  };
  writeFileSync(join(target, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** Restores a backup made by `backupTo` into a migrated database and a file store directory. */
export async function restoreFrom(
  source: string,
  target: { database: DatabaseHandle; filesDir: string },
  options: { replace?: boolean } = {},
): Promise<BackupManifest> {
  const path = join(source, MANIFEST);
  if (!existsSync(path)) {
    throw new RestoreRefusedError(`Không thấy ${MANIFEST} trong ${source}. / No ${MANIFEST} in ${source}.`);
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as BackupManifest;
  await loadDatabase(
    target.database.db,
    manifest,
    async (table) =>
      (await readFile(join(source, 'tables', `${table}.jsonl`), 'utf8'))
        .split('\n')
        .filter((line) => line.length > 0),
    options,
  );
  if (existsSync(join(source, 'files'))) {
    mkdirSync(target.filesDir, { recursive: true });
    cpSync(join(source, 'files'), target.filesDir, { recursive: true });
  }
  return manifest;
}
