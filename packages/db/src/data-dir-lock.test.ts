import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createDatabase } from './client';
import { DataDirLockedError, lockDataDir } from './data-dir-lock';

const root = mkdtempSync(join(tmpdir(), 'skhcn-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('refuses a second open of one PGlite data directory, and frees it on close', async () => {
  const dataDir = join(root, 'pglite');
  const first = await createDatabase({ dataDir });
  await expect(createDatabase({ dataDir })).rejects.toThrow(DataDirLockedError);
  await first.close();
  const again = await createDatabase({ dataDir });
  await again.close();
  expect(existsSync(`${dataDir}.lock`)).toBe(false);
}, 120_000);

it('refuses a directory held by another live process, naming it, and takes over one left by a dead process', async () => {
  const dataDir = join(root, 'held');
  const other = spawn('sleep', ['30']);
  const pid = other.pid ?? 0;
  try {
    writeFileSync(
      `${dataDir}.lock`,
      JSON.stringify({ pid, host: hostname(), since: '2026-12-01T08:00:00Z' }),
    );
    let refused: unknown;
    try {
      lockDataDir(dataDir);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(DataDirLockedError);
    expect(String((refused as Error).message)).toContain(`đang được tiến trình ${pid}`);
    expect(String((refused as Error).message)).toContain('DATABASE_URL');
  } finally {
    other.kill();
  }
  await new Promise((resolve) => other.once('exit', resolve));
  const release = lockDataDir(dataDir);
  expect(JSON.parse(readFileSync(`${dataDir}.lock`, 'utf8'))).toMatchObject({ pid: process.pid });
  release();
});
