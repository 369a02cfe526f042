// The licensing report's figures, computed by the database: documents in force on a day by kind, documents expiring
// within a horizon, radiation declarations received per month (Vietnam time, UTC+7), the radiation inventory by
// device type and by the facility's district. Every query groups or limits in SQL; no table is loaded whole.
import { and, asc, count, eq, gte, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { dossiers, licensingDocuments, licensingHolders, radiationDevices } from '../schema';
import type { DbExecutor } from './db-executor';
import type { LicensingField } from './licensing.repository';

const d = licensingDocuments;

/** Issued on or before `on`, neither revoked nor replaced by then, not expired (same rule as registerStatusOn). */
function liveOn(on: string): SQL {
  return sql`${d.issuedOn} <= ${on}::date
    and (${d.revokedOn} is null or ${d.revokedOn} > ${on}::date)
    and (${d.replacedOn} is null or ${d.replacedOn} > ${on}::date)
    and (${d.expiresOn} is null or ${d.expiresOn} >= ${on}::date)`;
}

/** Documents in force on `on` (expiring ones included), per kind, for the given fields. */
export async function licensingDocumentsInForceByKind(
  db: DbExecutor,
  q: { fields: readonly LicensingField[]; on: string },
): Promise<{ kind: string; count: number }[]> {
  if (q.fields.length === 0) return [];
  const rows = await db
    .select({ kind: d.kind, n: count() })
    .from(d)
    .where(and(inArray(d.field, [...q.fields]), liveOn(q.on)))
    .groupBy(d.kind)
    .orderBy(asc(d.kind));
  return rows.map((r) => ({ kind: r.kind, count: Number(r.n) }));
}

export interface ExpiringDocumentRow {
  number: string;
  kind: string;
  field: string;
  holderName: string;
  expiresOn: string;
}

/** Documents in force on `on` whose expiry falls within `withinDays` of it: the total and the first `limit`. */
export async function licensingDocumentsExpiring(
  db: DbExecutor,
  q: { fields: readonly LicensingField[]; on: string; withinDays: number; limit: number },
): Promise<{ total: number; rows: ExpiringDocumentRow[] }> {
  if (q.fields.length === 0) return { total: 0, rows: [] };
  const where = and(
    inArray(d.field, [...q.fields]),
    liveOn(q.on),
    isNotNull(d.expiresOn),
    sql`${d.expiresOn} <= ${q.on}::date + ${q.withinDays}::int`,
  );
  const [rows, [c]] = await Promise.all([
    db
      .select({
        number: d.number,
        kind: d.kind,
        field: d.field,
        holderName: licensingHolders.name,
        expiresOn: sql<string>`${d.expiresOn}::text`,
      })
      .from(d)
      .innerJoin(licensingHolders, eq(licensingHolders.id, d.holderId))
      .where(where)
      .orderBy(asc(d.expiresOn), asc(d.number))
      .limit(q.limit),
    db.select({ n: count() }).from(d).where(where),
  ]);
  return { total: Number(c?.n ?? 0), rows };
}

/** Dossiers of the given procedures received in [from, to] (ISO dates, Vietnam days, inclusive), per month 1–12. */
export async function dossiersReceivedPerMonth(
  db: DbExecutor,
  q: { procedureCodes: readonly string[]; from: string; to: string },
): Promise<{ month: string; count: number }[]> {
  if (q.procedureCodes.length === 0) return [];
  const start = new Date(`${q.from}T00:00:00+07:00`);
  const end = new Date(new Date(`${q.to}T00:00:00+07:00`).getTime() + 86_400_000);
  const month = sql<string>`to_char((${dossiers.receivedAt} at time zone 'UTC') + interval '7 hours', 'YYYY-MM')`;
  const rows = await db
    .select({ month, n: count() })
    .from(dossiers)
    .where(
      and(
        inArray(dossiers.procedureCode, [...q.procedureCodes]),
        gte(dossiers.receivedAt, start),
        lt(dossiers.receivedAt, end),
      ),
    )
    .groupBy(month)
    .orderBy(month);
  return rows.map((r) => ({ month: r.month, count: Number(r.n) }));
}

/** The devices a facility holds now (in use or stored; moved and disposed ones left the inventory). */
const held = or(eq(radiationDevices.status, 'in_use'), eq(radiationDevices.status, 'stored'));

export async function radiationDevicesByType(db: DbExecutor): Promise<{ type: string; count: number }[]> {
  const rows = await db
    .select({ type: radiationDevices.type, n: count() })
    .from(radiationDevices)
    .where(held)
    .groupBy(radiationDevices.type)
    .orderBy(asc(radiationDevices.type));
  return rows.map((r) => ({ type: r.type, count: Number(r.n) }));
}

/** The held devices per district of their facility (the holder's `district`, '' when not recorded). */
export async function radiationDevicesByDistrict(
  db: DbExecutor,
): Promise<{ district: string; count: number }[]> {
  const district = sql<string>`coalesce(nullif(trim(${licensingHolders.district}), ''), '')`;
  const rows = await db
    .select({ district, n: count() })
    .from(radiationDevices)
    .innerJoin(licensingHolders, eq(licensingHolders.id, radiationDevices.holderId))
    .where(held)
    .groupBy(district)
    .orderBy(district);
  return rows.map((r) => ({ district: r.district, count: Number(r.n) }));
}
