// The science documents and report over HTTP, on the science demo data (made through the router): the council
// minutes (office and the council's members only), the public registration certificate with its QR code, and the
// office's Excel report.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  appRouter,
  createCallerFactory,
  createContext,
  platformExtensions,
  seedScienceDemo,
  type SessionUser,
} from '@skhcn/api';
import { findUserByUsername, seedDemo, type Database } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { qrPayloads, readPdf } from '@skhcn/documents/testing';
import { must, organisations } from '@skhcn/domain';
import { buildApp } from '../app';
import { workerPdfRenderer, type PdfRenderer } from './pdf-renderer';
import { DiskFileStore } from '../files/file-store';
import { signInOverHttp } from '../testing/http-session';

const NOW = new Date('2026-11-16T02:00:00Z');
const createCaller = createCallerFactory(appRouter);

async function userOf(db: Database, username: string): Promise<SessionUser> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`no user ${username}`);
  return { id: u.id, username: u.username, fullName: u.fullName, memberships: u.memberships, kind: u.kind };
}

describeEachDatabase('science documents and report over HTTP', (t) => {
  // the server's worker pool, with a record of the thread each PDF was rendered on
  const pool = workerPdfRenderer({ maxThreads: 1 });
  const threads: number[] = [];
  const renderer: PdfRenderer = {
    ...pool,
    render: async (kind, input) => {
      const r = await pool.renderWithThread(kind, input);
      threads.push(r.threadId);
      return r.pdf;
    },
  };
  let app: FastifyInstance;
  let dir: string;
  let certificate = '';
  let councilId = '';
  let openCouncilId = '';

  beforeAll(async () => {
    await seedDemo(t.db, must(organisations['hai-phong'], "organisations['hai-phong']"));
    expect(await seedScienceDemo(t.db, NOW)).toBe(4);
    expect(await seedScienceDemo(t.db, NOW)).toBe(0);
    const officer = createCaller(
      createContext({
        db: t.db,
        extensions: platformExtensions(),
        user: await userOf(t.db, 'canbo.khoahoc'),
        ip: '127.0.0.1',
        now: () => NOW,
      }),
    );
    const results = await officer.science.results({ registered: true });
    certificate = must(
      must(results.items[0], 'results.items[0]').certificate,
      "must(results.items[0], 'results.items[0]').certificate",
    ).number;
    const detail = await officer.science.task({ taskId: must(results.items[0], 'results.items[0]').id });
    councilId = must(
      detail.councils.find((c) => c.kind === 'selection'),
      "detail.councils.find((c) => c.kind === 'selection')",
    ).id;
    openCouncilId = must(
      detail.councils.find((c) => c.kind === 'acceptance'),
      "detail.councils.find((c) => c.kind === 'acceptance')",
    ).id;
    dir = mkdtempSync(join(tmpdir(), 'skhcn-science-docs-'));
    app = await buildApp({
      database: t.handle,
      webRoot: dir,
      secureCookies: false,
      fileStore: new DiskFileStore(dir),
      pdfRenderer: renderer,
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    await pool.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (url: string, username?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: username ? { cookie: (await signInOverHttp(app, username)).cookie } : {},
    });

  it('serves the registration certificate publicly, with a QR code to its verification page', async () => {
    expect(certificate).toMatch(/^1\/2026\/ĐKKQ-SKHCN$/);
    const res = await get(`/api/public/science-certificates/${encodeURIComponent(certificate)}.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(res.rawPayload);
    expect(text).toContain(`Số: ${certificate}`);
    expect(text).toContain('GIẤY CHỨNG NHẬN ĐĂNG KÝ KẾT QUẢ THỰC HIỆN NHIỆM VỤ');
    expect(text).toContain('Nghiên cứu ứng dụng chế phẩm sinh học xử lý môi trường nước ao nuôi tôm');
    expect(text).toContain('Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng (mã số thuế 0200789127)');
    expect(text).toContain('Kết quả đánh giá, nghiệm thu: Đạt');
    expect(text).toContain('Phạm Văn Minh');
    const [qr] = await qrPayloads(res.rawPayload, 1);
    expect(qr?.endsWith(`/tra-cuu/ket-qua-khcn/${encodeURIComponent(certificate)}`)).toBe(true);
    // rendered on a worker thread, not on the server's event loop
    expect(threads.length).toBeGreaterThan(0);
    expect(threads.every((id) => id !== threadId)).toBe(true);
    const missing = await get(
      `/api/public/science-certificates/${encodeURIComponent('9/2026/ĐKKQ-SKHCN')}.pdf`,
    );
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ error: { data: { appCode: 'NOT_FOUND' } } });
  });

  it('gives the council minutes to the office and the council’s members only, once scoring closed', async () => {
    const url = `/api/science/councils/${councilId}/minutes.pdf`;
    const office = await get(url, 'canbo.khoahoc');
    expect(office.statusCode).toBe(200);
    const { text } = await readPdf(office.rawPayload);
    for (const s of [
      'BIÊN BẢN HỌP HỘI ĐỒNG TƯ VẤN TUYỂN CHỌN',
      'PGS.TS. Hoàng Văn Minh',
      'Số thành viên tham gia: 5/5',
      'TS. Vũ Đức Anh khai báo có xung đột lợi ích với hồ sơ của Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng',
      'Xung đột',
      '80,5',
      '71,8',
      'Hội đồng đề nghị giao Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng chủ trì',
    ])
      expect(text).toContain(s);
    expect(threads.every((id) => id !== threadId)).toBe(true);
    expect((await get(url, 'cg.lethu')).statusCode).toBe(200);
    // an expert of the register who is not on this council, an applicant, nobody signed in
    expect((await get(url, 'cg.dangthanh')).statusCode).toBe(403);
    expect((await get(url, 'vien.ungdung')).statusCode).toBe(403);
    expect((await get(url)).statusCode).toBe(401);
    // an acceptance council has no scoring minutes
    expect(
      (await get(`/api/science/councils/${openCouncilId}/minutes.pdf`, 'canbo.khoahoc')).statusCode,
    ).toBe(404);
  });

  it('exports the report as a real .xlsx for the office, read back with the same library', async () => {
    const res = await get('/api/reports/science.xlsx?fromYear=2024&toYear=2026', 'canbo.khoahoc');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('bao-cao-khcn-2024-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Theo lĩnh vực',
      'Kinh phí theo năm',
      'Báo cáo quá hạn',
    ]);
    const byField = must(wb.getWorksheet('Theo lĩnh vực'), "wb.getWorksheet('Theo lĩnh vực')");
    const rows = byField.getSheetValues().slice(5) as unknown[][];
    const total = must(
      rows.find((r) => r?.[1] === 'Tổng cộng'),
      "rows.find((r) => r?.[1] === 'Tổng cộng')",
    );
    expect(total.at(-1)).toBe(4);
    const overdue = must(wb.getWorksheet('Báo cáo quá hạn'), "wb.getWorksheet('Báo cáo quá hạn')");
    expect(overdue.getRow(5).getCell(4).value).toBe('Báo cáo định kỳ đợt 2');
    expect(
      (await get('/api/reports/science.xlsx?fromYear=2024&toYear=2026', 'vien.ungdung')).statusCode,
    ).toBe(403);
    expect(
      (await get('/api/reports/science.xlsx?fromYear=2026&toYear=2024', 'canbo.khoahoc')).statusCode,
    ).toBe(400);
  });
});
