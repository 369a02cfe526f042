// The subjects of the licensing reminders (current licences, devices in use) and the record of reminders sent, whose
// unique key (subject, kind, threshold) makes exactly one server process send each reminder.
import { and, asc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { licensingDocuments, licensingHolders, licensingReminders, radiationDevices } from '../schema';
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
}

/**
 * The licences in force (not replaced, not revoked, with an expiry) and the radiation devices in use, of the given
 * fields and, when given, holders.
 */
export async function listReminderSubjects(
  db: DbExecutor,
  f: { fields: readonly LicensingField[]; holderIds?: readonly string[] },
): Promise<ReminderSubjectRows> {
  if (f.fields.length === 0) return { licences: [], devices: [] };
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
  return {
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
