import { desc } from 'drizzle-orm';
import type { Database } from '../client';
import { auditDenials } from '../schema';

export interface DenialInput {
  userId?: string | null;
  username?: string | null;
  ip?: string | null;
  path: string;
  code: string;
  reason: string;
  unitCode?: string | null;
  at?: Date;
}

export type DenialRow = typeof auditDenials.$inferSelect;

export async function logDenial(db: Database, input: DenialInput): Promise<void> {
  await db.insert(auditDenials).values({
    userId: input.userId ?? null,
    username: input.username ?? null,
    ip: input.ip ?? null,
    path: input.path,
    code: input.code,
    reason: input.reason,
    unitCode: input.unitCode ?? null,
    at: input.at ?? new Date(),
  });
}

export async function listDenials(db: Database, limit = 100): Promise<DenialRow[]> {
  return db.select().from(auditDenials).orderBy(desc(auditDenials.id)).limit(limit);
}
