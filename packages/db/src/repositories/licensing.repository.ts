// Licensing: holders, the radiation inventory, licensing dossier data, and the register of issued documents.
import { and, asc, desc, eq, inArray, isNull, like, sql, type SQL } from 'drizzle-orm';
import { searchWords } from '@skhcn/domain';
import {
  licensingDocumentCounters,
  licensingDocumentHistory,
  licensingDocuments,
  licensingDossiers,
  licensingHolders,
  radiationDevices,
} from '../schema';
import type { DbExecutor } from './db-executor';
import { escapeLike, foldSearchText } from './search-text';

export type HolderRow = typeof licensingHolders.$inferSelect;
export type NewHolderRow = typeof licensingHolders.$inferInsert;
export type DeviceRow = typeof radiationDevices.$inferSelect;
export type NewDeviceRow = typeof radiationDevices.$inferInsert;
export type LicensingDossierRow = typeof licensingDossiers.$inferSelect;
export type LicensingDocumentRow = typeof licensingDocuments.$inferSelect;
export type NewLicensingDocumentRow = typeof licensingDocuments.$inferInsert;
export type LicensingDocumentHistoryRow = typeof licensingDocumentHistory.$inferSelect;
export type LicensingField = 'radiation' | 'postal';

function one<T>(rows: T[], what: string): T {
  const [row] = rows;
  if (!row) throw new Error(`${what} returned no row`);
  return row;
}

function wordsCondition(
  column: typeof licensingHolders.searchText | typeof licensingDocuments.searchText,
  q: string | undefined,
): SQL | undefined {
  const words = q ? searchWords(q) : [];
  if (words.length === 0) return undefined;
  return and(...words.map((w) => like(column, `%${escapeLike(w)}%`)));
}

// ——— Holders ———

export function holderSearchText(h: Pick<NewHolderRow, 'name' | 'taxCode' | 'address'>): string {
  return foldSearchText(`${h.name} ${h.taxCode} ${h.address}`);
}

/** Creates the holder, or returns the one with the same field and tax code (updating nothing). */
export async function findOrCreateHolder(
  db: DbExecutor,
  values: Omit<NewHolderRow, 'searchText' | 'createdAt' | 'updatedAt'>,
  now: Date,
): Promise<HolderRow> {
  const existing = await db
    .select()
    .from(licensingHolders)
    .where(and(eq(licensingHolders.field, values.field), eq(licensingHolders.taxCode, values.taxCode)));
  if (existing[0]) return existing[0];
  return one(
    await db
      .insert(licensingHolders)
      .values({ ...values, searchText: holderSearchText(values), createdAt: now, updatedAt: now })
      .returning(),
    'licensing_holders insert',
  );
}

export async function findHolder(db: DbExecutor, id: string): Promise<HolderRow | undefined> {
  const [row] = await db.select().from(licensingHolders).where(eq(licensingHolders.id, id));
  return row;
}

export async function listHolders(
  db: DbExecutor,
  filter: { field: LicensingField; q?: string; applicantUserId?: string; limit: number; offset: number },
): Promise<{ rows: HolderRow[]; total: number }> {
  const where = and(
    eq(licensingHolders.field, filter.field),
    filter.applicantUserId ? eq(licensingHolders.applicantUserId, filter.applicantUserId) : undefined,
    wordsCondition(licensingHolders.searchText, filter.q),
  );
  const rows = await db
    .select()
    .from(licensingHolders)
    .where(where)
    .orderBy(asc(licensingHolders.name))
    .limit(filter.limit)
    .offset(filter.offset);
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(licensingHolders)
    .where(where);
  return { rows, total: Number(c?.n ?? 0) };
}

export async function updateHolderIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  changes: Partial<Pick<NewHolderRow, 'address' | 'district' | 'phone' | 'email' | 'safetyOfficer' | 'name'>>,
  now: Date,
): Promise<HolderRow | undefined> {
  const current = await findHolder(db, id);
  if (!current) return undefined;
  const next = { ...current, ...changes };
  const [row] = await db
    .update(licensingHolders)
    .set({
      ...changes,
      searchText: holderSearchText(next),
      updatedAt: now,
      version: sql`${licensingHolders.version} + 1`,
    })
    .where(and(eq(licensingHolders.id, id), eq(licensingHolders.version, expectedVersion)))
    .returning();
  return row;
}

// ——— Devices ———

export async function insertDevice(db: DbExecutor, values: NewDeviceRow): Promise<DeviceRow> {
  return one(await db.insert(radiationDevices).values(values).returning(), 'radiation_devices insert');
}

export async function findDevice(db: DbExecutor, id: string): Promise<DeviceRow | undefined> {
  const [row] = await db.select().from(radiationDevices).where(eq(radiationDevices.id, id));
  return row;
}

export async function findDevicesByIds(db: DbExecutor, ids: readonly string[]): Promise<DeviceRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(radiationDevices)
    .where(inArray(radiationDevices.id, [...ids]));
}

export async function findDeviceBySerial(
  db: DbExecutor,
  holderId: string,
  manufacturer: string,
  serial: string,
): Promise<DeviceRow | undefined> {
  const [row] = await db
    .select()
    .from(radiationDevices)
    .where(
      and(
        eq(radiationDevices.holderId, holderId),
        eq(radiationDevices.manufacturer, manufacturer),
        eq(radiationDevices.serial, serial),
      ),
    );
  return row;
}

export async function updateDevice(
  db: DbExecutor,
  id: string,
  changes: Partial<Omit<NewDeviceRow, 'id' | 'holderId' | 'createdAt' | 'version'>>,
  now: Date,
  expectedVersion?: number,
): Promise<DeviceRow | undefined> {
  const [row] = await db
    .update(radiationDevices)
    .set({ ...changes, updatedAt: now, version: sql`${radiationDevices.version} + 1` })
    .where(
      and(
        eq(radiationDevices.id, id),
        expectedVersion === undefined ? undefined : eq(radiationDevices.version, expectedVersion),
      ),
    )
    .returning();
  return row;
}

export interface DeviceFilter {
  holderId?: string;
  holderIds?: readonly string[];
  type?: string;
  status?: string;
  limit: number;
  offset: number;
}

export async function listDevices(
  db: DbExecutor,
  f: DeviceFilter,
): Promise<{ rows: (DeviceRow & { holderName: string; district: string | null })[]; total: number }> {
  const where = and(
    f.holderId ? eq(radiationDevices.holderId, f.holderId) : undefined,
    f.holderIds
      ? inArray(radiationDevices.holderId, [...f.holderIds, '00000000-0000-0000-0000-000000000000'])
      : undefined,
    f.type ? eq(radiationDevices.type, f.type) : undefined,
    f.status ? eq(radiationDevices.status, f.status) : undefined,
  );
  const rows = await db
    .select({
      device: radiationDevices,
      holderName: licensingHolders.name,
      district: licensingHolders.district,
    })
    .from(radiationDevices)
    .innerJoin(licensingHolders, eq(licensingHolders.id, radiationDevices.holderId))
    .where(where)
    .orderBy(asc(licensingHolders.name), asc(radiationDevices.type), asc(radiationDevices.serial))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(radiationDevices)
    .where(where);
  return {
    rows: rows.map((r) => ({ ...r.device, holderName: r.holderName, district: r.district })),
    total: Number(c?.n ?? 0),
  };
}

// ——— Licensing dossier data ———

export async function insertLicensingDossier(
  db: DbExecutor,
  values: typeof licensingDossiers.$inferInsert,
): Promise<LicensingDossierRow> {
  return one(await db.insert(licensingDossiers).values(values).returning(), 'licensing_dossiers insert');
}

export async function findLicensingDossier(
  db: DbExecutor,
  dossierId: string,
): Promise<LicensingDossierRow | undefined> {
  const [row] = await db.select().from(licensingDossiers).where(eq(licensingDossiers.dossierId, dossierId));
  return row;
}

// ——— Register ———

export async function nextLicensingSequence(
  db: DbExecutor,
  unitCode: string,
  kind: string,
  year: number,
): Promise<number> {
  const [row] = await db
    .insert(licensingDocumentCounters)
    .values({ unitCode, kind, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [
        licensingDocumentCounters.unitCode,
        licensingDocumentCounters.kind,
        licensingDocumentCounters.year,
      ],
      set: { lastSeq: sql`${licensingDocumentCounters.lastSeq} + 1` },
    })
    .returning({ lastSeq: licensingDocumentCounters.lastSeq });
  if (!row) throw new Error('licensing_document_counters returned no row');
  return row.lastSeq;
}

export async function insertLicensingDocument(
  db: DbExecutor,
  values: NewLicensingDocumentRow,
): Promise<LicensingDocumentRow> {
  return one(await db.insert(licensingDocuments).values(values).returning(), 'licensing_documents insert');
}

export async function findLicensingDocument(
  db: DbExecutor,
  id: string,
): Promise<LicensingDocumentRow | undefined> {
  const [row] = await db.select().from(licensingDocuments).where(eq(licensingDocuments.id, id));
  return row;
}

export async function findLicensingDocumentByNumber(
  db: DbExecutor,
  number: string,
): Promise<LicensingDocumentRow | undefined> {
  const [row] = await db.select().from(licensingDocuments).where(eq(licensingDocuments.number, number));
  return row;
}

export async function findLicensingDocumentsByDossiers(
  db: DbExecutor,
  dossierIds: readonly string[],
): Promise<LicensingDocumentRow[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select()
    .from(licensingDocuments)
    .where(inArray(licensingDocuments.dossierId, [...dossierIds]));
}

export interface DocumentFilter {
  field: LicensingField;
  kind?: string;
  holderId?: string;
  applicantUserId?: string;
  q?: string;
  /** keep only documents not replaced (the current ones) */
  currentOnly?: boolean;
  /** the register status on `today` (the domain's licenceStatusOn, plus replaced) */
  status?: {
    is: 'in_force' | 'expiring' | 'expired' | 'revoked' | 'replaced';
    today: string;
    expiringDays: number;
  };
  limit: number;
  offset: number;
}

/** The register status as SQL, the same rule as the domain's licenceStatusOn (revoked, then replaced, then dates). */
function statusCondition(s: NonNullable<DocumentFilter['status']>): SQL | undefined {
  const d = licensingDocuments;
  const revoked = sql`(${d.revokedOn} is not null and ${d.revokedOn} <= ${s.today}::date)`;
  const live = sql`not ${revoked} and ${d.replacedOn} is null`;
  const horizon = sql`(${s.today}::date + ${s.expiringDays}::int)`;
  switch (s.is) {
    case 'revoked':
      return revoked;
    case 'replaced':
      return sql`not ${revoked} and ${d.replacedOn} is not null`;
    case 'expired':
      return sql`${live} and ${d.expiresOn} < ${s.today}::date`;
    case 'expiring':
      return sql`${live} and ${d.expiresOn} >= ${s.today}::date and ${d.expiresOn} <= ${horizon}`;
    case 'in_force':
      return sql`${live} and (${d.expiresOn} is null or ${d.expiresOn} > ${horizon})`;
  }
}

export async function listLicensingDocuments(
  db: DbExecutor,
  f: DocumentFilter,
): Promise<{ rows: (LicensingDocumentRow & { holderName: string })[]; total: number }> {
  const where = and(
    eq(licensingDocuments.field, f.field),
    f.kind ? eq(licensingDocuments.kind, f.kind) : undefined,
    f.holderId ? eq(licensingDocuments.holderId, f.holderId) : undefined,
    f.applicantUserId ? eq(licensingHolders.applicantUserId, f.applicantUserId) : undefined,
    f.currentOnly ? isNull(licensingDocuments.replacedOn) : undefined,
    wordsCondition(licensingDocuments.searchText, f.q),
    f.status ? statusCondition(f.status) : undefined,
  );
  const rows = await db
    .select({ doc: licensingDocuments, holderName: licensingHolders.name })
    .from(licensingDocuments)
    .innerJoin(licensingHolders, eq(licensingHolders.id, licensingDocuments.holderId))
    .where(where)
    .orderBy(desc(licensingDocuments.issuedOn), desc(licensingDocuments.seq))
    .limit(f.limit)
    .offset(f.offset);
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(licensingDocuments)
    .innerJoin(licensingHolders, eq(licensingHolders.id, licensingDocuments.holderId))
    .where(where);
  return { rows: rows.map((r) => ({ ...r.doc, holderName: r.holderName })), total: Number(c?.n ?? 0) };
}

/** Marks a document replaced (by its renewal, amendment or re-issue) unless it already was: false when it was. */
export async function markDocumentReplaced(db: DbExecutor, id: string, on: string): Promise<boolean> {
  const rows = await db
    .update(licensingDocuments)
    .set({ replacedOn: on })
    .where(and(eq(licensingDocuments.id, id), isNull(licensingDocuments.replacedOn)))
    .returning({ id: licensingDocuments.id });
  return rows.length === 1;
}

/** Revokes a document not yet revoked; undefined when it already was (a concurrent revocation). */
export async function revokeLicensingDocument(
  db: DbExecutor,
  id: string,
  on: string,
  reason: string,
  by: string,
): Promise<LicensingDocumentRow | undefined> {
  const [row] = await db
    .update(licensingDocuments)
    .set({ revokedOn: on, revokedReason: reason, revokedBy: by })
    .where(and(eq(licensingDocuments.id, id), isNull(licensingDocuments.revokedOn)))
    .returning();
  return row;
}

export async function appendLicensingHistory(
  db: DbExecutor,
  entry: { documentId: string; at: Date; status: string; note?: string | null; actorUserId?: string | null },
): Promise<void> {
  await db.insert(licensingDocumentHistory).values({
    documentId: entry.documentId,
    at: entry.at,
    status: entry.status,
    note: entry.note ?? null,
    actorUserId: entry.actorUserId ?? null,
  });
}

export async function listLicensingHistory(
  db: DbExecutor,
  documentId: string,
): Promise<LicensingDocumentHistoryRow[]> {
  return db
    .select()
    .from(licensingDocumentHistory)
    .where(eq(licensingDocumentHistory.documentId, documentId))
    .orderBy(asc(licensingDocumentHistory.at), asc(licensingDocumentHistory.id));
}
