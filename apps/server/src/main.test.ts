// The server process itself, started as `pnpm dev` starts it (tsx), with a wrong configuration.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const dataDir = mkdtempSync(join(tmpdir(), 'skhcn-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs src/main.ts with exactly `env` and resolves with its exit code and output once it exits. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: join(import.meta.dirname, '..'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.once('error', fail);
    child.once('exit', (code) => done({ code, output }));
  });
}

it('refuses to start with PORT=abc, naming every wrong variable, before touching the data directory', async () => {
  const { code, output } = await runMain({ PORT: 'abc', TRUST_PROXY: 'yes', DATA_DIR: dataDir });
  expect(code).toBe(1);
  expect(output).toContain('Không khởi động được máy chủ / failed to start.');
  expect(output).toContain(
    'PORT=abc: cần một số nguyên từ 1 đến 65535 / expected an integer from 1 to 65535',
  );
  expect(output).toContain('TRUST_PROXY=yes: cần 1 hoặc 0 / expected 1 or 0');
  expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  expect(existsSync(join(dataDir, 'files'))).toBe(false);
}, 120_000);
