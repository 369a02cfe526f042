// GET /api/reports/science.xlsx?fromYear=&toYear= : the science office's report (science.report, same rights and
// validation) as a real Excel workbook (exceljs): tasks by field and stage, budget by year, overdue reports.
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import {
  appRouter,
  createCallerFactory,
  createContext,
  type EngineExtensions,
  type ScienceReport,
} from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DomainError, formatVietnameseDate } from '@skhcn/domain';
import { sendFailure, sessionOf } from '../documents/http-errors';

const createCaller = createCallerFactory(appRouter);
const VND = '#,##0';

function title(ws: ExcelJS.Worksheet, text: string, subtitle: string, width: number) {
  const last = String.fromCharCode(64 + width);
  ws.mergeCells(`A1:${last}1`);
  ws.getCell('A1').value = text;
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells(`A2:${last}2`);
  ws.getCell('A2').value = subtitle;
  ws.getCell('A2').alignment = { horizontal: 'center' };
}

function header(row: ExcelJS.Row, values: string[]) {
  row.values = values;
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
}

/** The report as an .xlsx workbook: one sheet per table. */
export async function scienceReportWorkbook(report: ScienceReport): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Sở Khoa học và Công nghệ';
  wb.created = new Date();
  const period = `Nhiệm vụ đề xuất từ năm ${report.fromYear} đến năm ${report.toYear}`;

  const stages = report.stages.filter((s) => report.byField.some((f) => f.stages[s.stage] > 0));
  const byField = wb.addWorksheet('Theo lĩnh vực', { views: [{ state: 'frozen', ySplit: 4 }] });
  byField.columns = [{ width: 34 }, ...stages.map(() => ({ width: 16 })), { width: 12 }];
  title(byField, 'NHIỆM VỤ KHOA HỌC VÀ CÔNG NGHỆ THEO LĨNH VỰC VÀ GIAI ĐOẠN', period, stages.length + 2);
  header(byField.getRow(4), ['Lĩnh vực', ...stages.map((s) => s.label), 'Tổng số']);
  for (const f of report.byField)
    byField.addRow([f.fieldLabel, ...stages.map((s) => f.stages[s.stage]), f.total]);
  byField.addRow([
    'Tổng cộng',
    ...stages.map((s) => report.byField.reduce((n, f) => n + f.stages[s.stage], 0)),
    report.totals.tasks,
  ]).font = { bold: true };

  const budget = wb.addWorksheet('Kinh phí theo năm', { views: [{ state: 'frozen', ySplit: 4 }] });
  budget.columns = [
    { width: 10 },
    { width: 14 },
    { width: 24, style: { numFmt: VND } },
    { width: 18 },
    { width: 24, style: { numFmt: VND } },
  ];
  title(budget, 'KINH PHÍ NHIỆM VỤ THEO NĂM (ĐỒNG)', period, 5);
  header(budget.getRow(4), [
    'Năm',
    'Số nhiệm vụ',
    'Kinh phí dự kiến (đồng)',
    'Số nhiệm vụ được phê duyệt kinh phí',
    'Kinh phí được phê duyệt (đồng)',
  ]);
  for (const b of report.budgetByYear)
    budget.addRow([b.year, b.tasks, b.indicative, b.approvedTasks, b.approved]);
  budget.addRow([
    'Tổng cộng',
    report.totals.tasks,
    report.totals.indicative,
    '',
    report.totals.approved,
  ]).font = { bold: true };

  const overdue = wb.addWorksheet('Báo cáo quá hạn', { views: [{ state: 'frozen', ySplit: 4 }] });
  overdue.columns = [
    { width: 14 },
    { width: 60 },
    { width: 40 },
    { width: 34 },
    { width: 14 },
    { width: 14 },
  ];
  title(
    overdue,
    'BÁO CÁO ĐỊNH KỲ QUÁ HẠN',
    `Đến ngày ${formatVietnameseDate(new Date().toISOString().slice(0, 10))}`,
    6,
  );
  header(overdue.getRow(4), [
    'Mã nhiệm vụ',
    'Tên nhiệm vụ',
    'Tổ chức chủ trì',
    'Mốc báo cáo',
    'Hạn nộp',
    'Số ngày quá hạn',
  ]);
  for (const o of report.overdueReports)
    overdue.addRow([
      o.code,
      o.title,
      o.hostName ?? '',
      o.milestone,
      formatVietnameseDate(o.dueOn),
      o.daysOverdue,
    ]);

  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function registerScienceReportRoutes(
  app: FastifyInstance,
  options: { db: Database; extensions: EngineExtensions; sessionCookie: string },
): void {
  const { db } = options;
  app.get<{ Querystring: { fromYear?: string; toYear?: string } }>(
    '/api/reports/science.xlsx',
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
        const report = await caller.science.report({
          fromYear: Number(req.query.fromYear),
          toYear: Number(req.query.toYear),
        });
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header(
            'content-disposition',
            `attachment; filename="bao-cao-khcn-${report.fromYear}-${report.toYear}.xlsx"`,
          )
          .header('cache-control', 'private, no-store')
          .send(await scienceReportWorkbook(report));
      } catch (err) {
        return sendFailure(db, req, reply, session, err);
      }
    },
  );
}
