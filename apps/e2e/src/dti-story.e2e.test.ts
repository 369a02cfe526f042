// The DTI story end to end, each actor in their own browser context against the built server: the CĐS team opens a
// cycle for three communes, a commune's reporter enters and submits inputs with evidence, the reviewer returns one
// item, the commune corrects it, the reviewer accepts, the cycle closes, the ranking and a unit's radar chart show,
// and the Excel export downloads and is read back.
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  minimalPdf,
  startServer,
  waitOrExplain,
  type RunningServer,
} from './harness';
import { must } from '@skhcn/domain';
import { readPdf } from '@skhcn/documents/testing';

const PASSWORD = 'Demo@2026';
const RETURN_COMMENT = 'Danh sách tập huấn chỉ có 40 người; đề nghị sửa tử số.';

/** An ISO date `days` after today in Vietnam (UTC+7). */
function vnDateIn(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale: 'vi-VN', acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  return page;
}

async function expectAxeClean(page: Page, what: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${what}:\n${describeViolations(violations)}`).toEqual([]);
}

/** The component's card on the entry form, e.g. "1.4". */
function component(page: Page, id: string): Locator {
  return page.getByRole('article', { name: new RegExp(`^${id.replace('.', '\\.')}\\. `) });
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

describe('DTI story: from a cycle opened for three communes to the ranking and the Excel export', () => {
  let cds: Page;
  let commune: Page;
  let cycleId = '';

  it('lets the CĐS team open a cycle for three communes on the 2026 framework', async () => {
    cds = await signIn('canbo.cds');
    await cds.goto('/cds/chu-ky/moi');
    await cds.getByRole('heading', { name: 'Mở kỳ đánh giá' }).waitFor({ timeout: 30_000 });
    // one React in the page: the remote uses the shell's
    await expect(cds.getByTestId('remote-root').getAttribute('data-same-react')).resolves.toBe('true');
    await cds.locator('#framework').selectOption('xa-2026');
    await cds.getByRole('group', { name: 'Phường' }).waitFor();
    // the date field takes dd/mm/yyyy whatever the browser's language
    await cds.locator('#deadline').click();
    await cds.keyboard.type(vnDateIn(30).split('-').reverse().join('/'));
    for (const name of [/^Phường Hồng Bàng/, /^Phường Ngô Quyền/, /^Xã An Lão/])
      await cds.getByRole('checkbox', { name }).check();
    await expectAxeClean(cds, 'open-cycle form');
    await cds.getByRole('button', { name: 'Mở kỳ đánh giá', exact: true }).click();
    await waitOrExplain(
      cds,
      cds.getByRole('heading', { name: 'Đánh giá chỉ số chuyển đổi số cấp xã, phường, đặc khu năm 2026' }),
      30_000,
    );
    cycleId = new URL(cds.url()).pathname.split('/').pop() ?? '';
    expect(cycleId).toMatch(/^[0-9a-f-]{36}$/);
    const progress = cds.getByRole('table', { name: /Số chỉ số thành phần theo trạng thái/ });
    await expect(progress.getByRole('row').count()).resolves.toBe(4);
    await expect(progress.getByRole('row', { name: /Phường Hồng Bàng/ }).innerText()).resolves.toContain(
      'Nguyễn Thị Thu Hà',
    );
    await expectAxeClean(cds, 'cycle dashboard');
  });

  it('lets the commune’s reporter enter two items with evidence and submit them', async () => {
    expect(cycleId, 'the cycle must be open first').not.toBe('');
    commune = await signIn('xa.hongbang');
    // an external account's home leads to its work
    await commune.getByRole('link', { name: 'Mở phân hệ chỉ số chuyển đổi số' }).click();
    await commune
      .getByRole('table', { name: 'Các kỳ đánh giá, mới nhất trước' })
      .getByRole('link', { name: /^Nhập số liệu/ })
      .click();
    await commune
      .getByRole('heading', { name: 'Nhập số liệu: Phường Hồng Bàng' })
      .waitFor({ timeout: 30_000 });

    // 1.4 Mức độ ứng dụng AI (Có/Một phần/Không, 20 points), with a decision and its PDF
    const ai = component(commune, '1.4');
    await ai.getByRole('button', { name: 'Nhập số liệu chỉ số 1.4' }).click();
    await ai.getByRole('radio', { name: 'Có', exact: true }).check();
    await ai.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await ai.getByLabel('Số, ký hiệu văn bản').fill('15/KH-UBND');
    await ai.locator('[id$="-ev-0-date"]').click();
    await commune.keyboard.type('20/01/2026');
    await ai.getByLabel('Trích yếu, tên tài liệu').fill('Kế hoạch ứng dụng trí tuệ nhân tạo năm 2026');
    await ai.getByLabel(/Tệp đính kèm/).setInputFiles({
      name: 'ke-hoach-ai-2026.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Ke hoach ung dung AI 2026'),
    });
    await ai.getByRole('link', { name: 'ke-hoach-ai-2026.pdf' }).waitFor();
    await expectAxeClean(commune, 'entry form with an open editor');
    await ai.getByRole('button', { name: 'Lưu nháp chỉ số 1.4' }).click();
    await waitOrExplain(commune, commune.getByText('Đã lưu nháp chỉ số 1.4: 20 điểm tự đánh giá.'));

    // 1.1 a ratio (10 points), with a link as evidence
    const broadband = component(commune, '1.1');
    await broadband.getByRole('button', { name: 'Nhập số liệu chỉ số 1.1' }).click();
    await broadband.getByLabel('Giá trị chỉ số 1.1: tử số').fill('45');
    await broadband.getByLabel('Giá trị chỉ số 1.1: mẫu số').fill('60');
    await broadband.getByRole('button', { name: 'Thêm minh chứng' }).click();
    await broadband
      .getByLabel('Trích yếu, tên tài liệu')
      .fill('Số liệu thuê bao băng rộng cố định của phường');
    await broadband.getByLabel('Đường dẫn').fill('https://hongbang.haiphong.gov.vn/cds/so-lieu-bang-rong');
    await broadband.getByRole('button', { name: 'Lưu nháp chỉ số 1.1' }).click();
    await waitOrExplain(commune, commune.getByText('Đã lưu nháp chỉ số 1.1: 7,5 điểm tự đánh giá.'));

    await commune.getByRole('button', { name: 'Gửi thẩm định 2 mục đã lưu' }).click();
    await waitOrExplain(commune, commune.getByText('Đã gửi 2 mục để thẩm định.'));
    await component(commune, '1.1').getByText('Chờ thẩm định').waitFor();
  });

  it('lets the reviewer return one item with a comment and accept the other', async () => {
    await cds.goto(`/cds/chu-ky/${cycleId}/tham-dinh`);
    await cds.getByRole('heading', { name: 'Thẩm định số liệu' }).waitFor({ timeout: 30_000 });
    await waitOrExplain(cds, cds.getByText('Tìm thấy 2 mục.'));
    await expectAxeClean(cds, 'review queue');
    const broadband = cds.getByRole('article', { name: /^Phường Hồng Bàng: 1\.1\./ });
    await expect(broadband.innerText()).resolves.toContain('45/60 (75%)');
    await broadband.getByRole('button', { name: /^Trả lại/ }).click();
    const dialog = cds.getByRole('dialog', { name: 'Trả lại chỉ số 1.1' });
    await dialog.getByLabel(/Lý do trả lại/).fill(RETURN_COMMENT);
    await expectAxeClean(cds, 'return dialog');
    await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
    await waitOrExplain(cds, cds.getByText('Đã trả lại 1 mục.'));
    const ai = cds.getByRole('article', { name: /^Phường Hồng Bàng: 1\.4\./ });
    await ai.getByRole('button', { name: /^Chấp nhận Phường Hồng Bàng 1\.4/ }).click();
    await waitOrExplain(cds, cds.getByText('Đã chấp nhận 1 mục.'));
    await cds.getByText('Không còn mục nào chờ thẩm định').waitFor();
  });

  it('lets the commune correct the returned item and send it again', async () => {
    await commune.reload();
    await commune
      .getByRole('heading', { name: 'Nhập số liệu: Phường Hồng Bàng' })
      .waitFor({ timeout: 30_000 });
    const broadband = component(commune, '1.1');
    await broadband.getByText(RETURN_COMMENT).waitFor();
    await broadband.getByRole('button', { name: 'Sửa chỉ số 1.1' }).click();
    await broadband.getByLabel('Giá trị chỉ số 1.1: tử số').fill('40');
    await broadband.getByRole('button', { name: 'Lưu nháp chỉ số 1.1' }).click();
    await waitOrExplain(commune, commune.getByText('Đã lưu bản sửa chỉ số 1.1: 6,67 điểm tự đánh giá.'));
    await commune.getByRole('button', { name: 'Gửi thẩm định 1 mục đã lưu' }).click();
    await waitOrExplain(commune, commune.getByText('Đã gửi 1 mục để thẩm định.'));
  });

  it('lets the reviewer accept the correction and the CĐS team close the cycle', async () => {
    await cds.goto(`/cds/chu-ky/${cycleId}/tham-dinh`);
    const broadband = cds.getByRole('article', { name: /^Phường Hồng Bàng: 1\.1\./ });
    await waitOrExplain(cds, broadband.getByText('đã trả lại 1 lần'), 30_000);
    await broadband.getByRole('button', { name: /^Chấp nhận Phường Hồng Bàng 1\.1/ }).click();
    await waitOrExplain(cds, cds.getByText('Đã chấp nhận 1 mục.'));

    await cds.goto(`/cds/chu-ky/${cycleId}`);
    await cds.getByRole('button', { name: 'Đóng kỳ đánh giá' }).click();
    const dialog = cds.getByRole('dialog', { name: 'Đóng kỳ đánh giá' });
    await expect(dialog.innerText()).resolves.toContain('chưa được chấp nhận');
    await dialog.getByRole('button', { name: 'Đóng kỳ đánh giá' }).click();
    await waitOrExplain(cds, cds.getByText('Đã đóng kỳ đánh giá; số liệu đã được khóa.'));
    await cds.getByText('Đã đóng, số liệu đã khóa').first().waitFor();
  });

  it('shows the ranking and the unit’s radar chart', async () => {
    await cds.goto(`/cds/chu-ky/${cycleId}/ket-qua`);
    const ranking = cds.getByRole('table', { name: 'Xếp hạng theo chỉ số chuyển đổi số' });
    await waitOrExplain(cds, ranking, 30_000);
    const rows = ranking.getByRole('row');
    await expect(rows.count()).resolves.toBe(4);
    // 20 + 40/60 × 10 = 26,67 of 960 points → 0,028; the other two reported nothing and share rank 2
    await expect(rows.nth(1).innerText()).resolves.toMatch(/^1\s+Phường Hồng Bàng.*26,67\s+0,028/s);
    await expect(rows.nth(2).innerText()).resolves.toMatch(/^2\s/);
    await expect(rows.nth(3).innerText()).resolves.toMatch(/^2\s/);
    const radar = cds.getByRole('img', { name: 'Biểu đồ radar các chỉ số của Phường Hồng Bàng' });
    await radar.waitFor({ timeout: 30_000 });
    // two radar layers drawn (the unit and the average of all units); the unit's is tiny (0,028), so only attached
    await radar.locator('svg .recharts-radar').nth(1).waitFor({ state: 'attached' });
    await expect(radar.locator('svg .recharts-polar-angle-axis-tick').count()).resolves.toBe(6);
    await cds.getByRole('img', { name: /Chỉ số năm 2025 và năm 2026/ }).waitFor();
    await expectAxeClean(cds, 'results');

    // the reporter sees the published ranking too, now that the cycle is closed
    await commune.goto(`/cds/chu-ky/${cycleId}/ket-qua`);
    await commune
      .getByRole('table', { name: 'Xếp hạng theo chỉ số chuyển đổi số' })
      .waitFor({ timeout: 30_000 });
  });

  it('downloads the Excel export with every input and score, and the PDF report', async () => {
    const [download] = await Promise.all([
      cds.waitForEvent('download'),
      cds.getByRole('link', { name: 'Tải Excel số liệu và điểm (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('dti-commune-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await readFile(must(await download.path(), 'the downloaded file'))) as unknown as ArrayBuffer,
    );
    const results = must(wb.getWorksheet('Kết quả'), 'the results sheet');
    expect(results.getRow(5).getCell(3).value).toBe('Phường Hồng Bàng');
    expect(results.getRow(5).getCell(7).value).toBe(0.028);
    const data = must(wb.getWorksheet('Số liệu'), 'the inputs sheet');
    expect(data.actualRowCount).toBe(1 + 3 * 62);
    const rows: (string | number)[][] = [];
    data.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as (string | number)[]).slice(1));
    });
    const broadband = must(
      rows.find((r) => r[0] === 'phuong-hong-bang' && r[2] === '1.1'),
      'the row of Hồng Bàng’s 1.1',
    );
    // status, self-assessed value and points, appraised points, final points, evidence
    expect(broadband[5]).toBe('Đã chấp nhận');
    expect(broadband[6]).toBe('40/60 (66,6667%)');
    expect(broadband[10]).toBeCloseTo(20 / 3, 6);
    expect(String(broadband[13])).toContain('https://hongbang.haiphong.gov.vn/cds/so-lieu-bang-rong');

    const pdf = await cds.context().request.get(`/api/dti/cycles/${cycleId}/report.pdf`);
    expect(pdf.status()).toBe(200);
    const { text } = await readPdf(await pdf.body());
    expect(text).toContain('BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ');
    expect(pageErrors).toEqual([]);
  });
});
