// The conformity (hợp quy) story end to end, each actor in their own browser context against the built server:
// an enterprise submits online, the TĐC officer accepts it, the unit head assigns it, the officer asks for a
// missing document, the enterprise supplies it, the leader signs, the notice PDF carries its number and QR
// code, and anyone signed out can verify the notice on the public page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { addWorkingDays } from '@skhcn/domain';
import { axeViolations, describeViolations, launchBrowser, startServer, type RunningServer } from './harness';

const PASSWORD = 'Demo@2026';
const REPORT_COMPONENT = /Báo cáo tự đánh giá kèm kết quả thử nghiệm/;
const ADDITIONS_REASON =
  'Phiếu kết quả thử nghiệm kèm báo cáo tự đánh giá đã quá 12 tháng; đề nghị nộp kết quả thử nghiệm mới.';

/** A small, well-formed one-page PDF (valid xref offsets) with the given line of text. */
function minimalPdf(text: string): Buffer {
  const content = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(pdf.length);
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

/** Types an ISO date into a date field (dd/mm/yyyy segments) as people do: "26/11/2026" from the day on. */
async function typeDate(scope: Page | Locator, label: string, iso: string): Promise<void> {
  const field = scope.getByRole('group', { name: label });
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(iso.split('-').reverse().join('/'));
}

/**
 * A self-assessment report date about two months back whose day is also a possible month (1–12) and differs from
 * its month, so a month-first reading (an English browser's mm/dd/yyyy) would store a different day.
 */
function ambiguousReportDate(): string {
  const base = vnDateDaysAgo(60);
  const month = Number(base.slice(5, 7));
  const day = month === 12 ? 1 : month + 1;
  return `${base.slice(0, 8)}${String(day).padStart(2, '0')}`;
}

/** An ISO date `days` before today in Vietnam (UTC+7). */
function vnDateDaysAgo(days: number): string {
  return new Date(Date.now() + 7 * 3600_000 - days * 86_400_000).toISOString().slice(0, 10);
}

let server: RunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];

async function newPage(locale = 'vi-VN'): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.url, locale });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

async function signIn(username: string, locale?: string): Promise<Page> {
  const page = await newPage(locale);
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  return page;
}

/** The value (dd) of a fact (dt) on a page, e.g. "Trạng thái". */
function fact(page: Page, term: string): Locator {
  return page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Waits for a locator; on timeout, fails with what the page shows instead (error summaries, alerts). */
async function waitOrExplain(page: Page, locator: Locator): Promise<void> {
  try {
    await locator.waitFor();
  } catch (err) {
    const shown = await page
      .locator('main')
      .innerText({ timeout: 2000 })
      .catch(() => '(no main)');
    throw new Error(`${String(err)}\n--- page shows:\n${shown.slice(0, 3000)}`);
  }
}

async function openDossier(page: Page, dossierId: string, code: string): Promise<void> {
  await page.goto(`/tdc/ho-so/${dossierId}`);
  await page.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor({ timeout: 30_000 });
}

/** Clicks an action in the "Thao tác" card, then confirms it in the dialog with the same label. */
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

async function waitForStatus(page: Page, status: string): Promise<void> {
  await waitOrExplain(page, fact(page, 'Trạng thái').filter({ hasText: status }));
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

describe('conformity story: online hợp quy declaration to a verified notice', () => {
  let applicant: Page;
  let officer: Page;
  let code = '';
  let dossierId = '';
  let noticeNumber = '';

  it('lets the enterprise submit a hợp quy declaration online with its PDF and gives a dossier code', async () => {
    // the enterprise's browser is set to English: the dates it types are still dd/mm/yyyy
    applicant = await signIn('dn.thephp', 'en-US');
    await applicant.goto('/tdc/nop-ho-so');
    await applicant.getByRole('heading', { name: 'Nộp hồ sơ trực tuyến' }).waitFor({ timeout: 30_000 });

    await applicant.getByLabel('Thủ tục hành chính').selectOption('tdc.hop-quy');
    // the organisation comes from the applicant's account (tax code read-only)
    const taxCode = applicant.getByLabel('Mã số doanh nghiệp/mã số thuế');
    await expect(taxCode.inputValue()).resolves.toBe('0200123457');
    await expect(applicant.getByLabel('Tên tổ chức, cá nhân công bố').inputValue()).resolves.toBe(
      'Công ty Cổ phần Thép Hải Phòng',
    );
    await applicant
      .getByLabel('Địa chỉ', { exact: true })
      .fill('Số 12 đường Lê Hồng Phong, phường Ngô Quyền, TP. Hải Phòng');
    await applicant.getByLabel('Tên sản phẩm, hàng hóa').fill('Thép cốt bê tông cán nóng');
    await applicant.getByLabel('Kiểu, loại, mẫu mã').fill('CB400-V D16');
    await applicant.getByLabel('Số hiệu quy chuẩn 1').fill('QCVN 7:2019/BKHCN');
    await applicant.getByLabel('Mức rủi ro của sản phẩm, hàng hóa').selectOption('medium');
    await applicant.getByLabel('Căn cứ', { exact: true }).selectOption('self_assessment');
    await typeDate(applicant, 'Ngày ký báo cáo tự đánh giá', ambiguousReportDate());

    await applicant.getByLabel('Bản công bố hợp quy', { exact: true }).setInputFiles({
      name: 'ban-cong-bo-hop-quy.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Ban cong bo hop quy - thep cot be tong'),
    });
    await applicant
      .getByRole('list', { name: 'Tệp đã đính kèm: Bản công bố hợp quy' })
      .getByText(/^ban-cong-bo-hop-quy\.pdf \(PDF/)
      .waitFor();
    // on self-assessment the self-assessment report is required (the form says so until it is attached)
    await applicant.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await applicant
      .getByText(/Vui lòng đính kèm: Báo cáo tự đánh giá/)
      .first()
      .waitFor();
    await applicant.getByLabel(REPORT_COMPONENT).setInputFiles({
      name: 'bao-cao-tu-danh-gia-2025.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Bao cao tu danh gia 2025'),
    });
    await applicant.getByText(/^bao-cao-tu-danh-gia-2025\.pdf \(PDF/).waitFor();

    await applicant.getByRole('button', { name: 'Nộp hồ sơ', exact: true }).click();
    await waitOrExplain(applicant, applicant.getByText('Đã nộp hồ sơ').first());
    code = (await fact(applicant, 'Mã hồ sơ').innerText()).trim();
    expect(code).toMatch(/\S{4,}/);
    // online: no appointment until the one-stop desk accepts it
    await expect(fact(applicant, 'Ngày hẹn trả kết quả').innerText()).resolves.toMatch(/Sẽ có khi cán bộ/);
  });

  it('lets the officer find it in the inbox and accept it', async () => {
    expect(code, 'the submission step must pass first').not.toBe('');
    officer = await signIn('canbo.tdc');
    await officer.goto('/tdc/ho-so');
    await officer.getByRole('heading', { name: 'Hộp hồ sơ' }).waitFor({ timeout: 30_000 });
    await officer.getByLabel('Tìm theo mã hồ sơ, tên hoặc mã số thuế').fill(code);
    await officer.getByLabel('Tìm theo mã hồ sơ, tên hoặc mã số thuế').press('Enter');
    await officer.getByRole('link', { name: code, exact: true }).click();
    await officer.waitForURL(/\/tdc\/ho-so\/[^/]+$/);
    dossierId = decodeURIComponent(new URL(officer.url()).pathname.split('/').pop() ?? '');
    await officer.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor();
    await waitForStatus(officer, 'Mới đăng ký');

    // the date the enterprise typed in an English browser is the day it meant (dd/mm/yyyy), not month-first
    const reportDate = ambiguousReportDate().split('-').reverse().join('/');
    await waitOrExplain(
      officer,
      fact(officer, 'Ngày ký báo cáo tự đánh giá').filter({ hasText: reportDate }),
    );

    await runAction(officer, 'Tiếp nhận hồ sơ');
    await waitForStatus(officer, 'Được tiếp nhận');
    // accepting sets the appointment date
    await expect(fact(officer, 'Ngày hẹn trả kết quả').innerText()).resolves.toMatch(/\d{2}\/\d{2}\/\d{4}/);
  });

  it('lets the unit head assign it to the officer', async () => {
    expect(dossierId, 'the earlier steps must pass first').not.toBe('');
    const head = await signIn('truong.tdc');
    await openDossier(head, dossierId, code);
    await runAction(head, 'Phân công thụ lý', async (dialog) => {
      const option = dialog.locator('#action-assignee option').filter({ hasText: 'Nguyễn Thị Lan' });
      await option.waitFor({ state: 'attached' });
      const value = await option.getAttribute('value');
      await dialog.getByLabel('Cán bộ thụ lý').selectOption(value ?? '');
    });
    await waitForStatus(head, 'Đang xử lý');
    await fact(head, 'Cán bộ thụ lý').filter({ hasText: 'Nguyễn Thị Lan' }).waitFor();
  });

  it('lets the assigned officer request a newer self-assessment report, pausing the clock', async () => {
    expect(dossierId, 'the earlier steps must pass first').not.toBe('');
    await openDossier(officer, dossierId, code);
    await waitForStatus(officer, 'Đang xử lý');
    await runAction(officer, 'Yêu cầu bổ sung', async (dialog) => {
      await dialog.getByRole('checkbox', { name: REPORT_COMPONENT }).check();
      await dialog.getByLabel(/Lý do cần bổ sung: Báo cáo tự đánh giá/).fill(ADDITIONS_REASON);
    });
    await waitForStatus(officer, 'Yêu cầu bổ sung giấy tờ');
    await fact(officer, 'Ngày hẹn trả kết quả').filter({ hasText: 'Tạm dừng tính hạn' }).waitFor();
  });

  it('shows the applicant the request on their page and takes the additional document', async () => {
    expect(dossierId, 'the earlier steps must pass first').not.toBe('');
    await applicant.goto('/ho-so-cua-toi');
    await applicant.getByRole('heading', { name: 'Hồ sơ của tôi', level: 1 }).waitFor();
    const row = applicant
      .getByRole('listitem')
      .filter({ has: applicant.getByRole('heading', { name: `Hồ sơ ${code}` }) });
    await row.getByText('Yêu cầu bổ sung giấy tờ').waitFor();
    // what to supply, in the officer's words, and the request itself as a document
    await waitOrExplain(applicant, row.getByText(/đã quá 12 tháng/).first());
    await row.getByRole('link', { name: /Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ }).waitFor();

    await row.getByRole('button', { name: `Nộp bổ sung cho hồ sơ ${code}` }).click();
    const dialog = applicant.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByLabel(REPORT_COMPONENT).setInputFiles({
      name: 'bao-cao-tu-danh-gia.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf('Bao cao tu danh gia va ket qua thu nghiem'),
    });
    await dialog.getByText(/^bao-cao-tu-danh-gia\.pdf \(PDF/).waitFor();
    await dialog.getByRole('button', { name: 'Nộp bổ sung', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await row.getByText('Đang xử lý').waitFor();
  });

  it('lets the unit head send the apology letter with a new appointment date (Mẫu 04), once', async () => {
    expect(dossierId, 'the earlier steps must pass first').not.toBe('');
    const head = await signIn('truong.tdc');
    await openDossier(head, dossierId, code);
    await waitForStatus(head, 'Đang xử lý');
    const [, day, month, year] =
      /(\d{2})\/(\d{2})\/(\d{4})/.exec(await fact(head, 'Ngày hẹn trả kết quả').innerText()) ?? [];
    if (!day || !month || !year) throw new Error('the appointment date is not shown as dd/mm/yyyy');
    const current = `${year}-${month}-${day}`;
    const newDeadline = addWorkingDays(current, 3);

    await head.getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả', exact: true }).click();
    const dialog = head.getByRole('dialog');
    await dialog.waitFor();
    // the dialog's new fields pass axe too
    const violations = await axeViolations(head);
    expect(violations, describeViolations(violations)).toEqual([]);
    await typeDate(dialog, 'Ngày hẹn trả kết quả mới', newDeadline);
    await dialog
      .getByLabel('Lý do chậm trả kết quả')
      .fill('Cần đối chiếu kết quả thử nghiệm với phòng thử nghiệm');
    await dialog.getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const vnNew = newDeadline.split('-').reverse().join('/');
    await fact(head, 'Ngày hẹn trả kết quả').filter({ hasText: vnNew }).waitFor();
    await expect(head.getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' }).count()).resolves.toBe(0);
    const letter = await head
      .context()
      .request.get(`/api/dossiers/${encodeURIComponent(dossierId)}/documents/apology.pdf`);
    expect(letter.status()).toBe(200);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(await letter.body())), {
      mergePages: true,
    });
    expect(text.replace(/\s+/g, ' ')).toContain(vnNew);
  });

  it('goes to the leader for signature and the leader approves, issuing a numbered notice', async () => {
    expect(dossierId, 'the earlier steps must pass first').not.toBe('');
    await openDossier(officer, dossierId, code);
    await waitForStatus(officer, 'Đang xử lý');
    // the supplied report is now attached to its component
    await officer.getByRole('link', { name: 'bao-cao-tu-danh-gia.pdf' }).waitFor();
    await runAction(officer, 'Trình ký');
    await fact(officer, 'Trạng thái').filter({ hasText: 'Đang trình lãnh đạo ký' }).waitFor();

    // the leader finds it in the signing queue on the home page and signs from there
    const leader = await signIn('lanhdao');
    const queue = leader.getByRole('region', { name: /^Chờ ký \(\d+\)$/ });
    await queue.waitFor({ timeout: 30_000 });
    await queue.getByRole('link', { name: new RegExp(code) }).click();
    await leader.getByRole('heading', { name: `Hồ sơ ${code}` }).waitFor({ timeout: 30_000 });
    await runAction(leader, 'Phê duyệt');
    const notice = leader.locator('p').filter({ hasText: /^Thông báo tiếp nhận số / });
    await notice.waitFor();
    noticeNumber = (await notice.locator('strong').innerText()).trim();
    expect(noticeNumber).toMatch(/^\d+\/\d{4}\/TBTNHS-CCTĐC$/);
    await notice.getByText('Còn hiệu lực').waitFor();

    // the officer hands the result back: the dossier is closed
    await openDossier(officer, dossierId, code);
    await runAction(officer, 'Trả kết quả');
    await waitForStatus(officer, 'Đã trả kết quả');
  });

  it('serves the notice as a PDF that carries its number and a QR code', async () => {
    expect(noticeNumber, 'the approval step must pass first').not.toBe('');
    const res = await officer
      .context()
      .request.get(`/api/dossiers/${encodeURIComponent(dossierId)}/documents/notice.pdf`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/application\/pdf/);
    const bytes = await res.body();
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    expect(text.replace(/\s+/g, ' ')).toContain(noticeNumber);
    expect(text).toMatch(/Công ty Cổ phần Thép Hải Phòng/);

    // the applicant (owner) downloads the result from Hồ sơ của tôi once it was handed back
    await applicant.goto('/ho-so-cua-toi');
    const card = applicant
      .getByRole('listitem')
      .filter({ has: applicant.getByRole('heading', { name: `Hồ sơ ${code}` }) });
    await card.getByText('Đã trả kết quả').waitFor({ timeout: 30_000 });
    const result = card.getByRole('link', {
      name: new RegExp(`Thông báo tiếp nhận bản công bố số ${noticeNumber.replace(/\//g, '\\/')}`),
    });
    const href = await result.getAttribute('href');
    expect(href).toMatch(/\.pdf$/);
    const own = await applicant.context().request.get(href ?? '');
    expect(own.status()).toBe(200);
    const ownText = (
      await extractText(await getDocumentProxy(new Uint8Array(await own.body())), { mergePages: true })
    ).text;
    expect(ownText.replace(/\s+/g, ' ')).toContain(noticeNumber);
    // a stranger signed out may not have the dossier's documents
    const anonymous = await newPage();
    const denied = await anonymous
      .context()
      .request.get(`/api/dossiers/${encodeURIComponent(dossierId)}/documents/notice.pdf`);
    expect([401, 403]).toContain(denied.status());
  });

  it('lets anyone signed out verify the notice as in force on the public page, which passes axe', async () => {
    expect(noticeNumber, 'the approval step must pass first').not.toBe('');
    const visitor = await newPage();
    await visitor.goto(`/tra-cuu/thong-bao/${encodeURIComponent(noticeNumber)}`);
    await visitor
      .getByRole('heading', { name: `Thông báo tiếp nhận số ${noticeNumber}` })
      .waitFor({ timeout: 30_000 });
    await visitor.getByText('Còn hiệu lực').first().waitFor();
    await fact(visitor, 'Mã hồ sơ').filter({ hasText: code }).waitFor();
    await fact(visitor, 'Tổ chức công bố').filter({ hasText: 'Công ty Cổ phần Thép Hải Phòng' }).waitFor();
    expect(new URL(visitor.url()).pathname).not.toMatch(/dang-nhap/);
    const violations = await axeViolations(visitor);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
