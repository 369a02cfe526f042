// The subjects of the licensing reminders (current licences, devices in use) and the record of reminders sent, whose
// unique key (subject, kind, threshold) makes exactly one server process send each reminder.
import { and, asc, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import {
  licensingDocuments,
  licensingHolders,
  licensingInspectionCorrections,
  licensingInspectionEvents,
  licensingInspections,
  licensingReminders,
  radiationDevices,
} from '../schema';
import type { DbExecutor } from './db-executor';
import type { LicensingField } from './licensing.repository';

export type LicensingReminderRow = typeof licensingReminders.$inferSelect;
export type NewLicensingReminderRow = typeof licensingReminders.$inferInsert;

/** The advisory lock key of the reminder job (one process computes at a time). */
export const LICENSING_REMINDER_LOCK_KEY = 7_312_026;

export interface ReminderSubjectRows {
  licences: {
    id: string;
    holderId: string;
    field: LicensingField;
    number: string;
    expiresOn: string;
  }[];
  devices: {
    id: string;
    holderId: string;
    type: string;
    manufacturer: string;
    model: string;
    serial: string;
    lastInspectionOn: string | null;
    createdAt: Date;
  }[];
  /** corrections not yet resolved */
  corrections: { id: string; holderId: string; description: string; deadline: string; inspectedOn: string }[];
}

/**
 * The licences in force (not replaced, not revoked, with an expiry) and the radiation devices in use, of the given
 * fields and, when given, holders.
 */
export async function listReminderSubjects(
  db: DbExecutor,
  f: { fields: readonly LicensingField[]; holderIds?: readonly string[] },
): Promise<ReminderSubjectRows> {
  if (f.fields.length === 0) return { licences: [], devices: [], corrections: [] };
  const d = licensingDocuments;
  const holders = f.holderIds ? [...f.holderIds, '00000000-0000-0000-0000-000000000000'] : undefined;
  const licences = await db
    .select({ id: d.id, holderId: d.holderId, field: d.field, number: d.number, expiresOn: d.expiresOn })
    .from(d)
    .where(
      and(
        inArray(d.field, [...f.fields]),
        inArray(d.kind, ['radiation_licence', 'postal_licence']),
        isNull(d.replacedOn),
        isNull(d.revokedOn),
        isNotNull(d.expiresOn),
        holders ? inArray(d.holderId, holders) : undefined,
      ),
    )
    .orderBy(asc(d.expiresOn), asc(d.number));
  const devices = f.fields.includes('radiation')
    ? await db
        .select({
          id: radiationDevices.id,
          holderId: radiationDevices.holderId,
          type: radiationDevices.type,
          manufacturer: radiationDevices.manufacturer,
          model: radiationDevices.model,
          serial: radiationDevices.serial,
          lastInspectionOn: radiationDevices.lastInspectionOn,
          createdAt: radiationDevices.createdAt,
        })
        .from(radiationDevices)
        .where(
          and(
            eq(radiationDevices.status, 'in_use'),
            holders ? inArray(radiationDevices.holderId, holders) : undefined,
          ),
        )
        .orderBy(asc(radiationDevices.serial))
    : [];
  const c = licensingInspectionCorrections;
  const corrections = f.fields.includes('radiation')
    ? await db
        .select({
          id: c.id,
          holderId: c.holderId,
          description: c.description,
          deadline: c.deadline,
          inspectedOn: licensingInspections.inspectedOn,
        })
        .from(c)
        .innerJoin(licensingInspections, eq(licensingInspections.id, c.inspectionId))
        .where(and(isNull(c.resolvedOn), holders ? inArray(c.holderId, holders) : undefined))
        .orderBy(asc(c.deadline))
    : [];
  return {
    corrections,
    licences: licences.map((l) => ({
      ...l,
      field: l.field as LicensingField,
      expiresOn: l.expiresOn ?? '',
    })),
    devices,
  };
}

/** The holders' names and e-mail addresses, by id. */
export async function findHolderContacts(
  db: DbExecutor,
  ids: readonly string[],
): Promise<Map<string, { name: string; email: string | null; field: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: licensingHolders.id,
      name: licensingHolders.name,
      email: licensingHolders.email,
      field: licensingHolders.field,
    })
    .from(licensingHolders)
    .where(inArray(licensingHolders.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email, field: r.field }]));
}

/**
 * Takes the lock of the reminder job for the caller's transaction; false when another process holds it (it is
 * computing the same reminders: this run does nothing).
 */
export async function tryReminderJobLock(tx: DbExecutor): Promise<boolean> {
  const result: unknown = await tx.execute(
    sql`select pg_try_advisory_xact_lock(${LICENSING_REMINDER_LOCK_KEY}) as locked`,
  );
  return (result as { rows: { locked: boolean }[] }).rows[0]?.locked === true;
}

/** Records the reminder unless it already is: the row when this call recorded it, undefined when another did. */
export async function claimReminder(
  db: DbExecutor,
  values: Omit<NewLicensingReminderRow, 'id' | 'attempts' | 'createdAt' | 'claimedAt'>,
  now: Date,
): Promise<LicensingReminderRow | undefined> {
  const [row] = await db
    .insert(licensingReminders)
    .values({ ...values, attempts: 0, claimedAt: now, createdAt: now })
    .onConflictDoNothing({
      target: [licensingReminders.subjectId, licensingReminders.kind, licensingReminders.threshold],
    })
    .returning();
  return row;
}

/**
 * Claims the reminders to send again: failed ones (fewer than `maxAttempts`) and pending ones whose claim is older
 * than `staleBefore` (the process that claimed them stopped). One UPDATE: two processes never claim the same row.
 */
export async function reclaimUnsentReminders(
  db: DbExecutor,
  now: Date,
  staleBefore: Date,
  maxAttempts: number,
): Promise<LicensingReminderRow[]> {
  const r = licensingReminders;
  return db
    .update(r)
    .set({ status: 'pending', claimedAt: now })
    .where(
      and(
        lt(r.attempts, maxAttempts),
        or(eq(r.status, 'failed'), and(eq(r.status, 'pending'), lt(r.claimedAt, staleBefore))),
      ),
    )
    .returning();
}

export async function markReminderSent(db: DbExecutor, id: number, now: Date): Promise<void> {
  await db
    .update(licensingReminders)
    .set({
      status: 'sent',
      sentAt: now,
      lastError: null,
      attempts: sql`${licensingReminders.attempts} + 1`,
    })
    .where(eq(licensingReminders.id, id));
}

export async function markReminderFailed(db: DbExecutor, id: number, error: string): Promise<void> {
  await db
    .update(licensingReminders)
    .set({
      status: 'failed',
      lastError: error.slice(0, 500),
      attempts: sql`${licensingReminders.attempts} + 1`,
    })
    .where(eq(licensingReminders.id, id));
}

/** The reminders recorded for these subjects (what was sent, when, to whom). */
export async function listRemindersOfSubjects(
  db: DbExecutor,
  subjectIds: readonly string[],
): Promise<LicensingReminderRow[]> {
  if (subjectIds.length === 0) return [];
  return db
    .select()
    .from(licensingReminders)
    .where(inArray(licensingReminders.subjectId, [...subjectIds]))
    .orderBy(asc(licensingReminders.id));
}

// ——— Inspections ———

export type InspectionRow = typeof licensingInspections.$inferSelect;
export type CorrectionRow = typeof licensingInspectionCorrections.$inferSelect;

export async function insertInspection(
  db: DbExecutor,
  values: Omit<typeof licensingInspections.$inferInsert, 'id'>,
  corrections: readonly { description: string; deadline: string }[],
  actorUserId: string,
): Promise<InspectionRow> {
  const [row] = await db.insert(licensingInspections).values(values).returning();
  if (!row) throw new Error('licensing_inspections insert returned no row');
  if (corrections.length > 0) {
    await db.insert(licensingInspectionCorrections).values(
      corrections.map((c, i) => ({
        inspectionId: row.id,
        holderId: row.holderId,
        position: i + 1,
        description: c.description,
        deadline: c.deadline,
        updatedAt: values.createdAt,
      })),
    );
  }
  await db.insert(licensingInspectionEvents).values({
    inspectionId: row.id,
    action: 'recorded',
    note: `${corrections.length} yêu cầu khắc phục`,
    actorUserId,
    at: values.createdAt,
  });
  return row;
}

export async function listInspections(
  db: DbExecutor,
  holderId: string,
): Promise<{ inspection: InspectionRow; corrections: CorrectionRow[] }[]> {
  const inspections = await db
    .select()
    .from(licensingInspections)
    .where(eq(licensingInspections.holderId, holderId))
    .orderBy(desc(licensingInspections.inspectedOn), desc(licensingInspections.createdAt));
  if (inspections.length === 0) return [];
  const corrections = await db
    .select()
    .from(licensingInspectionCorrections)
    .where(
      inArray(
        licensingInspectionCorrections.inspectionId,
        inspections.map((i) => i.id),
      ),
    )
    .orderBy(asc(licensingInspectionCorrections.position));
  return inspections.map((inspection) => ({
    inspection,
    corrections: corrections.filter((c) => c.inspectionId === inspection.id),
  }));
}

export async function findCorrection(
  db: DbExecutor,
  id: string,
): Promise<{ correction: CorrectionRow; inspection: InspectionRow } | undefined> {
  const [row] = await db
    .select({ correction: licensingInspectionCorrections, inspection: licensingInspections })
    .from(licensingInspectionCorrections)
    .innerJoin(licensingInspections, eq(licensingInspections.id, licensingInspectionCorrections.inspectionId))
    .where(eq(licensingInspectionCorrections.id, id));
  return row;
}

/** Marks a correction resolved if it still has `expectedVersion` and is open; undefined otherwise (a conflict). */
export async function resolveCorrectionIfVersion(
  db: DbExecutor,
  id: string,
  expectedVersion: number,
  values: { resolvedOn: string; resolutionNote: string; resolvedBy: string },
  now: Date,
): Promise<CorrectionRow | undefined> {
  const c = licensingInspectionCorrections;
  const [row] = await db
    .update(c)
    .set({ ...values, updatedAt: now, version: sql`${c.version} + 1` })
    .where(and(eq(c.id, id), eq(c.version, expectedVersion), isNull(c.resolvedOn)))
    .returning();
  if (row) {
    await db.insert(licensingInspectionEvents).values({
      inspectionId: row.inspectionId,
      correctionId: row.id,
      action: 'correction_resolved',
      note: values.resolutionNote,
      actorUserId: values.resolvedBy,
      at: now,
    });
  }
  return row;
}
