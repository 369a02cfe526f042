// The inbox's counts per unit and status come from dossier_status_counts, kept by triggers (migration 0004): they
// must equal a count of the dossiers after any receipts, transitions, moves between units and resets.
import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { describeEachDatabase, fixtureOrganisation } from '../testing';
import {
  dossierSearchText,
  insertDossier,
  listDossiers,
  updateDossierIfVersion,
} from './dossiers.repository';
import { upsertUnits } from './units.repository';
import type { Database } from '../client';

const now = new Date('2026-03-02T02:00:00Z');
const UNITS = ['CCTDC', 'HTS'] as const;

function dossierValues(i: number, unitCode: string, status: number) {
  const code = `${unitCode}-260302-${String(i).padStart(4, '0')}`;
  return {
    code,
    procedureCode: 'tdc.hop-quy',
    procedureVersion: '2012.1',
    unitCode,
    status,
    applicant: { name: 'Công ty TNHH Nhựa Đông Á' },
    applicantName: 'Công ty TNHH Nhựa Đông Á',
    searchText: dossierSearchText(code, 'Công ty TNHH Nhựa Đông Á'),
  };
}

/** The counts per status of a unit, counted row by row. */
async function countedRows(db: Database, unitCode: string): Promise<Record<number, number>> {
  const result = await db.execute<{ status: number; n: string | number }>(
    sql`select status, count(*) as n from dossiers where unit_code = ${unitCode} group by status`,
  );
  const rows = (result as { rows: { status: number; n: string | number }[] }).rows;
  return Object.fromEntries(rows.map((r) => [Number(r.status), Number(r.n)]));
}

/** A deterministic pseudo-random sequence (LCG), so a failure replays. */
function lcg(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s % n;
  };
}

describeEachDatabase('dossier status counts', (t) => {
  beforeEach(async () => {
    await t.reset();
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
  });

  it('equal the dossiers counted row by row through receipts, transitions, moves between units and a reset', async () => {
    const rnd = lcg(20260302);
    const ids: { id: string; version: number }[] = [];
    for (let i = 1; i <= 40; i++) {
      const row = await insertDossier(t.db, dossierValues(i, must(UNITS[rnd(2)], 'a unit'), 1 + rnd(10)));
      ids.push({ id: row.id, version: row.version });
    }
    for (let k = 0; k < 120; k++) {
      const d = must(ids[rnd(ids.length)], 'a dossier');
      const updated = await updateDossierIfVersion(t.db, d.id, d.version, { status: 1 + rnd(10) }, now);
      d.version = must(updated, 'the dossier at its own version').version;
    }
    // a dossier moved to another unit leaves the first unit's counts
    await t.db.execute(
      sql`update dossiers set unit_code = 'HTS' where id = ${must(ids[0], 'the first dossier').id}`,
    );

    for (const unitCode of UNITS) {
      const expected = await countedRows(t.db, unitCode);
      const listed = await listDossiers(t.db, { unitCodes: [unitCode], limit: 1 });
      expect(listed.countsByStatus).toEqual(expected);
      expect(listed.total).toBe(Object.values(expected).reduce((a, b) => a + b, 0));
      const running = await listDossiers(t.db, { unitCodes: [unitCode], statuses: [2, 4], limit: 1 });
      expect(running.total).toBe((expected[2] ?? 0) + (expected[4] ?? 0));
      expect(running.countsByStatus).toEqual(expected); // the counts ignore the status filter
    }
    const both = await listDossiers(t.db, { unitCodes: [...UNITS], limit: 1 });
    expect(both.total).toBe(40);

    await t.reset(); // TRUNCATE … dossiers
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'] })).countsByStatus).toEqual({});
    await insertDossier(t.db, dossierValues(1, 'CCTDC', 2));
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'] })).countsByStatus).toEqual({ 2: 1 });
  });

  it('gives the same counts by the counters and by counting rows under a text filter', async () => {
    for (let i = 1; i <= 6; i++) await insertDossier(t.db, dossierValues(i, 'CCTDC', i % 2 === 0 ? 2 : 4));
    const byCounters = await listDossiers(t.db, { unitCodes: ['CCTDC'] });
    const byRows = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'nhựa đông' });
    expect(byCounters.countsByStatus).toEqual({ 2: 3, 4: 3 });
    expect(byRows.countsByStatus).toEqual(byCounters.countsByStatus);
    expect(byRows.total).toBe(6);
    expect((await listDossiers(t.db, { unitCodes: [] })).total).toBe(0);
  });

  it('lets simultaneous opposite transitions in one unit commit without deadlock', async () => {
    if (t.kind !== 'postgres') return; // PGlite runs one transaction at a time
    const rows = [];
    for (let i = 1; i <= 24; i++)
      rows.push(await insertDossier(t.db, dossierValues(i, 'CCTDC', i % 2 ? 4 : 5)));
    // each transaction takes the counters of 4 and 5 in opposite orders unless the trigger orders them
    await Promise.all(
      rows.map((r) =>
        t.db.transaction(async (tx) => {
          await updateDossierIfVersion(tx, r.id, r.version, { status: r.status === 4 ? 5 : 4 }, now);
          await tx.execute(sql`select pg_sleep(0.02)`);
        }),
      ),
    );
    expect(await countedRows(t.db, 'CCTDC')).toEqual({ 4: 12, 5: 12 });
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'] })).countsByStatus).toEqual({ 4: 12, 5: 12 });
  });
});
