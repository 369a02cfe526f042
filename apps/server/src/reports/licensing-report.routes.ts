// GET /api/reports/licensing.xlsx?year=&from=&to= : the licensing office's report (licensing.report, same rights and
// validation) as a real Excel workbook (exceljs), one sheet per table: documents in force by kind, expiring
// documents, radiation declarations per month, devices by type and by district. The radiation sheets are left out for
// a reader who may not see radiation data (postal staff).
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import {
  appRouter,
  createCallerFactory,
  createContext,
  type EngineExtensions,
  type LicensingReport,
} from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DomainError, formatVietnameseDate } from '@skhcn/domain';
import { sendFailure, sessionOf } from '../documents/http-errors';

const createCaller = createCallerFactory(appRouter);
const COUNT = '#,##0';

function sheet(
  wb: ExcelJS.Workbook,
  name: string,
  text: string,
  subtitle: string,
  columns: { header: string; width: number; numFmt?: string }[],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = columns.map((c) => ({ width: c.width, ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}) }));
  const last = String.fromCharCode(64 + columns.length);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = text;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const header = ws.getRow(4);
  header.values = columns.map((c) => c.header);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  return ws;
}

function totalRow(ws: ExcelJS.Worksheet, values: (string | number)[]) {
  ws.addRow(values).font = { bold: true };
}

/** The report as an .xlsx workbook: one sheet per table. */
export async function licensingReportWorkbook(report: LicensingReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Khoa học và Công nghệ';
  wb.created = new Date();
  const asOf = `Tại ngày ${formatVietnameseDate(report.asOf)}`;
  const period = `Từ ngày ${formatVietnameseDate(report.from)} đến ngày ${formatVietnameseDate(report.to)}`;

  const inForce = sheet(wb, 'Còn hiệu lực', 'GIẤY PHÉP, VĂN BẢN CÒN HIỆU LỰC THEO LOẠI', asOf, [
    { header: 'Loại văn bản', width: 52 },
    { header: 'Lĩnh vực', width: 16 },
    { header: 'Số lượng', width: 12, numFmt: COUNT },
  ]);
  for (const r of report.inForce)
    inForce.addRow([r.kindLabel, r.field === 'radiation' ? 'Bức xạ' : 'Bưu chính', r.count]);
  totalRow(inForce, ['Tổng cộng', '', report.totals.inForce]);

  const expiring = sheet(
    wb,
    'Sắp hết hạn',
    `GIẤY PHÉP HẾT HẠN TRONG ${report.expiringWithinDays} NGÀY TỚI`,
    `${asOf}: ${report.expiring.total} văn bản${
      report.expiring.total > report.expiring.items.length
        ? ` (liệt kê ${report.expiring.items.length} văn bản hết hạn sớm nhất)`
        : ''
    }`,
    [
      { header: 'Số văn bản', width: 24 },
      { header: 'Loại văn bản', width: 44 },
      { header: 'Tổ chức, cơ sở', width: 44 },
      { header: 'Ngày hết hạn', width: 14 },
      { header: 'Số ngày còn lại', width: 14, numFmt: COUNT },
    ],
  );
  for (const e of report.expiring.items)
    expiring.addRow([e.number, e.kindLabel, e.holderName, formatVietnameseDate(e.expiresOn), e.daysLeft]);

  if (report.declarationsByMonth) {
    const declarations = sheet(
      wb,
      'Khai báo theo tháng',
      'HỒ SƠ KHAI BÁO THIẾT BỊ BỨC XẠ TIẾP NHẬN THEO THÁNG',
      period,
      [
        { header: 'Tháng', width: 14 },
        { header: 'Số hồ sơ khai báo', width: 18, numFmt: COUNT },
      ],
    );
    for (const m of report.declarationsByMonth) declarations.addRow([`${m.label}/${report.year}`, m.count]);
    totalRow(declarations, ['Tổng cộng', report.totals.declarations ?? 0]);
  }
  if (report.devicesByType) {
    const byType = sheet(
      wb,
      'Thiết bị theo loại',
      'THIẾT BỊ BỨC XẠ ĐANG QUẢN LÝ THEO LOẠI',
      'Đang sử dụng hoặc lưu kho, tại thời điểm lập báo cáo',
      [
        { header: 'Loại thiết bị (khoản 12 điểm c Điều 2)', width: 48 },
        { header: 'Số thiết bị', width: 14, numFmt: COUNT },
      ],
    );
    for (const d of report.devicesByType) byType.addRow([d.label, d.count]);
    totalRow(byType, ['Tổng cộng', report.totals.devices ?? 0]);
  }
  if (report.devicesByDistrict) {
    const byDistrict = sheet(
      wb,
      'Thiết bị theo địa bàn',
      'THIẾT BỊ BỨC XẠ ĐANG QUẢN LÝ THEO ĐỊA BÀN',
      'Theo quận/huyện ghi trong hồ sơ cơ sở',
      [
        { header: 'Quận/huyện', width: 32 },
        { header: 'Số thiết bị', width: 14, numFmt: COUNT },
      ],
    );
    for (const d of report.devicesByDistrict) byDistrict.addRow([d.district, d.count]);
    totalRow(byDistrict, ['Tổng cộng', report.totals.devices ?? 0]);
  }

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function registerLicensingReportRoutes(
  app: FastifyInstance,
  options: { db: Database; extensions: EngineExtensions; sessionCookie: string },
): void {
  const { db } = options;
  app.get<{ Querystring: { year?: string; from?: string; to?: string } }>(
    '/api/reports/licensing.xlsx',
    async (req, reply) => {
      const session = await sessionOf(db, req, options.sessionCookie);
      if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
      try {
        const caller = createCaller(
          createContext({
            db,
            extensions: options.extensions,
            user: session.user,
            ip: req.ip,
            logger: req.log,
          }),
        );
        const report = await caller.licensing.report({
          year: Number(req.query.year),
          ...(req.query.from ? { from: req.query.from } : {}),
          ...(req.query.to ? { to: req.query.to } : {}),
        });
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', `attachment; filename="bao-cao-cap-phep-${report.year}.xlsx"`)
          .header('cache-control', 'private, no-store')
          .send(await licensingReportWorkbook(report));
      } catch (err) {
        return sendFailure(db, req, reply, session, err);
      }
    },
  );
}
