// What a browser fetches before the sign-in page and the officer's inbox render, in gzip bytes, against the budget
// in bundle-budget.json (issue 12). Bytes are deterministic for a build, so this is a check, not a timing; each
// response body is gzipped here (-9), whatever encoding the server chose, so the figure does not depend on it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page, Response } from 'playwright-core';
import { launchBrowser, REPO_ROOT, startServer, type RunningServer } from './harness';

interface Budget {
  firstLoad: { signIn: number; inbox: number };
}
const budget = JSON.parse(readFileSync(join(REPO_ROOT, 'bundle-budget.json'), 'utf8')) as Budget;

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchBrowser());
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Records the gzip size of every script, style sheet and document the page loads from the server. */
function recordAssets(page: Page): Map<string, Promise<number>> {
  const seen = new Map<string, Promise<number>>();
  page.on('response', (r: Response) => {
    const url = new URL(r.url());
    const type = r.request().resourceType();
    if (url.origin !== server.url || !['script', 'stylesheet', 'document'].includes(type)) return;
    if (!seen.has(url.pathname)) {
      seen.set(
        url.pathname,
        r.body().then((b) => gzipSync(b, { level: 9 }).length),
      );
    }
  });
  return seen;
}

async function total(seen: Map<string, Promise<number>>): Promise<number> {
  return (await Promise.all(seen.values())).reduce((a, b) => a + b, 0);
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe('first load within the bundle budget (gzip bytes)', () => {
  it('the sign-in page, then the officer’s inbox', async () => {
    const context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
    const page = await context.newPage();
    const seen = recordAssets(page);
    await page.goto('/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await page.waitForLoadState('networkidle');
    const signIn = await total(seen);
    const heaviest = (
      await Promise.all([...seen].map(async ([path, bytes]) => ({ path, bytes: await bytes })))
    )
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 8);
    console.log(
      `sign-in page, heaviest files (gzip -9):\n${heaviest.map((h) => `${kb(h.bytes).padStart(9)}  ${h.path}`).join('\n')}`,
    );

    await page.getByLabel('Tên đăng nhập').fill('canbo.tdc');
    await page.getByLabel('Mật khẩu').fill('Demo@2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    await page.goto('/tdc/ho-so');
    await page.locator('table tbody tr').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const inbox = await total(seen);
    await context.close();

    console.log(
      `first load (gzip -9): sign-in page ${kb(signIn)} of ${kb(budget.firstLoad.signIn)}; ` +
        `with the inbox ${kb(inbox)} of ${kb(budget.firstLoad.inbox)} (${seen.size} files)`,
    );
    expect(signIn, 'the sign-in page grew past its budget (bundle-budget.json)').toBeLessThanOrEqual(
      budget.firstLoad.signIn,
    );
    expect(inbox, 'the inbox grew past its budget (bundle-budget.json)').toBeLessThanOrEqual(
      budget.firstLoad.inbox,
    );
    // the budget is a ratchet, not a blank cheque: when the load shrinks by a fifth, lower the budget with it
    expect(
      signIn,
      'the sign-in page is much lighter than its budget: lower it in bundle-budget.json',
    ).toBeGreaterThan(budget.firstLoad.signIn * 0.8);
  });
});
