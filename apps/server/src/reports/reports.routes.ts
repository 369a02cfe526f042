// GET /api/reports/conformity.xlsx?from=&to=&procedureCode= : the TĐC processing report (conformity.report, same
// rights and validation) as a real Excel workbook, written with exceljs (see the catalog entry for why).
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import {
  appRouter,
  createCallerFactory,
  createContext,
  type ConformityReport,
  type EngineExtensions,
} from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DomainError, formatVietnameseDate } from '@skhcn/domain';
import { sendFailure, sessionOf } from '../documents/http-errors';

export interface ReportRoutesOptions {
  db: Database;
  extensions: EngineExtensions;
  sessionCookie: string;
}

const createCaller = createCallerFactory(appRouter);

/** The report as an .xlsx workbook: a title, the period, one row per month and procedure, and the totals. */
export async function conformityReportWorkbook(report: ConformityReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Khoa học và Công nghệ';
  wb.created = new Date();
  const ws = wb.addWorksheet('Báo cáo TĐC', { views: [{ state: 'frozen', ySplit: 4 }] });
  ws.columns = [
    { key: 'month', width: 10 },
    { key: 'procedureCode', width: 30 },
    { key: 'procedureName', width: 70 },
    { key: 'received', width: 12 },
    { key: 'onTime', width: 12 },
    { key: 'late', width: 12 },
    { key: 'pending', width: 12 },
  ];
  ws.mergeCells('A1:G1');
  ws.getCell('A1').value = 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ TIÊU CHUẨN, ĐO LƯỜNG, CHẤT LƯỢNG';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A2:G2');
  ws.getCell('A2').value =
    `Hồ sơ tiếp nhận từ ngày ${formatVietnameseDate(report.from)} đến ngày ${formatVietnameseDate(report.to)}`;
  ws.getCell('A2').alignment = { horizontal: 'center' };
  const head = ws.getRow(4);
  head.values = ['Tháng', 'Mã thủ tục', 'Tên thủ tục', 'Tiếp nhận', 'Đúng hạn', 'Quá hạn', 'Đang giải quyết'];
  head.font = { bold: true };
  head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const r of report.rows) {
    ws.addRow([r.month, r.procedureCode, r.procedureName, r.received, r.onTime, r.late, r.pending]);
  }
  const total = ws.addRow([
    'Tổng cộng',
    '',
    '',
    report.totals.received,
    report.totals.onTime,
    report.totals.late,
    report.totals.pending,
  ]);
  total.font = { bold: true };
  const out = await wb.xlsx.writeBuffer();
  return Buffer.from(out);
}

export function registerReportRoutes(app: FastifyInstance, options: ReportRoutesOptions): void {
  const { db } = options;
  app.get<{ Querystring: { from?: string; to?: string; procedureCode?: string } }>(
    '/api/reports/conformity.xlsx',
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
        const report = await caller.conformity.report({
          from: req.query.from ?? '',
          to: req.query.to ?? '',
          ...(req.query.procedureCode ? { procedureCode: req.query.procedureCode as 'tdc.hop-quy' } : {}),
        });
        const bytes = await conformityReportWorkbook(report);
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="bao-cao-tdc-${report.from}-${report.to}.xlsx"`,
          )
          .header('cache-control', 'private, no-store')
          .send(bytes);
      } catch (err) {
        return sendFailure(db, req, reply, session, err);
      }
    },
  );
}
