import { asc, eq, sql } from 'drizzle-orm';
import type { OrgUnit } from '@skhcn/domain';
import type { Database } from '../client';
import type { DbExecutor } from './db-executor';
import { organisationUnits } from '../schema';

export type UnitRow = typeof organisationUnits.$inferSelect;

export async function upsertUnits(db: Database, orgId: string, units: readonly OrgUnit[]): Promise<void> {
  if (units.length === 0) return;
  await db
    .insert(organisationUnits)
    .values(units.map((u) => ({ code: u.code, orgId, name: u.name, shortName: u.shortName, kind: u.kind })))
    .onConflictDoUpdate({
      target: organisationUnits.code,
      set: {
        orgId: sql`excluded.org_id`,
        name: sql`excluded.name`,
        shortName: sql`excluded.short_name`,
        kind: sql`excluded.kind`,
      },
    });
}

export async function listUnits(db: DbExecutor): Promise<UnitRow[]> {
  return db.select().from(organisationUnits).orderBy(asc(organisationUnits.code));
}

export async function findUnit(db: Database, code: string): Promise<UnitRow | undefined> {
  const [row] = await db.select().from(organisationUnits).where(eq(organisationUnits.code, code));
  return row;
}
