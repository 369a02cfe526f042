// The foundation story in a real browser against the real server: a demo officer signs in, opens the
// Điều 2 map and the conformity remote (loaded at runtime through module federation).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations, launchBrowser, startServer, type RunningServer } from './harness';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchBrowser());
  context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('foundation: sign in, Điều 2 map, conformity remote', () => {
  it('sends a signed-out visitor to the sign-in page, which passes axe', async () => {
    await page.goto('/dieu-2');
    await page.waitForURL(/\/dang-nhap/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Đăng nhập/);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('refuses a wrong password with a Vietnamese message and keeps the user on the form', async () => {
    await page.getByLabel('Tên đăng nhập').fill('canbo.tdc');
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /không đúng/ })
      .first()
      .waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
  });

  it('signs in the demo TĐC officer with the keyboard', async () => {
    await page.getByLabel('Mật khẩu').fill('Demo@2026');
    await page.getByLabel('Mật khẩu').press('Enter');
    await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    await page.getByText('Nguyễn Thị Lan').first().waitFor();
  });

  it('opens the Điều 2 map with all 29 duties and their points', async () => {
    await page.getByRole('link', { name: 'Bản đồ Điều 2' }).first().click();
    await page.waitForURL(/\/dieu-2/);
    await page.getByRole('heading', { name: /Bản đồ nhiệm vụ theo Điều 2/ }).waitFor();
    await page.getByText('29 khoản.').first().waitFor();
    const headings = await page.locator('main h2').allInnerTexts();
    const numbers = headings.map((h) => Number(/Khoản (\d+)\./.exec(h)?.[1])).filter((n) => n > 0);
    expect(numbers).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    const text = await page.locator('main').innerText();
    expect(text).toMatch(/tiêu chuẩn, đo lường, chất lượng/i);
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('opens the conformity remote, which shares the shell’s React and lists the TĐC procedures', async () => {
    await page.goto('/tdc');
    const root = page.getByTestId('remote-root');
    await root.waitFor({ timeout: 30000 });
    await expect(root.getAttribute('data-same-react')).resolves.toBe('true');
    await page
      .getByRole('heading', { name: /Tiêu chuẩn, đo lường, chất lượng/ })
      .first()
      .waitFor();
    await page
      .getByText(/hợp quy/i)
      .first()
      .waitFor();
    const violations = await axeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
