import { processingReport } from '@skhcn/db';
import { DomainError, PAUSED_STATUSES, RUNNING_STATUSES } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { unitsWhere } from '../../one-stop';
import { procedureNameOf } from './conformity-procedures';
import type { ReportInput } from './conformity-queries.schema';

export interface ConformityReportRow {
  /** 'YYYY-MM' of receipt */
  month: string;
  procedureCode: string;
  procedureName: string;
  received: number;
  /** processed (approved or refused with reasons) on or before the appointment date */
  onTime: number;
  /** processed after the appointment date */
  late: number;
  /** still being processed (received, processing, waiting for additions or payment) */
  pending: number;
}

export interface ConformityReport {
  from: string;
  to: string;
  rows: ConformityReportRow[];
  totals: { received: number; onTime: number; late: number; pending: number };
}

/** Statuses of a processed dossier: 9 Đã xử lý xong, 10 Đã trả kết quả. */
const DONE_STATUSES = [9, 10] as const;

/** conformity.report: TĐC dossiers received in the period, by month and procedure (unit head or leader). */
export async function reportHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReportInput;
}): Promise<ConformityReport> {
  const units = unitsWhere(ctx.user, 'report.read');
  if (units.length === 0)
    throw new DomainError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị hoặc lãnh đạo Sở được xem báo cáo.');
  const rows = await processingReport(ctx.db, {
    from: input.from,
    to: input.to,
    unitCodes: units,
    procedure: input.procedureCode ? { code: input.procedureCode } : { prefix: 'tdc.' },
    doneStatuses: DONE_STATUSES,
    pendingStatuses: [...RUNNING_STATUSES, ...PAUSED_STATUSES],
  });
  const out = rows.map((r) => ({ ...r, procedureName: procedureNameOf(r.procedureCode, input.to) }));
  const totals = { received: 0, onTime: 0, late: 0, pending: 0 };
  for (const r of out) {
    totals.received += r.received;
    totals.onTime += r.onTime;
    totals.late += r.late;
    totals.pending += r.pending;
  }
  return { from: input.from, to: input.to, rows: out, totals };
}
