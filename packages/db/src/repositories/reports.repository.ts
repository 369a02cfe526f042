// Reports over dossiers, computed by the database. Months and days are Vietnam's (UTC+7, no daylight saving):
// `(ts at time zone 'UTC') + 7 hours` avoids depending on the server's time-zone database.
import { and, gte, inArray, like, lt, sql, type SQL } from 'drizzle-orm';
import { dossiers } from '../schema';
import type { DbExecutor } from './db-executor';

export interface ProcessingReportQuery {
  /** First and last receipt day (ISO dates, Vietnam time, inclusive) */
  from: string;
  to: string;
  /** Only dossiers of these units; an empty list matches nothing */
  unitCodes: readonly string[];
  /** An exact procedure code, or a prefix ending with '.' (e.g. "tdc.") */
  procedure: { code: string } | { prefix: string };
  /** Statuses that mean "processed" (counted on time or late against the appointment date) */
  doneStatuses: readonly number[];
  /** Statuses that mean "still being processed" */
  pendingStatuses: readonly number[];
}

export interface ProcessingReportRow {
  /** 'YYYY-MM' of the receipt (Vietnam time) */
  month: string;
  procedureCode: string;
  received: number;
  onTime: number;
  late: number;
  pending: number;
}

/** Vietnam midnight at the start of an ISO date, as an instant. */
function vietnamMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00+07:00`);
}

/**
 * Dossiers received in [from, to] per month and procedure: received, processed on time (completed on or before the
 * appointment date, early included), processed late, and still pending.
 */
export async function processingReport(
  db: DbExecutor,
  q: ProcessingReportQuery,
): Promise<ProcessingReportRow[]> {
  if (q.unitCodes.length === 0) return [];
  const start = vietnamMidnight(q.from);
  const end = new Date(vietnamMidnight(q.to).getTime() + 86_400_000);
  const localDay = (col: SQL) => sql`((${col} at time zone 'UTC') + interval '7 hours')`;
  const month = sql<string>`to_char(${localDay(sql`${dossiers.receivedAt}`)}, 'YYYY-MM')`;
  const completedDay = sql`(${localDay(sql`${dossiers.completedAt}`)})::date`;
  const done = sql`${dossiers.status} in (${sql.join(
    q.doneStatuses.map((s) => sql`${s}`),
    sql`, `,
  )}) and ${dossiers.completedAt} is not null and ${dossiers.deadline} is not null`;
  // Timeliness is judged against the appointment date before any apology letter (Mẫu 04) moved it.
  const legalDeadline = sql`coalesce(${dossiers.deadlineBeforeExtension}, ${dossiers.deadline})`;
  const where = and(
    gte(dossiers.receivedAt, start),
    lt(dossiers.receivedAt, end),
    inArray(dossiers.unitCode, [...q.unitCodes]),
    'code' in q.procedure
      ? sql`${dossiers.procedureCode} = ${q.procedure.code}`
      : like(dossiers.procedureCode, `${q.procedure.prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`),
  );
  const rows = await db
    .select({
      month,
      procedureCode: dossiers.procedureCode,
      received: sql<string>`count(*)`,
      onTime: sql<string>`count(*) filter (where ${done} and ${completedDay} <= ${legalDeadline})`,
      late: sql<string>`count(*) filter (where ${done} and ${completedDay} > ${legalDeadline})`,
      pending: sql<string>`count(*) filter (where ${inArray(dossiers.status, [...q.pendingStatuses])})`,
    })
    .from(dossiers)
    .where(where)
    .groupBy(month, dossiers.procedureCode)
    .orderBy(month, dossiers.procedureCode);
  return rows.map((r) => ({
    month: r.month,
    procedureCode: r.procedureCode,
    received: Number(r.received),
    onTime: Number(r.onTime),
    late: Number(r.late),
    pending: Number(r.pending),
  }));
}
