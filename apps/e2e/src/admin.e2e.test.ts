// The administrator's accounts screen in a real browser against the real server: the administrator creates an
// officer, the officer signs in with the temporary password and must replace it first, the administrator
// deactivates them, and the officer's next request is refused (the session ended at once) and they cannot sign in
// again. Every screen passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  startServer,
  waitOrExplain,
  type RunningServer,
} from './harness';

let server: RunningServer;
let browser: Browser;
let adminContext: BrowserContext;
let officerContext: BrowserContext;
let admin: Page;
let officer: Page;
let temporaryPassword = '';
/** the password the officer chooses in place of the temporary one */
const OWN_PASSWORD = 'Ngoc@HaiPhong26';
const pageErrors: string[] = [];

async function expectAxeClean(page: Page) {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
}

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchBrowser());
  adminContext = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  officerContext = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  admin = await adminContext.newPage();
  officer = await officerContext.newPage();
  for (const p of [admin, officer]) p.on('pageerror', (e) => pageErrors.push(String(e)));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('administrator: accounts', () => {
  it('the administrator’s home links to the accounts screen, which lists the accounts', async () => {
    await signIn(admin, 'quantri', 'Demo@2026');
    await admin.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
    const card = admin.getByRole('region', { name: 'Quản trị hệ thống' });
    await waitOrExplain(admin, card);
    await expectAxeClean(admin);
    await admin
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Quản trị tài khoản' })
      .click();
    await admin.waitForURL(/\/quan-tri\/tai-khoan$/);
    await waitOrExplain(admin, admin.getByRole('link', { name: 'Nguyễn Thị Lan' }));
    await expectAxeClean(admin);
  });

  it('creates an officer of the Chi cục TĐC and shows the temporary password once', async () => {
    await admin.getByRole('button', { name: 'Thêm tài khoản cán bộ' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Thêm tài khoản cán bộ' });
    await dialog.waitFor();
    await expectAxeClean(admin);
    await dialog.getByLabel('Tên đăng nhập', { exact: true }).fill('canbo.moi');
    await dialog.getByLabel('Họ và tên', { exact: true }).fill('Đỗ Thị Ngọc');
    await dialog.getByLabel('Đơn vị (vai trò 1)', { exact: true }).selectOption('CCTDC');
    await dialog.getByLabel('Vai trò 1', { exact: true }).selectOption('officer');
    await dialog.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const password = admin.getByLabel('Mật khẩu tạm thời', { exact: true });
    await waitOrExplain(admin, password);
    temporaryPassword = await password.inputValue();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await expectAxeClean(admin);
  });

  it('the new officer signs in with it, must first choose their own password, then works', async () => {
    await signIn(officer, 'canbo.moi', temporaryPassword);
    await officer.waitForURL(/\/doi-mat-khau$/);
    await waitOrExplain(officer, officer.getByRole('heading', { level: 1, name: 'Đổi mật khẩu' }));
    await expectAxeClean(officer);
    // nothing else answers until then, whatever the address typed
    const blocked = await officer.request.get(
      `/trpc/dossiers.inbox?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 10 }))}`,
    );
    expect(blocked.status()).toBe(403);
    await officer.getByLabel('Mật khẩu tạm thời (hiện tại)').fill(temporaryPassword);
    await officer.getByLabel('Mật khẩu mới', { exact: true }).fill('canbo.moi@2026');
    await officer.getByLabel('Nhập lại mật khẩu mới').fill('canbo.moi@2026');
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await waitOrExplain(officer, officer.getByText(/Mật khẩu không được chứa tên đăng nhập/));
    await expectAxeClean(officer);
    await officer.getByLabel('Mật khẩu mới', { exact: true }).fill(OWN_PASSWORD);
    await officer.getByLabel('Nhập lại mật khẩu mới').fill(OWN_PASSWORD);
    await officer.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await waitOrExplain(officer, officer.getByRole('heading', { level: 1, name: 'Xin chào, Đỗ Thị Ngọc' }));
    await officer.getByRole('region', { name: 'Việc cần xử lý' }).waitFor();
    const me = await officer.request.get('/trpc/auth.me');
    expect(((await me.json()) as { result: { data: { username: string } } }).result.data.username).toBe(
      'canbo.moi',
    );
  });

  it('the administrator deactivates the officer, after confirming', async () => {
    await admin.getByRole('link', { name: 'Mở tài khoản', exact: true }).click();
    await admin.waitForURL(/\/quan-tri\/tai-khoan\/[0-9a-f-]{36}$/);
    await waitOrExplain(admin, admin.getByRole('heading', { level: 1, name: 'Đỗ Thị Ngọc' }));
    await expectAxeClean(admin);
    await admin.getByRole('button', { name: 'Khoá tài khoản' }).click();
    const confirm = admin.getByRole('dialog', { name: 'Khoá tài khoản canbo.moi?' });
    await confirm.waitFor();
    await expectAxeClean(admin);
    await confirm.getByRole('button', { name: 'Khoá', exact: true }).click();
    await waitOrExplain(admin, admin.getByText('Đã khoá tài khoản; 1 phiên đăng nhập đã kết thúc.'));
    await admin.getByRole('button', { name: 'Mở lại tài khoản' }).waitFor();
    await expectAxeClean(admin);
  });

  it('the officer’s next request is refused and they cannot sign in again', async () => {
    const me = await officer.request.get('/trpc/auth.me');
    expect(((await me.json()) as { result: { data: unknown } }).result.data).toBeNull();
    const inbox = await officer.request.get(
      `/trpc/dossiers.inbox?input=${encodeURIComponent(JSON.stringify({ page: 1, pageSize: 10 }))}`,
    );
    expect(inbox.status()).toBe(401);
    await officer.goto('/lich-lam-viec');
    await officer.waitForURL(/\/dang-nhap/);
    await signIn(officer, 'canbo.moi', OWN_PASSWORD);
    await officer
      .getByRole('alert')
      .filter({ hasText: /không đúng/ })
      .first()
      .waitFor();
    expect(new URL(officer.url()).pathname).toBe('/dang-nhap');
    expect(pageErrors).toEqual([]);
  });
});
