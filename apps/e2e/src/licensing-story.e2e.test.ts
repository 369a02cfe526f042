// The radiation story end to end (issue 8, "Done when" (1)), each actor in their own browser context against the
// built server: a hospital declares two X-ray devices and gets its confirmation; it applies for a licence covering
// them and sees the computed fee before submitting; the radiation officer appraises, the leader signs, the licence
// PDF carries its number and verifies publicly; a renewal filed 30 days before expiry (the demo's older licence) is
// refused with the legal reason. Then the postal story ((2)): an enterprise obtains a licence, amends it to widen
// its scope (same term), and it is revoked and shows as revoked. Every new screen passes axe.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { addCalendarDays, addYearsToIsoDate, must, vietnamLocalTime } from '@skhcn/domain';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  minimalPdf,
  startServer,
  waitOrExplain,
  type RunningServer,
} from './harness';

const PASSWORD = 'Demo@2026';

/** Today in Vietnam, ISO. */
const vnToday = (): string => vietnamLocalTime(new Date().toISOString()).date;

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN' });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

async function signIn(username: string): Promise<Page> {
  const page = await newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  return page;
}

function fact(page: Page, term: string): Locator {
  return page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

async function typeDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(iso.split('-').reverse().join('/'));
}

/** Attaches a small PDF to every file input of the form, waiting for each upload to be listed. */
async function attachAll(page: Page): Promise<void> {
  const inputs = page.locator('form input[type="file"]');
  const n = await inputs.count();
  for (let i = 0; i < n; i++) {
    const name = `thanh-phan-${i + 1}.pdf`;
    await inputs
      .nth(i)
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: minimalPdf(`Thanh phan ${i + 1}`) });
    await page.getByText(new RegExp(`^${name.replace('.', '\\.')} \\(PDF`)).waitFor();
  }
}

async function runAction(
  page: Page,
  label: string,
  fill?: (dialog: Locator) => Promise<void>,
): Promise<void> {
  await page.getByRole('button', { name: label, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function openDossier(page: Page, dossierId: string, code: string): Promise<void> {
  await page.goto(`/cap-phep/ho-so/${dossierId}`);
  await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor({ timeout: 30_000 });
}

/** The officer accepts, the leader assigns to the officer, the officer proposes, the leader signs, it is returned. */
async function process(
  officer: Page,
  leader: Page,
  dossierId: string,
  code: string,
  officerName = 'Bùi Quang Huy',
  beforeProposal?: () => Promise<void>,
): Promise<void> {
  await openDossier(officer, dossierId, code);
  await runAction(officer, 'Tiếp nhận hồ sơ');
  await waitOrExplain(officer, fact(officer, 'Trạng thái').filter({ hasText: 'Được tiếp nhận' }));
  await openDossier(leader, dossierId, code);
  await runAction(leader, 'Phân công thụ lý', async (dialog) => {
    const option = dialog.locator('#action-assignee option').filter({ hasText: officerName });
    await option.waitFor({ state: 'attached' });
    await dialog.getByLabel('Cán bộ thụ lý').selectOption((await option.getAttribute('value')) ?? '');
  });
  await openDossier(officer, dossierId, code);
  await waitOrExplain(officer, fact(officer, 'Trạng thái').filter({ hasText: 'Đang xử lý' }));
  if (beforeProposal) await beforeProposal();
  await runAction(officer, 'Trình ký');
  await openDossier(leader, dossierId, code);
  await runAction(leader, 'Phê duyệt');
  await openDossier(officer, dossierId, code);
  await runAction(officer, 'Trả kết quả');
  await waitOrExplain(officer, fact(officer, 'Trạng thái').filter({ hasText: 'Đã trả kết quả' }));
}

async function submitted(page: Page): Promise<{ code: string; dossierId: string }> {
  await page.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
  await waitOrExplain(page, page.getByText('Đã nộp hồ sơ').first());
  const code = (await fact(page, 'Mã hồ sơ').innerText()).trim();
  const href = (await page.getByRole('link', { name: `Xem hồ sơ ${code}` }).getAttribute('href')) ?? '';
  return { code, dossierId: decodeURIComponent(href.split('/').pop() ?? '') };
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

describe('radiation story: declaration, licence with its fee, signature, public verification, renewal window', () => {
  let hospital: Page;
  let officer: Page;
  let leader: Page;
  let licenceNumber = '';

  let declaration = { code: '', dossierId: '' };

  it('the hospital declares two X-ray devices online', async () => {
    hospital = await signIn('bv.hongphuc');
    await hospital.goto('/cap-phep/nop-ho-so?thu-tuc=buc-xa.khai-bao');
    await hospital.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor({ timeout: 30_000 });
    await expect(hospital.getByLabel('Mã số thuế').inputValue()).resolves.toBe('0201456787');
    await hospital.getByLabel('Tên', { exact: true }).fill('Bệnh viện Đa khoa Hồng Phúc');
    await hospital
      .getByLabel('Địa chỉ', { exact: true })
      .fill('Số 8 đường Lạch Tray, phường Gia Viên, Hải Phòng');
    await hospital.getByLabel('Người phụ trách an toàn bức xạ').fill('Đặng Văn Khoa');
    await typeDate(hospital, 'Ngày phát sinh sự việc', addCalendarDays(vnToday(), -2));
    await hospital.getByRole('button', { name: 'Thêm thiết bị' }).click();
    const rows = [
      ['tong-hop', 'Shimadzu', 'RADspeed Pro', 'SH-2025-0412'],
      ['ct', 'Siemens', 'SOMATOM go.Up', 'SI-108877'],
    ] as const;
    for (const [i, [type, manufacturer, model, serial]] of rows.entries()) {
      const group = hospital.getByRole('group', { name: `Thiết bị ${i + 1}` });
      await group.getByLabel('Loại thiết bị').selectOption(type);
      await group.getByLabel('Hãng sản xuất').fill(manufacturer);
      await group.getByLabel('Model').fill(model);
      await group.getByLabel('Số sê-ri').fill(serial);
    }
    await attachAll(hospital);
    await expectAxeClean(hospital);
    declaration = await submitted(hospital);
  });

  it('the radiation officer finds it in the declarations queue, the leader signs the confirmation; the inventory has the devices', async () => {
    expect(declaration.code, 'the declaration step must pass first').not.toBe('');
    const { code, dossierId } = declaration;
    officer = await signIn('canbo.bucxa');
    leader = await signIn('lanhdao');
    // the declarations queue: the inbox filtered to declarations
    await officer.goto('/cap-phep/khai-bao');
    await officer.getByRole('heading', { name: 'Hộp hồ sơ' }).waitFor({ timeout: 30_000 });
    await waitOrExplain(officer, officer.getByRole('link', { name: code, exact: true }));
    await expectAxeClean(officer);
    await process(officer, leader, dossierId, code);
    const panel = officer.getByRole('region', { name: 'Dữ liệu cấp phép' });
    await waitOrExplain(officer, panel.getByText(/Giấy xác nhận khai báo thiết bị bức xạ/));
    await expect(panel.innerText()).resolves.toMatch(/\d+\/\d{4}\/XNKB-QLCN/);
    await expectAxeClean(officer);

    await officer.goto('/cap-phep/thiet-bi');
    await officer.getByRole('heading', { name: 'Thiết bị bức xạ', level: 1 }).waitFor({ timeout: 30_000 });
    await waitOrExplain(officer, officer.getByRole('cell', { name: 'SI-108877' }));
    await expectAxeClean(officer);
  });

  it('the hospital applies for a licence covering them and sees the computed fee before submitting', async () => {
    await hospital.goto('/cap-phep/nop-ho-so?thu-tuc=buc-xa.cap-giay-phep');
    await hospital.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor({ timeout: 30_000 });
    await hospital.getByLabel('Tên', { exact: true }).fill('Bệnh viện Đa khoa Hồng Phúc');
    await hospital
      .getByLabel('Địa chỉ', { exact: true })
      .fill('Số 8 đường Lạch Tray, phường Gia Viên, Hải Phòng');
    await hospital.getByRole('checkbox', { name: /SH-2025-0412/ }).click();
    await hospital.getByRole('checkbox', { name: /SI-108877/ }).click();
    // 2 devices: 95% of 3.000.000 đ and of 8.000.000 đ
    await waitOrExplain(hospital, hospital.getByTestId('fee-total').filter({ hasText: '10.450.000' }));
    await attachAll(hospital);
    await expectAxeClean(hospital);
    const { code, dossierId } = await submitted(hospital);

    await process(officer, leader, dossierId, code);
    const panel = officer.getByRole('region', { name: 'Dữ liệu cấp phép' });
    await waitOrExplain(officer, panel.getByText(/Giấy phép tiến hành công việc bức xạ/));
    licenceNumber = ((await panel.innerText()).match(/\d+\/\d{4}\/GPBX-QLCN/) ?? [''])[0];
    expect(licenceNumber).not.toBe('');
    await expect(panel.innerText()).resolves.toContain('10.450.000');
  });

  it('the licence PDF carries its number, and anyone verifies it publicly (QR page), which passes axe', async () => {
    expect(licenceNumber, 'the licence step must pass first').not.toBe('');
    const res = await hospital
      .context()
      .request.get(`/api/public/licensing/${encodeURIComponent(licenceNumber)}.pdf`);
    expect(res.status()).toBe(200);
    const bytes = await res.body();
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(licenceNumber);
    expect(flat).toContain('Bệnh viện Đa khoa Hồng Phúc');
    expect(flat).toContain('SI-108877');

    const visitor = await newPage();
    await visitor.goto(`/tra-cuu/giay-phep/${encodeURIComponent(licenceNumber)}`);
    const card = visitor.getByRole('region', {
      name: `Giấy phép tiến hành công việc bức xạ số ${licenceNumber}`,
    });
    await waitOrExplain(visitor, card);
    await card.getByText('Còn hiệu lực').waitFor();
    await card.getByText(/SOMATOM go\.Up, số sê-ri SI-108877/).waitFor();
    await expectAxeClean(visitor);
  });

  it('the register and the facility page list the licence; both pass axe', async () => {
    expect(licenceNumber, 'the licence step must pass first').not.toBe('');
    await officer.goto('/cap-phep/so-dang-ky');
    await officer.getByRole('heading', { name: /Sổ đăng ký/ }).waitFor({ timeout: 30_000 });
    await waitOrExplain(officer, officer.getByRole('link', { name: licenceNumber }));
    await expectAxeClean(officer);
    await officer.goto('/cap-phep/co-so');
    await officer.getByRole('link', { name: 'Bệnh viện Đa khoa Hồng Phúc' }).click();
    await waitOrExplain(officer, officer.getByRole('link', { name: licenceNumber }));
    await expectAxeClean(officer);
  });

  it('the officer’s home lists what falls due (the demo licence expiring in 30 days); the report charts and exports it', async () => {
    await officer.goto('/cap-phep');
    const due = officer.getByRole('region', { name: 'Sắp đến hạn / Quá hạn' });
    await waitOrExplain(officer, due);
    await waitOrExplain(officer, due.getByRole('region', { name: /^Sắp đến hạn \(\d+\)$/ }));
    await expect(due.innerText()).resolves.toContain('Bệnh viện Đa khoa Hồng Phúc');
    await expectAxeClean(officer);

    await officer.goto('/cap-phep/bao-cao');
    await officer.getByRole('heading', { name: 'Báo cáo cấp phép', level: 1 }).waitFor({ timeout: 30_000 });
    const inForce = officer.getByRole('region', { name: 'Giấy phép, văn bản còn hiệu lực' });
    await waitOrExplain(officer, inForce.getByRole('table'));
    await expectAxeClean(officer);
    const href = await officer.getByRole('link', { name: 'Tải Excel (.xlsx)' }).getAttribute('href');
    const xlsx = await officer.request.get(must(href, 'the Excel link'));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');
  });

  it('a renewal filed 30 days before expiry is refused with the legal reason', async () => {
    // the demo's older licence, issued three years ago, expires 30 days from today
    const year = addYearsToIsoDate(addCalendarDays(vnToday(), 30), -3).slice(0, 4);
    await hospital.goto('/cap-phep/nop-ho-so?thu-tuc=buc-xa.gia-han-giay-phep');
    await hospital.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor({ timeout: 30_000 });
    await hospital.getByLabel('Tên', { exact: true }).fill('Bệnh viện Đa khoa Hồng Phúc');
    await hospital
      .getByLabel('Địa chỉ', { exact: true })
      .fill('Số 8 đường Lạch Tray, phường Gia Viên, Hải Phòng');
    await hospital.getByLabel('Số văn bản đã được cấp').fill(`1/${year}/GPBX-QLCN`);
    await attachAll(hospital);
    await hospital.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    const alert = hospital.getByRole('alert').filter({ hasText: 'Chưa gửi được hồ sơ' });
    await waitOrExplain(hospital, alert);
    const message = await alert.innerText();
    expect(message).toContain('ít nhất 45 ngày trước ngày giấy phép hết hạn');
    expect(message).toContain('nay chỉ còn 30 ngày');
    expect(message).toContain('cấp giấy phép mới');
    expect(pageErrors).toEqual([]);
  });
});

describe('postal story: licence, amendment widening the scope, revocation', () => {
  let enterprise: Page;
  let postalOfficer: Page;
  let leader: Page;
  let licence = '';
  let amended = '';
  let until = '';

  const fill = async (code: string) => {
    await enterprise.goto(`/cap-phep/nop-ho-so?thu-tuc=${code}`);
    await enterprise.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor({ timeout: 30_000 });
    await enterprise.getByLabel('Tên', { exact: true }).fill('Công ty TNHH Chuyển phát nhanh Cảng Biển');
    await enterprise.getByLabel('Địa chỉ', { exact: true }).fill('Số 25 đường Điện Biên Phủ, Hải Phòng');
  };
  const panel = () => postalOfficer.getByRole('region', { name: 'Dữ liệu cấp phép' });

  it('an enterprise obtains a postal licence for the term it asked for', async () => {
    enterprise = await signIn('dn.buuchinh');
    postalOfficer = await signIn('canbo.buuchinh');
    leader = await signIn('lanhdao');
    await fill('buu-chinh.cap-giay-phep');
    await enterprise
      .getByLabel('Dịch vụ (mỗi dòng một dịch vụ)')
      .fill('Dịch vụ thư có địa chỉ nhận đến 2 kg');
    await enterprise.getByLabel('Phạm vi cung ứng').fill('Nội tỉnh Hải Phòng');
    await enterprise.getByLabel('Thời hạn đề nghị (năm, tối đa 10)').fill('5');
    await attachAll(enterprise);
    const first = await submitted(enterprise);
    await process(postalOfficer, leader, first.dossierId, first.code, 'Lê Thị Hoa', async () => {
      // proposing the licence before its conditions are appraised is refused, with what to do
      await postalOfficer.getByRole('button', { name: 'Trình ký', exact: true }).first().click();
      const proposal = postalOfficer.getByRole('dialog');
      await proposal.getByRole('button', { name: 'Trình ký', exact: true }).click();
      await waitOrExplain(postalOfficer, proposal.getByText(/Chưa ghi nhận kết quả thẩm định điều kiện/));
      await proposal.getByRole('button', { name: 'Hủy' }).click();
      await proposal.waitFor({ state: 'detached' });
      // the officer records the appraisal: 3 tỷ đồng for the province's scope, every condition met
      const card = postalOfficer.getByRole('region', { name: 'Điều kiện cấp giấy phép bưu chính' });
      await card.getByRole('button', { name: 'Ghi nhận kết quả thẩm định' }).click();
      const form = postalOfficer.getByRole('dialog', { name: 'Thẩm định điều kiện cấp giấy phép bưu chính' });
      await form.getByLabel('Vốn của doanh nghiệp (đồng)').fill('3.000.000.000');
      const groups = form.getByRole('group');
      for (let i = 0; i < (await groups.count()); i += 1) {
        await groups.nth(i).getByLabel('Kết quả').selectOption({ label: 'Đạt' });
      }
      await expectAxeClean(postalOfficer);
      await form.getByRole('button', { name: 'Lưu kết quả thẩm định' }).click();
      await form.waitFor({ state: 'detached' });
      await waitOrExplain(postalOfficer, card.getByText('Có thể trình ký cấp giấy phép.'));
      await expectAxeClean(postalOfficer);
    });
    await waitOrExplain(postalOfficer, panel().getByText(/Giấy phép bưu chính/));
    const text = await panel().innerText();
    licence = (text.match(/Đã cấp: Giấy phép bưu chính số (\d+\/\d{4}\/GPBC-HTS)/) ?? [])[1] ?? '';
    until = (text.match(/hiệu lực đến hết ngày (\d{2}\/\d{2}\/\d{4})/) ?? [])[1] ?? '';
    expect(licence).not.toBe('');
    expect(until.slice(-4)).toBe(String(Number(vnToday().slice(0, 4)) + 5));
  });

  it('amends it to widen its scope: a new licence with the same term, the old one replaced', async () => {
    expect(licence, 'the licence step must pass first').not.toBe('');
    await fill('buu-chinh.sua-doi-giay-phep');
    await enterprise.getByLabel('Số văn bản đã được cấp').fill(licence);
    await enterprise
      .getByLabel('Dịch vụ (mỗi dòng một dịch vụ)')
      .fill('Dịch vụ thư có địa chỉ nhận đến 2 kg\nDịch vụ gói, kiện');
    await enterprise.getByLabel('Phạm vi cung ứng').fill('Liên tỉnh Hải Phòng – Quảng Ninh');
    await attachAll(enterprise);
    const amendment = await submitted(enterprise);
    await process(postalOfficer, leader, amendment.dossierId, amendment.code, 'Lê Thị Hoa');
    await waitOrExplain(postalOfficer, panel().getByText(/Đã cấp: Giấy phép bưu chính/));
    const text = await panel().innerText();
    // the issued one (the panel also names the licence it replaces)
    amended = (text.match(/Đã cấp: Giấy phép bưu chính số (\d+\/\d{4}\/GPBC-HTS)/) ?? [])[1] ?? '';
    expect(amended).not.toBe('');
    expect(amended).not.toBe(licence);
    expect(text).toContain(`hiệu lực đến hết ngày ${until}`);
    const visitor = await newPage();
    await visitor.goto(`/tra-cuu/giay-phep/${encodeURIComponent(licence)}`);
    await waitOrExplain(visitor, visitor.getByText('Đã được thay thế').first());
  });

  it('the leader revokes it by decision from the register; it shows as revoked, publicly too', async () => {
    expect(amended, 'the amendment step must pass first').not.toBe('');
    await leader.goto('/cap-phep/so-dang-ky?linh-vuc=postal');
    await leader.getByRole('button', { name: `Thu hồi văn bản số ${amended}` }).click({ timeout: 30_000 });
    const dialog = leader.getByRole('dialog');
    await dialog.getByLabel(/Số quyết định thu hồi/).fill('15/QĐ-SKHCN');
    await dialog.getByLabel(/Lý do thu hồi/).fill('Doanh nghiệp không duy trì điều kiện vốn tối thiểu');
    await expectAxeClean(leader);
    await dialog.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await waitOrExplain(leader, leader.getByRole('row').filter({ hasText: amended }).getByText('Đã thu hồi'));
    const visitor = await newPage();
    await visitor.goto(`/tra-cuu/giay-phep/${encodeURIComponent(amended)}`);
    const card = visitor.getByRole('region', { name: `Giấy phép bưu chính số ${amended}` });
    await waitOrExplain(visitor, card.getByText('Đã thu hồi').first());
    await card
      .getByText(/Quyết định số 15\/QĐ-SKHCN/)
      .first()
      .waitFor();
    await expectAxeClean(visitor);
    expect(pageErrors).toEqual([]);
  });
});
