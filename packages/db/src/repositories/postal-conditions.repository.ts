// The appraisals of a postal licence's conditions on a dossier: append-only, numbered per dossier.
import { desc, eq } from 'drizzle-orm';
import { postalConditionChecks, users } from '../schema';
import type { DbExecutor } from './db-executor';

export type PostalConditionCheckRow = typeof postalConditionChecks.$inferSelect;
export type NewPostalConditionCheckRow = typeof postalConditionChecks.$inferInsert;

/** Every appraisal of the dossier with the name of the officer who recorded it, the one in force first. */
export async function listPostalConditionChecks(
  db: DbExecutor,
  dossierId: string,
): Promise<(PostalConditionCheckRow & { recordedByName: string })[]> {
  const rows = await db
    .select({ check: postalConditionChecks, recordedByName: users.fullName })
    .from(postalConditionChecks)
    .innerJoin(users, eq(users.id, postalConditionChecks.recordedBy))
    .where(eq(postalConditionChecks.dossierId, dossierId))
    .orderBy(desc(postalConditionChecks.position));
  return rows.map((r) => ({ ...r.check, recordedByName: r.recordedByName }));
}

export async function latestPostalConditionCheck(
  db: DbExecutor,
  dossierId: string,
): Promise<PostalConditionCheckRow | undefined> {
  const [row] = await db
    .select()
    .from(postalConditionChecks)
    .where(eq(postalConditionChecks.dossierId, dossierId))
    .orderBy(desc(postalConditionChecks.position))
    .limit(1);
  return row;
}

/**
 * Appends an appraisal at `position`; undefined when that position is taken (someone recorded meanwhile), which the
 * caller reports as a conflict instead of overwriting.
 */
export async function insertPostalConditionCheck(
  db: DbExecutor,
  values: NewPostalConditionCheckRow,
): Promise<PostalConditionCheckRow | undefined> {
  const [row] = await db
    .insert(postalConditionChecks)
    .values(values)
    .onConflictDoNothing({ target: [postalConditionChecks.dossierId, postalConditionChecks.position] })
    .returning();
  return row;
}
