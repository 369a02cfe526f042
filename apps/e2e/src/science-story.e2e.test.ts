// The science story end to end, each actor in their own browser context against the built server: the office records
// a proposal and opens a call; two organisations apply; a five-member council scores them independently, one member
// declaring a conflict of interest; the office closes the scoring, sees the ranking and the minutes PDF, contracts the
// winner; the host reports progress; acceptance is graded Đạt; the host files the registration of results, the
// one-stop dossier is approved and its certificate PDF carries its number and a QR code to the public verification page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { qrPayloads, readPdf } from '@skhcn/documents/testing';
import { addCalendarDays } from '@skhcn/domain';
import {
  axeViolations,
  describeViolations,
  launchBrowser,
  minimalPdf,
  startServer,
  type RunningServer,
} from './harness';

const PASSWORD = 'Demo@2026';
const TITLE = 'Ứng dụng trí tuệ nhân tạo dự báo xâm nhập mặn vùng cửa sông Văn Úc';
const INSTITUTE = 'Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng';
const COMPANY = 'Công ty Cổ phần Thép Hải Phòng';

/** Today in Vietnam (UTC+7), ISO. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

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

const pages = new Map<string, Page>();
/** One signed-in page per person, kept for the whole story. */
async function as(username: string): Promise<Page> {
  const known = pages.get(username);
  if (known) return known;
  const page = await newPage();
  await page.goto('/dang-nhap');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/dang-nhap'));
  pages.set(username, page);
  return page;
}

async function expectAxeClean(page: Page): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, describeViolations(violations)).toEqual([]);
}

/** Waits for a locator; on timeout, fails with what the page shows instead. */
async function waitOrExplain(page: Page, locator: Locator, timeout = 30_000): Promise<void> {
  try {
    await locator.first().waitFor({ timeout });
  } catch (err) {
    const shown = await page
      .locator('main')
      .innerText({ timeout: 2000 })
      .catch(() => '(no main)');
    throw new Error(`${String(err)}\n--- page shows:\n${shown.slice(0, 3000)}`);
  }
}

/** The value (dd) of a fact (dt). */
const fact = (page: Page, term: string) =>
  page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .locator('xpath=following-sibling::dd[1]');

/** Clicks a step in the "Thao tác" card, lets `fill` fill the dialog, confirms it and waits for it to close. */
async function step(page: Page, label: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await page
    .getByRole('region', { name: 'Thao tác' })
    .getByRole('button', { name: label, exact: true })
    .click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  if (fill) await fill(dialog);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  try {
    await dialog.waitFor({ state: 'detached', timeout: 20_000 });
  } catch (err) {
    throw new Error(`${String(err)}\n--- dialog shows:\n${await dialog.innerText().catch(() => '')}`);
  }
}

/** Picks the option whose text contains `text` in a select found by label. */
async function choose(scope: Locator, label: string | RegExp, text: string): Promise<void> {
  const select = scope.getByLabel(label, { exact: typeof label === 'string' });
  const option = select.locator('option').filter({ hasText: text });
  await option.first().waitFor({ state: 'attached' });
  await select.selectOption((await option.first().getAttribute('value')) ?? '');
}

async function openTask(page: Page): Promise<void> {
  await page.goto(`/khcn/nhiem-vu/${taskId}`);
  await waitOrExplain(page, page.getByRole('heading', { level: 1, name: `Nhiệm vụ ${code}` }));
}

const stageIs = (page: Page, stage: string) =>
  waitOrExplain(page, fact(page, 'Giai đoạn').filter({ hasText: stage }));

let taskId = '';
let code = '';
let councilId = '';
let certificate = '';
let registrationCode = '';

beforeAll(async () => {
  server = await startServer();
  ({ browser } = await launchBrowser());
});

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe('science story: from a proposal to a registered result', () => {
  it('lets the office record a proposal, identify it and open a call, on screens that pass axe', async () => {
    const office = await as('canbo.khoahoc');
    await office.goto('/khcn');
    await waitOrExplain(
      office,
      office.getByRole('heading', { level: 1, name: 'Bảng theo dõi nhiệm vụ khoa học và công nghệ' }),
    );
    await waitOrExplain(office, office.getByRole('list', { name: 'Số nhiệm vụ theo giai đoạn' }));
    // the demo's task with an overdue periodic report is flagged on the board
    await waitOrExplain(office, office.getByRole('region', { name: /Báo cáo định kỳ quá hạn/ }));
    await expectAxeClean(office);

    await office.getByRole('link', { name: 'Ghi nhận đề xuất mới' }).click();
    await waitOrExplain(office, office.getByRole('heading', { level: 1, name: 'Ghi nhận đề xuất đặt hàng' }));
    await office.getByLabel('Tên nhiệm vụ').fill(TITLE);
    await office.getByLabel('Lĩnh vực khoa học').selectOption('engineering');
    await office.getByLabel('Mức độ cấp thiết').selectOption('urgent');
    await office
      .getByLabel('Tính cấp thiết')
      .fill('Xâm nhập mặn ngày càng sâu ảnh hưởng nước tưới và nước sinh hoạt.');
    await office.getByLabel('Mục tiêu').fill('Mô hình dự báo độ mặn 7 ngày cho các cống lấy nước.');
    await office
      .getByLabel('Sản phẩm dự kiến')
      .fill('Mô hình dự báo độ mặn\nỨng dụng cảnh báo trên điện thoại');
    await office.getByLabel('Thời gian thực hiện (tháng)').fill('18');
    await office.getByLabel('Kinh phí dự kiến (đồng)').fill('1.800.000.000');
    await office.getByLabel('Loại đơn vị đề xuất').selectOption('department');
    await office.getByLabel('Tên đơn vị đề xuất').fill('Sở Nông nghiệp và Môi trường');
    await expectAxeClean(office);
    await office.getByRole('button', { name: 'Ghi nhận đề xuất' }).click();
    await office.waitForURL(/\/khcn\/nhiem-vu\/[^/]+$/);
    taskId = decodeURIComponent(new URL(office.url()).pathname.split('/').pop() ?? '');
    const heading = office.getByRole('heading', { level: 1, name: /^Nhiệm vụ NV-\d{4}-\d{3}$/ });
    await waitOrExplain(office, heading);
    code = ((await heading.innerText()).match(/NV-\d{4}-\d{3}/) ?? [''])[0];
    await stageIs(office, 'Đề xuất đặt hàng');
    await expectAxeClean(office);

    await step(office, 'Xác định nhiệm vụ', async (d) => {
      await d.getByLabel('Kết luận của hội đồng').fill('Hội đồng tư vấn thống nhất đề nghị đặt hàng.');
    });
    await stageIs(office, 'Đã xác định, chờ tuyển chọn');
    await step(office, 'Thông báo tuyển chọn', async (d) => {
      await d.getByLabel('Hình thức').selectOption('selection');
      await d.getByLabel('Hạn nộp hồ sơ').fill(addCalendarDays(today(), 20));
    });
    await stageIs(office, 'Đang tuyển chọn, giao trực tiếp');
  });

  it('lets two organisations apply online with their plan, team and budget', async () => {
    expect(code, 'the call must be open first').not.toBe('');
    for (const [username, pi] of [
      ['vien.ungdung', 'TS. Trần Minh Đức'],
      ['dn.thephp', 'ThS. Ngô Văn Thành'],
    ] as const) {
      const org = await as(username);
      await org.goto('/khcn/dot-tuyen-chon');
      await waitOrExplain(org, org.getByRole('heading', { level: 1, name: 'Đợt tuyển chọn đang mở' }));
      await org.getByRole('link', { name: `Đăng ký chủ trì nhiệm vụ ${code}` }).click();
      await waitOrExplain(
        org,
        org.getByRole('heading', { level: 1, name: `Đăng ký chủ trì nhiệm vụ ${code}` }),
      );
      await org.getByLabel('Chủ nhiệm nhiệm vụ').fill(pi);
      await org
        .getByRole('textbox', { name: /^Thuyết minh/ })
        .fill(
          'Thuyết minh: tổng quan, mục tiêu, 4 nội dung nghiên cứu, phương pháp học máy trên số liệu quan trắc mặn.',
        );
      await org.getByLabel('Họ và tên thành viên 1').fill(pi.replace(/^\S+\s/, ''));
      await org.getByLabel('Khoản chi 1', { exact: true }).fill('Thuê khoán chuyên môn');
      await org.getByLabel('Số tiền khoản chi 1 (đồng)').fill('1.500.000.000');
      if (username === 'vien.ungdung') await expectAxeClean(org);
      await org.getByRole('button', { name: 'Nộp hồ sơ đăng ký' }).click();
      await org.waitForURL(/\/khcn\/cua-toi$/);
      await waitOrExplain(
        org,
        org.getByRole('row', { name: new RegExp(code) }).filter({ hasText: 'Đang xét chọn' }),
      );
    }
  });

  it('lets the office form a five-member council from the expert register', async () => {
    const office = await as('canbo.khoahoc');
    await openTask(office);
    await office.getByRole('button', { name: 'Thành lập hội đồng' }).click();
    const dialog = office.getByRole('dialog', { name: 'Thành lập hội đồng' });
    await dialog.waitFor();
    await dialog.getByLabel('Mô hình hội đồng').selectOption('department-5-7');
    for (const [i, name] of [
      'Hoàng Văn Minh',
      'Lê Thị Thu',
      'Phạm Quang Dũng',
      'Nguyễn Thị Hà',
      'Vũ Đức Anh',
    ].entries())
      await choose(dialog, `Thành viên ${i + 1}`, name);
    await expectAxeClean(office);
    await dialog.getByRole('button', { name: 'Thành lập hội đồng', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    const link = office.getByRole('link', { name: /^Hội đồng tư vấn tuyển chọn/ });
    await waitOrExplain(office, link);
    councilId = ((await link.getAttribute('href')) ?? '').split('/').pop() ?? '';
    expect(councilId).toMatch(/^[0-9a-f-]{36}$/);
  });

  // [member, institute's scores, company's scores]; cg.vuduc works at the institute and declares a conflict
  const plan: [string, number[] | 'conflict', number[]][] = [
    ['cg.hoangminh', [13, 25, 20, 17, 8], [11, 22, 18, 14, 7]],
    ['cg.lethu', [12, 24, 20, 16, 8], [11, 21, 18, 14, 7]],
    ['cg.phamquang', [12, 24, 19, 16, 8], [11, 22, 19, 14, 7]],
    ['cg.nguyenha', [12, 24, 20, 16, 8], [11, 22, 18, 14, 7]],
    ['cg.vuduc', 'conflict', [10, 22, 18, 14, 7]],
  ];
  const labels = [
    /Tổng quan tình hình nghiên cứu/,
    /Nội dung, phương pháp/,
    /Sản phẩm, khả năng ứng dụng/,
    /Năng lực của tổ chức/,
    /Tính hợp lý của dự toán/,
  ];
  // one member at a time (each their own browser context): five members and ten sheets do not fit one test's time
  for (const [index, [username, institute, company]] of plan.entries()) {
    it(`has ${username} declare conflicts before seeing an application and score independently`, async () => {
      expect(councilId, 'the council must exist first').not.toBe('');
      const member = await as(username);
      await member.goto('/khcn');
      await member.waitForURL(/\/khcn\/hoi-dong-cua-toi$/);
      for (const [organisation, scores] of [
        [INSTITUTE, institute],
        [COMPANY, company],
      ] as const) {
        // the member may sit on other councils: this one's card lists its applications
        const card = member.getByRole('region', {
          name: `Hội đồng tư vấn tuyển chọn, giao trực tiếp nhiệm vụ ${code}`,
        });
        await waitOrExplain(member, card.getByRole('link', { name: organisation }));
        await card.getByRole('link', { name: organisation }).click();
        await waitOrExplain(
          member,
          member.getByRole('heading', { level: 1, name: `Hồ sơ của ${organisation}` }),
        );
        // the content is not shown before the declaration
        expect(await member.getByRole('region', { name: 'Nội dung hồ sơ' }).count()).toBe(0);
        if (index === 0 && organisation === INSTITUTE) await expectAxeClean(member);
        if (scores === 'conflict') {
          await member.getByLabel(/Có xung đột lợi ích/).check();
          await member.getByLabel('Quan hệ có thể gây xung đột lợi ích').fill('Tôi công tác tại Viện.');
          await member.getByRole('button', { name: 'Gửi khai báo' }).click();
          await waitOrExplain(member, member.getByText('Bạn đã khai báo có xung đột lợi ích với hồ sơ này'));
          expect(await member.getByRole('region', { name: 'Nội dung hồ sơ' }).count()).toBe(0);
          expect(await member.getByRole('region', { name: 'Phiếu đánh giá của bạn' }).count()).toBe(0);
        } else {
          await member.getByLabel(/Không có xung đột lợi ích/).check();
          await member.getByRole('button', { name: 'Gửi khai báo' }).click();
          const sheet = member.getByRole('region', { name: 'Phiếu đánh giá của bạn' });
          await waitOrExplain(member, sheet);
          await waitOrExplain(member, member.getByRole('region', { name: 'Nội dung hồ sơ' }));
          // the other members' scores stay hidden until this member submits
          await member
            .getByText('Điểm của các thành viên khác được hiển thị sau khi bạn nộp phiếu.')
            .waitFor();
          expect(await member.getByRole('region', { name: 'Phiếu của các thành viên khác' }).count()).toBe(0);
          for (const [i, label] of labels.entries()) await sheet.getByLabel(label).fill(String(scores[i]));
          await sheet.getByRole('button', { name: 'Nộp phiếu đánh giá' }).click();
          await waitOrExplain(member, member.getByRole('region', { name: 'Phiếu của các thành viên khác' }));
          if (index === 0 && organisation === INSTITUTE) await expectAxeClean(member);
        }
        await member.getByRole('link', { name: 'Về hội đồng của tôi' }).first().click();
        await member.waitForURL(/\/khcn\/hoi-dong-cua-toi$/);
      }
    });
  }

  it('shows the secretary the progress of the scoring', async () => {
    // the secretary follows the progress: everyone has finished
    const secretary = await as('cg.nguyenha');
    await secretary.goto(`/khcn/hoi-dong/${councilId}`);
    const progress = secretary.getByRole('region', { name: 'Tiến độ đánh giá' });
    await waitOrExplain(secretary, progress.getByText('Thành viên đã hoàn thành: 5/5'));
    expect(await progress.innerText()).not.toMatch(/\b83\b/);
    await expectAxeClean(secretary);
  });

  it('closes the scoring, shows the ranking without the conflicted sheet and serves the minutes PDF', async () => {
    const office = await as('canbo.khoahoc');
    await office.goto(`/khcn/hoi-dong/${councilId}`);
    await office.getByRole('button', { name: 'Kết thúc đánh giá và tổng hợp kết quả' }).click();
    const results = office.getByRole('region', { name: 'Kết quả của hội đồng' });
    await waitOrExplain(office, results);
    const rows = results.getByRole('row');
    await waitOrExplain(office, rows.filter({ hasText: INSTITUTE }).filter({ hasText: '80,5' }));
    expect(await rows.filter({ hasText: INSTITUTE }).innerText()).toMatch(/^1\s/);
    expect(await rows.filter({ hasText: COMPANY }).innerText()).toMatch(/^2\s.*71,8/s);
    await expectAxeClean(office);
    const minutes = await office.context().request.get(`/api/science/councils/${councilId}/minutes.pdf`);
    expect(minutes.status()).toBe(200);
    const { text } = await readPdf(new Uint8Array(await minutes.body()));
    expect(text).toContain('BIÊN BẢN HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN');
    expect(text).toContain(`Nhiệm vụ: ${code}`);
    expect(text).toContain(
      'TS. Vũ Đức Anh khai báo có xung đột lợi ích với hồ sơ của Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
    );
    expect(text).toContain('80,5');
    expect(text).toContain('Hội đồng đề nghị giao Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng chủ trì');
  });

  it('takes the winner to a signed contract: selection, appraisal, the leader’s approval, the contract', async () => {
    const office = await as('canbo.khoahoc');
    await openTask(office);
    await step(office, 'Chọn tổ chức chủ trì', (d) => choose(d, 'Hồ sơ được chọn', INSTITUTE));
    await stageIs(office, 'Đã chọn tổ chức chủ trì');
    await step(office, 'Thẩm định', async (d) => {
      await d.getByLabel('Kinh phí sau thẩm định (đồng)').fill('1.450.000.000');
      await d
        .getByLabel('Ý kiến thẩm định nội dung và kinh phí')
        .fill('Nội dung phù hợp; giảm chi thuê khoán.');
    });
    await stageIs(office, 'Đã thẩm định nội dung, kinh phí');

    const leader = await as('lanhdao');
    await openTask(leader);
    await step(leader, 'Phê duyệt', (d) => d.getByLabel('Số quyết định phê duyệt').fill('312/QĐ-SKHCN'));
    await stageIs(leader, 'Đã phê duyệt, chờ ký hợp đồng');

    await openTask(office);
    await step(office, 'Ghi nhận hợp đồng', async (d) => {
      await d.getByLabel('Số hợp đồng').fill('31/2026/HĐ-SKHCN');
      await d.getByLabel('Ngày bắt đầu').fill(today());
      await d.getByLabel('Ngày kết thúc').fill(addCalendarDays(today(), 540));
      await d.getByLabel('Nội dung mốc 1').fill('Báo cáo định kỳ 6 tháng');
      await d.getByLabel('Hạn mốc 1').fill(addCalendarDays(today(), 180));
      await expectAxeClean(office);
    });
    await stageIs(office, 'Đang thực hiện');
    await waitOrExplain(office, office.getByRole('table', { name: 'Các mốc của hợp đồng' }));
  });

  it('lets the host file a periodic progress report against the contract’s milestone', async () => {
    const host = await as('vien.ungdung');
    await host.goto('/khcn/cua-toi');
    await host.getByRole('link', { name: new RegExp(code) }).click();
    await waitOrExplain(host, host.getByRole('heading', { level: 1, name: `Nhiệm vụ ${code}` }));
    await step(host, 'Nộp báo cáo định kỳ', async (d) => {
      await d.getByLabel('Kỳ báo cáo').fill('6 tháng đầu');
      await choose(d, 'Mốc báo cáo theo hợp đồng', 'Báo cáo định kỳ 6 tháng');
      await d.getByLabel('Tiến độ chung (%)').fill('30');
      await d
        .getByLabel('Nội dung báo cáo')
        .fill('Đã thu thập số liệu mặn 10 năm và dựng mô hình thử nghiệm.');
    });
    await waitOrExplain(
      host,
      host.getByRole('row', { name: /Báo cáo định kỳ 6 tháng/ }).filter({ hasText: 'Đã báo cáo' }),
    );
    await expectAxeClean(host);
  });

  it('evaluates the task with an acceptance council and records the grade Đạt', async () => {
    const office = await as('canbo.khoahoc');
    await openTask(office);
    await step(office, 'Tổ chức nghiệm thu');
    await stageIs(office, 'Đang đánh giá, nghiệm thu');
    await office.getByRole('button', { name: 'Thành lập hội đồng' }).click();
    const dialog = office.getByRole('dialog', { name: 'Thành lập hội đồng' });
    await dialog.waitFor();
    for (const [i, name] of [
      'Hoàng Văn Minh',
      'Lê Thị Thu',
      'Đặng Thanh Bình',
      'Nguyễn Thị Hà',
      'Phạm Quang Dũng',
    ].entries())
      await choose(dialog, `Thành viên ${i + 1}`, name);
    await dialog.getByRole('button', { name: 'Thành lập hội đồng', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await step(office, 'Ghi nhận kết quả nghiệm thu', async (d) => {
      // each product Đạt on quantity, type and quality (the defaults), the report Đạt
      await d.getByLabel('Xếp loại báo cáo tổng hợp').selectOption('pass');
      await d.getByLabel('Kết luận của hội đồng').fill('Nhiệm vụ hoàn thành đủ sản phẩm theo hợp đồng.');
    });
    await stageIs(office, 'Đã nghiệm thu');
    await waitOrExplain(office, fact(office, 'Kết quả nghiệm thu').filter({ hasText: 'Đạt' }));
    await waitOrExplain(office, office.getByText(/Xếp loại chung:\s*Đạt/));
  });

  it('lets the host file the registration of results within 30 days, through the one-stop engine', async () => {
    const host = await as('vien.ungdung');
    await openTask(host);
    await step(host, 'Nộp hồ sơ đăng ký kết quả', async (d) => {
      for (const [label, file] of [
        [/^Phiếu đăng ký kết quả/, 'phieu-dang-ky.pdf'],
        [/^Báo cáo tổng hợp kết quả/, 'bao-cao-tong-hop.pdf'],
        [/^Biên bản họp hội đồng đánh giá/, 'bien-ban-nghiem-thu.pdf'],
      ] as const) {
        await d
          .getByLabel(label)
          .setInputFiles({ name: file, mimeType: 'application/pdf', buffer: minimalPdf(file) });
        await d.getByText(new RegExp(`^${file.replace('.', '\\.')}`)).waitFor();
      }
    });
    await waitOrExplain(host, fact(host, 'Hồ sơ một cửa').filter({ hasText: 'Mới đăng ký' }));
    registrationCode = (await fact(host, 'Hồ sơ một cửa').getByRole('link').innerText()).trim();
    expect(registrationCode).toMatch(/^QLKH-/);

    // the dossier is in the host's space of the shell, with the other one-stop dossiers it filed
    await host.goto('/ho-so-cua-toi');
    await waitOrExplain(host, host.getByRole('link', { name: `Hồ sơ ${registrationCode}` }));
    await expectAxeClean(host);
  });

  it('lets the office and the leader handle the registration on the shared one-stop screens; approval issues the certificate', async () => {
    expect(registrationCode, 'the registration must be filed first').not.toBe('');
    const office = await as('canbo.khoahoc');
    // the field's one-stop inbox lists it; its page is the shared dossier page with the task as its record
    await office.goto('/khcn/ho-so');
    await waitOrExplain(office, office.getByRole('link', { name: registrationCode }));
    await expectAxeClean(office);
    await office.getByRole('link', { name: registrationCode }).click();
    await office.waitForURL(/\/khcn\/ho-so\/[^/]+$/);
    const dossierPath = new URL(office.url()).pathname;
    await waitOrExplain(office, office.getByRole('heading', { level: 1, name: `Hồ sơ ${registrationCode}` }));
    const record = office.getByRole('region', { name: 'Nhiệm vụ được đăng ký kết quả' });
    await waitOrExplain(office, record.getByRole('link', { name: code }));
    await expectAxeClean(office);
    await step(office, 'Tiếp nhận hồ sơ');
    await waitOrExplain(office, fact(office, 'Trạng thái').filter({ hasText: 'Được tiếp nhận' }));

    const leader = await as('lanhdao');
    await leader.goto(dossierPath);
    await step(leader, 'Phân công thụ lý', (d) => choose(d, 'Cán bộ thụ lý', 'Đỗ Minh Tuấn'));
    await waitOrExplain(leader, fact(leader, 'Trạng thái').filter({ hasText: 'Đang xử lý' }));

    await office.goto(dossierPath);
    await step(office, 'Trình ký');
    await leader.goto(dossierPath);
    await step(leader, 'Phê duyệt');
    await waitOrExplain(leader, fact(leader, 'Trạng thái').filter({ hasText: 'Đã xử lý xong' }));
    // the dossier's documents list the certificate as its result
    await waitOrExplain(leader, leader.getByRole('link', { name: /Giấy chứng nhận đăng ký kết quả số/ }));

    await openTask(office);
    await stageIs(office, 'Đã đăng ký kết quả');
    const number = fact(office, 'Giấy chứng nhận').locator('strong');
    await waitOrExplain(office, number);
    certificate = (await number.innerText()).trim();
    expect(certificate).toMatch(/^\d+\/\d{4}\/ĐKKQ-SKHCN$/);
  });

  it('serves the certificate as a PDF with its number and a QR code that opens the public verification page', async () => {
    expect(certificate, 'the certificate must be issued first').not.toBe('');
    const visitor = await newPage();
    const res = await visitor
      .context()
      .request.get(`/api/public/science-certificates/${encodeURIComponent(certificate)}.pdf`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toMatch(/application\/pdf/);
    const bytes = new Uint8Array(await res.body());
    const { text } = await readPdf(bytes);
    expect(text).toContain(`Số: ${certificate}`);
    expect(text).toContain('GIẤY CHỨNG NHẬN ĐĂNG KÝ KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(text).toContain(TITLE);
    expect(text).toContain(`Tổ chức chủ trì: ${INSTITUTE}`);
    expect(text).toContain('Kết quả đánh giá, nghiệm thu: Đạt');
    const [qr] = await qrPayloads(bytes, 1);
    const target = new URL(qr ?? '');
    expect(target.pathname).toBe(`/tra-cuu/ket-qua-khcn/${encodeURIComponent(certificate)}`);

    // signed out, the QR's page verifies it
    await visitor.goto(target.pathname);
    await waitOrExplain(visitor, visitor.getByRole('heading', { name: `Giấy chứng nhận số ${certificate}` }));
    await waitOrExplain(visitor, fact(visitor, 'Tổ chức chủ trì').filter({ hasText: INSTITUTE }));
    expect(new URL(visitor.url()).pathname).not.toMatch(/dang-nhap/);
    await expectAxeClean(visitor);
    expect(pageErrors).toEqual([]);
  });
});
