// The server process itself, started as `pnpm dev` starts it (tsx), with a wrong configuration.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
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
  expect(output).toContain('TRUST_PROXY=yes: cần số tầng proxy (1, 2…) hoặc địa chỉ của proxy');
  expect(existsSync(join(dataDir, 'pglite'))).toBe(false);
  expect(existsSync(join(dataDir, 'files'))).toBe(false);
}, 120_000);

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

it('refuses a second server on the same PGlite data directory with a clear message; the first keeps running', async () => {
  const shared = mkdtempSync(join(tmpdir(), 'skhcn-two-'));
  const base = { DATA_DIR: shared, HOST: '127.0.0.1', SEED_DEMO: '0', LOG_LEVEL: 'silent' };
  const first = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...base, PORT: String(await freePort()) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    await new Promise<void>((ready, fail) => {
      let out = '';
      const seen = (d: Buffer) => {
        out += d.toString();
        if (out.includes('listening on')) ready();
      };
      first.stdout.on('data', seen);
      first.stderr.on('data', seen);
      first.once('exit', (code) => fail(new Error(`the first server exited (${code}): ${out}`)));
    });
    const second = await runMain({ ...base, PORT: String(await freePort()) });
    expect(second.code).toBe(1);
    expect(second.output).toContain('đang được tiến trình');
    expect(second.output).toContain(`${first.pid}`);
    expect(first.exitCode).toBeNull();
  } finally {
    first.kill('SIGTERM');
    await new Promise((resolve) => first.once('exit', resolve));
    rmSync(shared, { recursive: true, force: true });
  }
}, 180_000);
