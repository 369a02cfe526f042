// The one-stop screens as each kind of user meets them, in Chromium against the built server: the receipt's QR code
// scanned on a phone opens the dossier's public status; every menu link of every page type leads where it says and
// is marked as the current page there; the screens new to this release pass axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { qrPayloads } from '@skhcn/documents/testing';
import { axeViolations, describeViolations, launchBrowser, startServer, type RunningServer } from './harness';

const PASSWORD = 'Demo@2026';
let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(options: { phone?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({
    baseURL: server.url,
    locale: 'vi-VN',
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

async function signIn(username: string, options: { phone?: boolean } = {}): Promise<Page> {
  const page = await newPage(options);
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  return page;
}

/** The page's main heading once the page (or its field app) has rendered. */
async function heading(page: Page): Promise<string> {
  const h1 = page.locator('main h1').first();
  await h1.waitFor({ timeout: 30_000 });
  return (await h1.innerText()).trim();
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
}

/**
 * Clicks every link of every menu (navigation landmark) on `start`, one at a time, and checks that it leads to the
 * address it shows, that the page there is not "not found", and that the same menu there marks it current.
 */
async function walkMenus(page: Page, start: string): Promise<number> {
  await page.goto(start);
  await heading(page);
  const links = await page.locator('nav a[href]').evaluateAll((as) =>
    as.map((a) => ({
      href: a.getAttribute('href') ?? '',
      nav: a.closest('nav')?.getAttribute('aria-label') ?? '',
      text: (a.textContent ?? '').trim(),
    })),
  );
  expect(links.length, `menus on ${start}`).toBeGreaterThan(0);
  const problems: string[] = [];
  for (const link of links) {
    if (new URL(page.url()).pathname !== new URL(start, server.url).pathname) {
      await page.goto(start);
      await heading(page);
    }
    const where = `${link.nav} › “${link.text}” (${link.href}) on ${start}`;
    await page.getByRole('navigation', { name: link.nav }).locator(`a[href="${link.href}"]`).first().click();
    const target = new URL(link.href, server.url);
    await page.waitForURL((u) => u.pathname === target.pathname, { timeout: 30_000 });
    const title = await heading(page);
    if (title === 'Không tìm thấy trang') problems.push(`${where}: not found`);
    const sameMenu = page.getByRole('navigation', { name: link.nav });
    if ((await sameMenu.count()) === 0) continue;
    // the address changes before the new screen commits (lazy routes render in a transition): give the menu a moment
    await sameMenu
      .locator(`a[aria-current="page"][href="${link.href}"]`)
      .first()
      .waitFor({ timeout: 5_000 })
      .catch(() => undefined);
    const current = await sameMenu
      .locator('a[aria-current="page"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    if (!current.includes(link.href)) problems.push(`${where}: marked current ${JSON.stringify(current)}`);
  }
  expect(problems).toEqual([]);
  return links.length;
}

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('one-stop screens for every kind of user', () => {
  let officer: Page;
  let dossierId = '';
  let code = '';

  it('prints a receipt whose QR code, scanned on a phone, shows the dossier’s status and nothing personal', async () => {
    officer = await signIn('canbo.tdc');
    await officer.goto('/tdc/ho-so?trang-thai=4');
    await heading(officer);
    const first = officer.locator('table tbody tr th a').first();
    await first.waitFor({ timeout: 30_000 });
    code = (await first.innerText()).trim();
    await first.click();
    await officer.waitForURL(/\/tdc\/ho-so\/[^/]+$/);
    dossierId = decodeURIComponent(new URL(officer.url()).pathname.split('/').pop() ?? '');
    await officer.getByRole('heading', { name: `Hồ sơ ${code}`, level: 1 }).waitFor();
    const applicantName = (
      await officer
        .locator('dt')
        .filter({ hasText: /^Tổ chức, cá nhân$/ })
        .locator('xpath=following-sibling::dd[1]')
        .innerText()
    )
      .split('·')[0]
      ?.trim();

    const receiptLink = officer.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ });
    const href = await receiptLink.getAttribute('href');
    const receipt = await officer.context().request.get(href ?? '');
    expect(receipt.status()).toBe(200);
    const [scanned] = await qrPayloads(new Uint8Array(await receipt.body()), 1);
    expect(scanned, 'the receipt carries a QR code').toBeDefined();
    const url = new URL(scanned ?? '');
    expect(url.pathname).toBe('/tra-cuu/ho-so');
    expect(url.searchParams.get('ma')).toBe(code);
    expect(url.searchParams.get('k')).toMatch(/^[0-9a-f]{32}$/);

    const phone = await newPage({ phone: true });
    await phone.goto(`${url.pathname}${url.search}`);
    const card = phone.getByRole('region', { name: `Hồ sơ ${code}` });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText('Đang xử lý').waitFor();
    await expect(card.innerText()).resolves.toMatch(/\d{2}\/\d{2}\/\d{4}/);
    await expect(phone.locator('main').innerText()).resolves.not.toContain(applicantName ?? '—');
    // nothing overflows a phone's width
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAxeClean(phone);

    // a guessed code without the key shows nothing
    await phone.goto(`/tra-cuu/ho-so?ma=${code}&k=${'0'.repeat(32)}`);
    await phone.getByText('Không tìm thấy hồ sơ').waitFor();
    // and an unknown public address is a page that says so, not a redirect
    await phone.goto('/tra-cuu/ho-so/cong-bo/cong-bo/khong-co');
    await phone.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    expect(new URL(phone.url()).pathname).toBe('/tra-cuu/ho-so/cong-bo/cong-bo/khong-co');
    await expectAxeClean(phone);
  });

  it('walks every menu link from every page type of an officer, and each marks itself current', async () => {
    expect(dossierId, 'the first step must pass').not.toBe('');
    let walked = 0;
    for (const start of [
      '/',
      '/linh-vuc/standards-metrology-quality',
      '/tdc/thu-tuc/tdc.hop-quy',
      `/tdc/ho-so/${dossierId}`,
    ])
      walked += await walkMenus(officer, start);
    expect(walked).toBeGreaterThan(20);
  }, 300_000);

  it('walks the unit head’s report and the leader’s home the same way', async () => {
    const head = await signIn('truong.tdc');
    await walkMenus(head, '/tdc/bao-cao');
    const leader = await signIn('lanhdao');
    await walkMenus(leader, '/');
    await leader.goto('/');
    await leader.getByRole('region', { name: /^Chờ ký \(\d+\)$/ }).waitFor();
  }, 180_000);

  it('gives an applicant their own space, on a phone: every link works, staff pages say they are not for them', async () => {
    const applicant = await signIn('dn.thephp', { phone: true });
    await applicant.waitForURL(/\/ho-so-cua-toi$/);
    expect(await heading(applicant)).toBe('Hồ sơ của tôi');
    await expect(applicant.getByRole('banner').innerText()).resolves.toContain(
      'Công ty Cổ phần Thép Hải Phòng',
    );
    expect(await applicant.getByRole('navigation', { name: 'Điều hướng chính' }).count()).toBe(0);
    await expectAxeClean(applicant);
    const own = applicant.locator('ul.os-cards h2 a').first();
    await own.waitFor();
    const ownHref = (await own.getAttribute('href')) ?? '';
    for (const start of ['/ho-so-cua-toi', ownHref, '/nop-ho-so', '/tdc', '/tdc/nop-ho-so'])
      await walkMenus(applicant, start);
    await applicant.goto(ownHref);
    await heading(applicant);
    await expectAxeClean(applicant);
    await applicant.goto('/nop-ho-so');
    await heading(applicant);
    await expectAxeClean(applicant);
    for (const staffPage of ['/dieu-2', '/tdc/ho-so', '/tdc/tiep-nhan']) {
      await applicant.goto(staffPage);
      expect(await heading(applicant), staffPage).toBe('Trang này không dành cho tài khoản của bạn');
    }
    await expectAxeClean(applicant);
    const overflow = await applicant.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }, 180_000);

  it('lets the administrator record a day off in the working-day calendar', async () => {
    const admin = await signIn('quantri');
    await admin.goto('/lich-lam-viec');
    expect(await heading(admin)).toBe('Lịch làm việc');
    await admin.getByRole('combobox', { name: 'Năm' }).selectOption('2027');
    await admin.getByRole('table', { name: 'Ngày nghỉ năm 2027' }).waitFor();
    const day = admin
      .getByRole('group', { name: /^Ngày(?! ban hành)/ })
      .getByRole('spinbutton')
      .first();
    await day.click();
    await admin.keyboard.type('24/11/2027');
    await admin.getByLabel(/Tên ngày/).fill('Ngày Văn hóa Việt Nam (24/11)');
    await admin.getByLabel(/Văn bản thông báo/).fill('Thông báo 100/TB-BNV');
    await admin.getByRole('button', { name: 'Ghi nhận' }).click();
    await admin.getByText('Đã ghi nhận 24/11/2027: Ngày Văn hóa Việt Nam (24/11).').waitFor();
    // the year's table is read again after the save: it lists the new day off
    await admin
      .getByRole('table', { name: 'Ngày nghỉ năm 2027' })
      .getByRole('row')
      .filter({ hasText: '24/11/2027' })
      .filter({ hasText: 'Ngày Văn hóa Việt Nam' })
      .waitFor({ timeout: 15_000 });
    await expectAxeClean(admin);
  }, 120_000);

  it('walks the public pages signed out', async () => {
    const visitor = await newPage();
    for (const start of ['/tra-cuu', '/tra-cuu/ho-so', '/tra-cuu/cong-bo']) await walkMenus(visitor, start);
    await visitor.goto('/tra-cuu');
    await heading(visitor);
    await expectAxeClean(visitor);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
