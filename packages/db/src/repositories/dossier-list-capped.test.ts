// Under a filter the counters cannot answer, the inbox counts at most DOSSIER_COUNT_CAP dossiers per status (for
// free text, DOSSIER_TEXT_MATCH_CAP matches in all) and says so; below the cap the counts stay exact, and the page is the same
// as without a cap (the first dossiers in the chosen order among all the matches).
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase, fixtureOrganisation } from '../testing';
import { dossiers } from '../schema';
import {
  DOSSIER_COUNT_CAP,
  DOSSIER_TEXT_MATCH_CAP,
  dossierSearchText,
  listDossiers,
} from './dossiers.repository';
import { upsertUnits } from './units.repository';

const BROAD = Math.max(DOSSIER_COUNT_CAP, DOSSIER_TEXT_MATCH_CAP) + 5;

function values(i: number, status: number, applicantName: string, procedureCode: string, deadline: string) {
  const code = `CCTDC-260302-${String(i).padStart(4, '0')}`;
  return {
    code,
    procedureCode,
    procedureVersion: '2012.1',
    unitCode: 'CCTDC',
    status,
    applicant: { name: applicantName },
    applicantName,
    searchText: dossierSearchText(code, applicantName),
    deadline,
  };
}

/** 2026-03-01 plus `days` days, as an ISO date */
function day(days: number): string {
  return new Date(Date.UTC(2026, 2, 1 + days)).toISOString().slice(0, 10);
}

describeEachDatabase('dossier list counts under a filter', (t) => {
  beforeAll(async () => {
    await t.reset();
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    // BROAD dossiers of one steel company (status 2, hợp quy), then three of a tile maker (status 4, hợp chuẩn)
    // whose deadlines come last, in reverse order of their codes.
    const rows = [];
    for (let i = 1; i <= BROAD; i++)
      rows.push(values(i, 2, 'Công ty TNHH Thép Hải Phòng', 'tdc.hop-quy', day(i % 200)));
    for (let k = 0; k < 3; k++)
      rows.push(values(BROAD + 1 + k, 4, 'Hợp tác xã Gạch men Kiến An', 'tdc.hop-chuan', day(300 - k)));
    for (let i = 0; i < rows.length; i += 500) await t.db.insert(dossiers).values(rows.slice(i, i + 500));
  });

  it('counts a broad filter up to the cap per status and flags the counts and the total that stopped there', async () => {
    const all = await listDossiers(t.db, { unitCodes: ['CCTDC'], procedureCode: 'tdc.hop-quy' });
    expect(all.countsByStatus).toEqual({ 2: DOSSIER_COUNT_CAP });
    expect(all.cappedStatuses).toEqual([2]);
    expect(all.total).toBe(DOSSIER_COUNT_CAP);
    expect(all.totalCapped).toBe(true);
    // the page is still the earliest deadlines, whatever the count
    expect(all.rows[0]?.deadline).toBe(day(0));

    // a status under the cap is exact, and a total of only such statuses is not flagged
    const other = await listDossiers(t.db, { unitCodes: ['CCTDC'], procedureCode: 'tdc.hop-chuan' });
    expect(other).toMatchObject({
      total: 3,
      totalCapped: false,
      countsByStatus: { 4: 3 },
      cappedStatuses: [],
    });
    const received = await listDossiers(t.db, { unitCodes: ['CCTDC'], assigneeUserId: null, statuses: [4] });
    expect(received).toMatchObject({ total: 3, totalCapped: false, cappedStatuses: [2] });
    expect(received.countsByStatus).toEqual({ 2: DOSSIER_COUNT_CAP, 4: 3 });
  });

  it('counts at most the cap of text matches in all, and exactly below it', async () => {
    const broad = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'thép hải phòng' });
    expect(broad.totalCapped).toBe(true);
    expect(broad.total).toBe(DOSSIER_TEXT_MATCH_CAP);
    expect(broad.cappedStatuses).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(broad.rows[0]?.deadline).toBe(day(0));

    const narrow = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'GACH MEN', limit: 2 });
    expect(narrow).toMatchObject({
      total: 3,
      totalCapped: false,
      countsByStatus: { 4: 3 },
      cappedStatuses: [],
    });
    // the page among the matches in deadline order, then the next page
    expect(narrow.rows.map((r) => r.deadline)).toEqual([day(298), day(299)]);
    const next = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'GACH MEN', limit: 2, offset: 2 });
    expect(next.rows.map((r) => r.deadline)).toEqual([day(300)]);
    const byCode = await listDossiers(t.db, {
      unitCodes: ['CCTDC'],
      text: 'gach men',
      sort: 'code',
      direction: 'desc',
    });
    expect(byCode.rows.map((r) => r.code)).toEqual(
      [BROAD + 3, BROAD + 2, BROAD + 1].map((i) => `CCTDC-260302-${i}`),
    );
    // the status filter applies to the page and the total, not to the counts
    const none = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'gach men', statuses: [2] });
    expect(none).toMatchObject({ rows: [], total: 0, totalCapped: false, countsByStatus: { 4: 3 } });
  });

  it('matches the beginning of a dossier code by its code, capped or not, with the page in the chosen order', async () => {
    const month = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'cctdc-2603' });
    expect(month.totalCapped).toBe(true);
    expect(month.rows[0]?.deadline).toBe(day(0));
    const tiles = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'CCTDC-260302', statuses: [4] });
    expect(tiles.rows.map((r) => r.deadline)).toEqual([day(298), day(299), day(300)]);
    const one = await listDossiers(t.db, { unitCodes: ['CCTDC'], text: `cctdc-260302-${BROAD + 2}` });
    expect(one).toMatchObject({ total: 1, totalCapped: false });
    expect(one.rows.map((r) => r.code)).toEqual([`CCTDC-260302-${BROAD + 2}`]);
    // a code prefix matches only at the beginning of the code; other parts of a code still match anywhere
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'tdc-260302' })).total).toBe(0);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: `260302-${BROAD + 2}` })).total).toBe(1);
  });
});
