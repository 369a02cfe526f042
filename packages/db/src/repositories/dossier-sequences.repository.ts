import { sql } from 'drizzle-orm';
import { dossierSequences } from '../schema';
import type { DbExecutor } from './db-executor';

/**
 * The next sequence number of dossiers received by `unitCode` on `day` (ISO date, Vietnam time), starting at 1.
 * One statement (`INSERT … ON CONFLICT DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq`), run inside the
 * command's transaction: the row stays locked until that transaction ends, so concurrent receipts get distinct
 * numbers, and a rolled-back command gives its number back.
 */
export async function nextDossierSequence(db: DbExecutor, unitCode: string, day: string): Promise<number> {
  const [row] = await db
    .insert(dossierSequences)
    .values({ unitCode, day, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [dossierSequences.unitCode, dossierSequences.day],
      set: { lastSeq: sql`${dossierSequences.lastSeq} + 1` },
    })
    .returning({ lastSeq: dossierSequences.lastSeq });
  if (!row) throw new Error('dossier_sequences returned no row');
  return row.lastSeq;
}
