// The licensing report as an .xlsx over HTTP, on the licensing demo data (made through the router, dated from the
// real clock as the route reads the register today): read back with exceljs, with the same rights as the query.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedLicensingDemo } from '@skhcn/api';
import { seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { addCalendarDays, formatVietnameseDate, must, organisations } from '@skhcn/domain';
import { buildApp } from '../app';
import { DiskFileStore } from '../files/file-store';
import { signInOverHttp } from '../testing/http-session';

const vietnamToday = (now: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(now);

describeEachDatabase('licensing report over HTTP', (t) => {
  let app: FastifyInstance;
  let dir: string;
  const now = new Date();
  const today = vietnamToday(now);
  const year = Number(today.slice(0, 4));

  beforeAll(async () => {
    await seedDemo(t.db, must(organisations['hai-phong'], "organisations['hai-phong']"));
    // a declaration of one general X-ray three years ago, and its licence expiring 30 days from today
    expect(await seedLicensingDemo(t.db, now)).toBe(2);
    dir = mkdtempSync(join(tmpdir(), 'skhcn-licensing-report-'));
    app = await buildApp({
      database: t.handle,
      webRoot: dir,
      secureCookies: false,
      fileStore: new DiskFileStore(dir),
    });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = async (url: string, username?: string) =>
    app.inject({
      method: 'GET',
      url,
      headers: username ? { cookie: (await signInOverHttp(app, username)).cookie } : {},
    });

  const workbookOf = async (payload: Buffer) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(payload as unknown as ArrayBuffer);
    return wb;
  };
  const rowsOf = (wb: ExcelJS.Workbook, name: string) =>
    (must(wb.getWorksheet(name), name).getSheetValues().slice(5) as unknown[][]).map((r) => r.slice(1));

  it('exports one sheet per table, Vietnamese headers, dates dd/mm/yyyy and numbers as numbers', async () => {
    const res = await get(`/api/reports/licensing.xlsx?year=${year}`, 'lanhdao');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`bao-cao-cap-phep-${year}.xlsx`);
    const wb = await workbookOf(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Còn hiệu lực',
      'Sắp hết hạn',
      'Khai báo theo tháng',
      'Thiết bị theo loại',
      'Thiết bị theo địa bàn',
    ]);
    expect(must(wb.getWorksheet('Còn hiệu lực'), 'sheet').getRow(4).values).toEqual([
      undefined,
      'Loại văn bản',
      'Lĩnh vực',
      'Số lượng',
    ]);
    expect(rowsOf(wb, 'Còn hiệu lực')).toEqual([
      ['Giấy phép tiến hành công việc bức xạ', 'Bức xạ', 1],
      ['Giấy xác nhận khai báo thiết bị bức xạ', 'Bức xạ', 1],
      ['Chứng chỉ nhân viên bức xạ', 'Bức xạ', 0],
      ['Giấy phép bưu chính', 'Bưu chính', 0],
      ['Văn bản xác nhận thông báo hoạt động bưu chính', 'Bưu chính', 0],
      ['Tổng cộng', '', 2],
    ]);
    const [expiring] = rowsOf(wb, 'Sắp hết hạn');
    expect(expiring).toEqual([
      expect.stringMatching(/\/GPBX-/),
      'Giấy phép tiến hành công việc bức xạ',
      'Bệnh viện Đa khoa Hồng Phúc',
      formatVietnameseDate(addCalendarDays(today, 30)),
      30,
    ]);
    expect(expiring?.[3]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    const months = rowsOf(wb, 'Khai báo theo tháng');
    expect(months).toHaveLength(13);
    expect(months[0]).toEqual([`Tháng 1/${year}`, 0]);
    expect(rowsOf(wb, 'Thiết bị theo loại')).toEqual([
      ['X-quang chẩn đoán thông thường (tổng hợp)', 1],
      ['Tổng cộng', 1],
    ]);
    expect(rowsOf(wb, 'Thiết bị theo địa bàn')).toEqual([
      ['Ngô Quyền', 1],
      ['Tổng cộng', 1],
    ]);
  });

  it('postal staff get the postal figures only; applicants and strangers are refused; a bad year is a 400', async () => {
    const postal = await get(`/api/reports/licensing.xlsx?year=${year}`, 'canbo.buuchinh');
    expect(postal.statusCode).toBe(200);
    const wb = await workbookOf(postal.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Còn hiệu lực', 'Sắp hết hạn']);
    expect(rowsOf(wb, 'Còn hiệu lực').map((r) => r[0])).toEqual([
      'Giấy phép bưu chính',
      'Văn bản xác nhận thông báo hoạt động bưu chính',
      'Tổng cộng',
    ]);
    expect(rowsOf(wb, 'Sắp hết hạn')).toEqual([]);
    expect((await get(`/api/reports/licensing.xlsx?year=${year}`, 'bv.hongphuc')).statusCode).toBe(403);
    expect((await get(`/api/reports/licensing.xlsx?year=${year}`)).statusCode).toBe(401);
    expect((await get('/api/reports/licensing.xlsx?year=abc', 'lanhdao')).statusCode).toBe(400);
  });
});
