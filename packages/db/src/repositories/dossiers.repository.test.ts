import { eq, sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { describeEachDatabase, fixtureOrganisation } from '../testing';
import { DEMO_PASSWORD, seedDemo } from '../seed';
import { verifyPassword } from '../password';
import { nextDossierSequence } from './dossier-sequences.repository';
import {
  appendDossierEvent,
  dossierSearchText,
  findDossier,
  insertDossier,
  listDossierEvents,
  listDossiers,
  lookupDossier,
  updateDossierIfVersion,
} from './dossiers.repository';
import { escapeLike, foldSearchText } from './search-text';
import { findUserByUsername } from './users.repository';
import { dossiers } from '../schema';
import { upsertUnits } from './units.repository';

const now = new Date('2026-03-02T02:00:00Z');

function dossierValues(code: string, applicantName: string, taxCode = '0200123457') {
  return {
    code,
    procedureCode: 'tdc.hop-quy',
    procedureVersion: '2012.1',
    unitCode: 'CCTDC',
    status: 1,
    applicant: { name: applicantName, taxCode },
    applicantName,
    applicantTaxCode: taxCode,
    searchText: dossierSearchText(code, applicantName, taxCode),
  };
}

it('folds Vietnamese text for accent-insensitive search', () => {
  expect(foldSearchText('  Công ty Cổ phần Thép   HẢI PHÒNG ')).toBe('cong ty co phan thep hai phong');
  expect(foldSearchText('Đông Á – Đồ Sơn')).toBe('dong a – do son');
  expect(escapeLike('100%_a\\b')).toBe('100\\%\\_a\\\\b');
});

describeEachDatabase('dossier repositories', (t) => {
  beforeEach(async () => {
    await t.reset();
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
  });

  it('seeds the demo applicant with an organisation profile and no unit', async () => {
    await seedDemo(t.db, fixtureOrganisation);
    const u = await findUserByUsername(t.db, 'dn.thephp');
    expect(u).toMatchObject({
      kind: 'applicant',
      memberships: [],
      applicant: { organisationName: 'Công ty Cổ phần Thép Hải Phòng', taxCode: '0200123457' },
    });
    expect(await verifyPassword(DEMO_PASSWORD, must(u, 'dn.thephp').passwordHash)).toBe(true);
    expect((await findUserByUsername(t.db, 'canbo.tdc'))?.kind).toBe('staff');
    // an applicant's organisation name and tax code come together: half a profile is refused by the database
    await expect(
      t.db.execute(
        sql`insert into users (username, full_name, password_hash, kind, organisation_name) values ('x', 'X', 'h', 'applicant', 'Công ty X')`,
      ),
    ).rejects.toThrow();
    // none yet is allowed: an applicant signed in through an identity provider gives it before filing
    await t.db.execute(
      sql`insert into users (username, full_name, password_hash, kind) values ('y', 'Y', 'h', 'applicant')`,
    );
  });

  it('numbers per unit and day from 1, and gives a rolled-back number back', async () => {
    expect(await nextDossierSequence(t.db, 'CCTDC', '2026-03-02')).toBe(1);
    expect(await nextDossierSequence(t.db, 'CCTDC', '2026-03-02')).toBe(2);
    expect(await nextDossierSequence(t.db, 'HTS', '2026-03-02')).toBe(1);
    expect(await nextDossierSequence(t.db, 'CCTDC', '2026-03-03')).toBe(1);
    await expect(
      t.db.transaction(async (tx) => {
        expect(await nextDossierSequence(tx, 'CCTDC', '2026-03-02')).toBe(3);
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect(await nextDossierSequence(t.db, 'CCTDC', '2026-03-02')).toBe(3);
  });

  it('updates a dossier only at the expected version, and numbers its events without gaps', async () => {
    const d = await insertDossier(t.db, dossierValues('CCTDC-260302-0001', 'Công ty A'));
    expect(d.version).toBe(1);
    await appendDossierEvent(t.db, {
      dossierId: d.id,
      action: 'submit',
      fromStatus: null,
      toStatus: 1,
      actorUserId: null,
      at: now,
    });
    const ok = await updateDossierIfVersion(t.db, d.id, 1, { status: 2 }, now);
    expect(ok).toMatchObject({ status: 2, version: 2 });
    expect(await updateDossierIfVersion(t.db, d.id, 1, { status: 3 }, now)).toBeUndefined();
    expect((await findDossier(t.db, d.id))?.status).toBe(2);
    await appendDossierEvent(t.db, {
      dossierId: d.id,
      action: 'receive',
      fromStatus: 1,
      toStatus: 2,
      actorUserId: null,
      at: now,
      reason: 'x',
    });
    expect((await listDossierEvents(t.db, d.id)).map((e) => [e.seq, e.action])).toEqual([
      [1, 'submit'],
      [2, 'receive'],
    ]);
  });

  it('lists with accent-insensitive text, literal wildcards, counts per status and a total', async () => {
    await insertDossier(t.db, dossierValues('CCTDC-260302-0001', 'Công ty Cổ phần Thép Hải Phòng'));
    await insertDossier(t.db, {
      ...dossierValues('CCTDC-260302-0002', 'Công ty 100% vốn Nhật', '0201111111'),
      status: 2,
    });
    await insertDossier(t.db, {
      ...dossierValues('HTS-260302-0001', 'Bưu cục Đồ Sơn', '0202222222'),
      unitCode: 'HTS',
    });
    const all = await listDossiers(t.db, { unitCodes: ['CCTDC', 'HTS'] });
    expect(all.total).toBe(3);
    expect(all.countsByStatus).toEqual({ 1: 2, 2: 1 });
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'hai phong' })).total).toBe(1);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'phòng THEP' })).total).toBe(1); // every word, any order
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: 'thep nhat' })).total).toBe(0);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC', 'HTS'], text: 'ĐỒ SƠN' })).total).toBe(1);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: '100%' })).total).toBe(1);
    expect((await listDossiers(t.db, { unitCodes: ['CCTDC'], text: '%' })).total).toBe(1);
    expect((await listDossiers(t.db, { unitCodes: [] })).total).toBe(0);
    const onlyReceived = await listDossiers(t.db, { unitCodes: ['CCTDC'], statuses: [2] });
    expect(onlyReceived.total).toBe(1);
    expect(onlyReceived.countsByStatus).toEqual({ 1: 1, 2: 1 });
    expect(await lookupDossier(t.db, 'CCTDC-260302-0001', { taxCode: '0200123457' })).toMatchObject({
      status: 1,
    });
    expect(await lookupDossier(t.db, 'CCTDC-260302-0001', { taxCode: '0201111111' })).toBeUndefined();
    // each dossier gets its own random key for the QR code of its forms; the code with its key finds it
    const [first] = await t.db.select().from(dossiers).where(eq(dossiers.code, 'CCTDC-260302-0001'));
    const publicKey = first?.publicKey ?? '';
    expect(publicKey).toMatch(/^[0-9a-f]{32}$/);
    const keys = await t.db.select({ k: dossiers.publicKey }).from(dossiers);
    expect(new Set(keys.map((k) => k.k)).size).toBe(keys.length);
    expect(await lookupDossier(t.db, 'CCTDC-260302-0001', { publicKey })).toMatchObject({
      status: 1,
    });
    expect(await lookupDossier(t.db, 'CCTDC-260302-0002', { publicKey })).toBeUndefined();
  });
});
