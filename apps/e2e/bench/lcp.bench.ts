// Largest Contentful Paint of the sign-in page and the officer's inbox in Debian Chromium, on the built server with
// the demo data, with the CPU slowed 4× (an office PC) and without (the baseline of the same run): a benchmark that
// prints figures, not a test. Each sample is a cold load in a fresh browser context (nothing cached).
//
//   pnpm --filter @skhcn/e2e bench        (after `pnpm build`)
//   --runs <n>   samples per page and setting (default 5)
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startServer, type RunningServer } from '../src/harness';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const RUNS = Math.max(1, Number(args.runs));

/** The page's LCP in ms, read from a buffered PerformanceObserver once the page is quiet. */
async function lcpOf(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let last = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) last = e.startTime;
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        // LCP is final at the first input or when the page is hidden; here: after the page has been quiet a while
        setTimeout(() => resolve(last), 500);
      }),
  );
}

async function sample(
  browser: Browser,
  server: RunningServer,
  throttle: number,
  target: 'sign-in' | 'inbox',
): Promise<number> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  try {
    const page = await context.newPage();
    if (target === 'inbox') {
      // sign in unthrottled, then measure the inbox as a cold navigation with the session cookie
      await page.goto('/dang-nhap');
      await page.getByLabel('Tên đăng nhập').fill('canbo.tdc');
      await page.getByLabel('Mật khẩu').fill('Demo@2026');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
      await page.close();
    }
    const measured = await context.newPage();
    const cdp = await context.newCDPSession(measured);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (target === 'sign-in') {
      await measured.goto('/dang-nhap');
      await measured.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    } else {
      await measured.goto('/tdc/ho-so');
      await measured.locator('table tbody tr').first().waitFor({ timeout: 60_000 });
    }
    await measured.waitForLoadState('networkidle');
    return await lcpOf(measured);
  } finally {
    await context.close();
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
};

const server = await startServer();
const { browser } = await launchBrowser();
try {
  const results: { target: string; base: number; slow: number; slowMax: number }[] = [];
  for (const target of ['sign-in', 'inbox'] as const) {
    const base: number[] = [];
    const slow: number[] = [];
    // interleaved, so a noisy moment affects both settings alike
    for (let i = 0; i < RUNS; i += 1) {
      base.push(await sample(browser, server, 1, target));
      slow.push(await sample(browser, server, 4, target));
    }
    results.push({ target, base: median(base), slow: median(slow), slowMax: Math.max(...slow) });
  }
  console.log(`Largest Contentful Paint, median of ${RUNS} cold loads (Chromium ${browser.version()}):`);
  console.log('  page       no throttle   CPU 4x   (worst)   ratio 4x / none');
  for (const r of results) {
    console.log(
      `  ${r.target.padEnd(9)} ${`${r.base.toFixed(0)} ms`.padStart(12)} ${`${r.slow.toFixed(0)} ms`.padStart(8)} ${`${r.slowMax.toFixed(0)} ms`.padStart(9)}   ${(r.slow / r.base).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
