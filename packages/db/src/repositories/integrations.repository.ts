// The outbox of messages to the national systems and their last known health.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { integrationOutbox, integrationStatus } from '../schema';
import type { DbExecutor } from './db-executor';

export type OutboxRow = typeof integrationOutbox.$inferSelect;
export type IntegrationStatusRow = typeof integrationStatus.$inferSelect;

export interface NewOutboxMessage {
  target: string;
  dossierId: string;
  payload: Record<string, unknown>;
  at: Date;
}

/** Queues a message in the caller's transaction: it is sent only if that transaction commits. */
export async function enqueueOutbox(db: DbExecutor, m: NewOutboxMessage): Promise<OutboxRow> {
  const [row] = await db
    .insert(integrationOutbox)
    .values({
      target: m.target,
      dossierId: m.dossierId,
      payload: m.payload,
      state: 'pending',
      attempts: 0,
      nextAttemptAt: m.at,
      createdAt: m.at,
    })
    .returning();
  if (!row) throw new Error('integration_outbox insert returned no row');
  return row;
}

/**
 * Claims up to `limit` due messages of the given targets for `leaseMs`: their next attempt moves past the lease so
 * another worker (another server instance) does not take them meanwhile. Only the oldest pending message of each
 * dossier and target is due, so status updates reach a system in the order they happened.
 */
export async function claimDueOutbox(
  db: DbExecutor,
  targets: readonly string[],
  now: Date,
  leaseMs: number,
  limit = 20,
): Promise<OutboxRow[]> {
  if (targets.length === 0) return [];
  const o = integrationOutbox;
  const due = db
    .select({ id: o.id })
    .from(o)
    .where(
      and(
        eq(o.state, 'pending'),
        inArray(o.target, [...targets]),
        sql`${o.nextAttemptAt} <= ${now}`,
        sql`not exists (select 1 from ${o} as earlier where earlier.dossier_id = ${o.dossierId} and earlier.target = ${o.target} and earlier.state = 'pending' and earlier.id < ${o.id})`,
      ),
    )
    .orderBy(asc(o.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(o)
    .set({ nextAttemptAt: new Date(now.getTime() + leaseMs) })
    .where(inArray(o.id, due))
    .returning()
    .then((rows) => rows.sort((a, b) => a.id - b.id));
}

export async function markOutboxSent(db: DbExecutor, id: number, at: Date): Promise<void> {
  await db
    .update(integrationOutbox)
    .set({
      state: 'sent',
      sentAt: at,
      attempts: sql`${integrationOutbox.attempts} + 1`,
      lastError: null,
    })
    .where(eq(integrationOutbox.id, id));
}

/** Records a failed attempt: retried at `retryAt`, or given up ('dead') when `retryAt` is null. */
export async function markOutboxFailed(
  db: DbExecutor,
  id: number,
  error: string,
  retryAt: Date | null,
): Promise<void> {
  await db
    .update(integrationOutbox)
    .set({
      state: retryAt ? 'pending' : 'dead',
      attempts: sql`${integrationOutbox.attempts} + 1`,
      lastError: error.slice(0, 2000),
      ...(retryAt ? { nextAttemptAt: retryAt } : {}),
    })
    .where(eq(integrationOutbox.id, id));
}

export async function listOutbox(db: DbExecutor, dossierId?: string): Promise<OutboxRow[]> {
  return db
    .select()
    .from(integrationOutbox)
    .where(dossierId ? eq(integrationOutbox.dossierId, dossierId) : undefined)
    .orderBy(asc(integrationOutbox.id));
}

/** Counts of pending messages per target (for the integrations screen). */
export async function pendingOutboxCounts(db: DbExecutor): Promise<Record<string, number>> {
  const rows = await db
    .select({ target: integrationOutbox.target, n: sql<string>`count(*)` })
    .from(integrationOutbox)
    .where(eq(integrationOutbox.state, 'pending'))
    .groupBy(integrationOutbox.target);
  return Object.fromEntries(rows.map((r) => [r.target, Number(r.n)]));
}

export async function recordIntegrationStatus(
  db: DbExecutor,
  s: { id: string; status: 'up' | 'down'; checkedAt: Date; message: string | null },
): Promise<void> {
  await db
    .insert(integrationStatus)
    .values(s)
    .onConflictDoUpdate({
      target: integrationStatus.id,
      set: { status: s.status, checkedAt: s.checkedAt, message: s.message },
    });
}

export async function listIntegrationStatus(db: DbExecutor): Promise<IntegrationStatusRow[]> {
  return db.select().from(integrationStatus);
}
