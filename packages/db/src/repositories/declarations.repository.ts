import { eq } from 'drizzle-orm';
import { conformityDeclarations } from '../schema';
import type { DbExecutor } from './db-executor';

export type DeclarationRow = typeof conformityDeclarations.$inferSelect;
export type NewDeclarationRow = typeof conformityDeclarations.$inferInsert;

/** Stores the declaration of a TĐC dossier (in the transaction that creates the dossier). */
export async function insertDeclaration(db: DbExecutor, values: NewDeclarationRow): Promise<DeclarationRow> {
  const [row] = await db.insert(conformityDeclarations).values(values).returning();
  if (!row) throw new Error('conformity_declarations insert returned no row');
  return row;
}

export async function findDeclaration(
  db: DbExecutor,
  dossierId: string,
): Promise<DeclarationRow | undefined> {
  const [row] = await db
    .select()
    .from(conformityDeclarations)
    .where(eq(conformityDeclarations.dossierId, dossierId));
  return row;
}
