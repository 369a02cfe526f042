import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { describeEachDatabase, fixtureOrganisation } from '../testing';
import { dossierEvents, dossiers, sessions } from '../schema';
import { DEMO_PASSWORD, DEMO_USERNAMES, seedDemo } from '../seed';
import { hashPassword, verifyPassword } from '../password';
import { listDenials, logDenial } from './denials.repository';
import {
  countRecentFailures,
  deleteLoginAttemptsBefore,
  recordLoginAttempt,
} from './login-attempts.repository';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findSessionByToken,
  hashToken,
} from './sessions.repository';
import { findUnit, listUnits, upsertUnits } from './units.repository';
import {
  existingUsernames,
  findUserByUsername,
  listUsersByUnit,
  setUserActive,
  upsertUser,
} from './users.repository';

describeEachDatabase('db repositories', (t) => {
  beforeEach(async () => {
    await t.reset();
  });

  it('upserts organisation units idempotently and updates their names', async () => {
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    await upsertUnits(t.db, 'test-org', [{ code: 'VP', name: 'Văn phòng', shortName: 'VP', kind: 'office' }]);
    const units = await listUnits(t.db);
    expect(units).toHaveLength(fixtureOrganisation.units.length);
    expect((await findUnit(t.db, 'VP'))?.name).toBe('Văn phòng');
    expect(await findUnit(t.db, 'NOPE')).toBeUndefined();
  });

  it('seeds the demo users with their units and roles; the demo password works', async () => {
    await seedDemo(t.db, fixtureOrganisation);
    await seedDemo(t.db, fixtureOrganisation); // idempotent
    expect(await existingUsernames(t.db, [...DEMO_USERNAMES, 'nobody'])).toEqual([...DEMO_USERNAMES].sort());
    const lan = await findUserByUsername(t.db, 'canbo.tdc');
    expect(lan?.fullName).toBe('Nguyễn Thị Lan');
    expect(lan?.memberships).toEqual([{ unitCode: 'CCTDC', role: 'officer' }]);
    expect(await verifyPassword(DEMO_PASSWORD, must(lan, 'canbo.tdc').passwordHash)).toBe(true);
    const leader = await findUserByUsername(t.db, 'lanhdao');
    expect(leader?.memberships).toEqual([{ unitCode: 'BGD', role: 'leader' }]);
    const tdc = await listUsersByUnit(t.db, 'CCTDC');
    expect(tdc.map((u) => [u.username, u.role])).toEqual(
      expect.arrayContaining([
        ['canbo.tdc', 'officer'],
        ['truong.tdc', 'unit_head'],
      ]),
    );
    expect(tdc).toHaveLength(2);
  });

  it('keeps external accounts (people outside the department) without unit memberships', async () => {
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    const passwordHash = await hashPassword('Ngoai@2026');
    await upsertUser(t.db, {
      username: 'chuyengia.a',
      fullName: 'Chuyên gia A',
      passwordHash,
      memberships: [],
      kind: 'external',
    });
    const expert = await findUserByUsername(t.db, 'chuyengia.a');
    expect(expert).toMatchObject({ kind: 'external', memberships: [] });
    expect(expert?.applicant).toBeUndefined();
    await expect(
      upsertUser(t.db, {
        username: 'chuyengia.b',
        fullName: 'Chuyên gia B',
        passwordHash,
        memberships: [{ unitCode: 'VP', role: 'officer' }],
        kind: 'external',
      }),
    ).rejects.toThrow(/cannot hold memberships/);
    await expect(
      t.db.execute(sql`update users set kind = 'guest' where username = 'chuyengia.a'`),
    ).rejects.toThrow();
  });

  it('refuses to seed demo users into units the organisation does not have', async () => {
    await expect(
      seedDemo(t.db, { ...fixtureOrganisation, units: fixtureOrganisation.units.slice(0, 2) }),
    ).rejects.toThrow(/CCTDC/);
  });

  it('stores only the SHA-256 of the session token and finds the session by the token', async () => {
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    const userId = await upsertUser(t.db, {
      username: 'a',
      fullName: 'Người A',
      passwordHash: await hashPassword('x'),
      memberships: [{ unitCode: 'VP', role: 'officer' }],
    });
    const now = new Date('2026-03-02T02:00:00Z');
    const s = await createSession(t.db, { userId, csrfToken: 'csrf-1', now });
    expect(s.id).toBe(hashToken(s.token));
    const rows = await t.db.select().from(sessions);
    expect(rows.map((r) => r.id)).toEqual([s.id]);
    expect(rows[0]?.id).not.toBe(s.token);
    expect(s.expiresAt.getTime() - now.getTime()).toBe(8 * 3600 * 1000);

    const found = await findSessionByToken(t.db, s.token, new Date(now.getTime() + 60_000));
    expect(found?.user.username).toBe('a');
    expect(found?.csrfToken).toBe('csrf-1');
    expect(await findSessionByToken(t.db, s.id, now)).toBeUndefined(); // the stored hash is not a valid token
    expect(
      await findSessionByToken(t.db, s.token, new Date(now.getTime() + 8 * 3600 * 1000 + 1)),
    ).toBeUndefined();

    await setUserActive(t.db, userId, false);
    expect(await findSessionByToken(t.db, s.token, now)).toBeUndefined();
    await setUserActive(t.db, userId, true);
    await deleteSession(t.db, s.id);
    expect(await findSessionByToken(t.db, s.token, now)).toBeUndefined();

    const old = await createSession(t.db, { userId, now: new Date(now.getTime() - 9 * 3600 * 1000) });
    const fresh = await createSession(t.db, { userId, now });
    expect(await deleteExpiredSessions(t.db, now)).toBe(1);
    expect(await findSessionByToken(t.db, fresh.token, now)).toBeDefined();
    expect(await findSessionByToken(t.db, old.token, now)).toBeUndefined();
  });

  it('counts failed sign-ins per username and IP within the window, reset by a success', async () => {
    const t0 = new Date('2026-03-02T02:00:00Z');
    const at = (min: number) => new Date(t0.getTime() + min * 60_000);
    for (let i = 0; i < 3; i++)
      await recordLoginAttempt(t.db, { username: 'Canbo.TDC', ip: '1.1.1.1', success: false, at: at(i) });
    await recordLoginAttempt(t.db, { username: 'canbo.tdc', ip: '2.2.2.2', success: false, at: at(1) });
    expect(await countRecentFailures(t.db, 'canbo.tdc', '1.1.1.1', at(-15))).toBe(3);
    expect(await countRecentFailures(t.db, 'canbo.tdc', '1.1.1.1', at(1))).toBe(1); // window moved on
    expect(await countRecentFailures(t.db, 'canbo.tdc', '2.2.2.2', at(-15))).toBe(1);
    await recordLoginAttempt(t.db, { username: 'canbo.tdc', ip: '1.1.1.1', success: true, at: at(3) });
    await recordLoginAttempt(t.db, { username: 'canbo.tdc', ip: '1.1.1.1', success: false, at: at(4) });
    expect(await countRecentFailures(t.db, 'canbo.tdc', '1.1.1.1', at(-15))).toBe(1);
    expect(await deleteLoginAttemptsBefore(t.db, at(2))).toBe(3);
  });

  it('logs denials with who, what and why', async () => {
    await logDenial(t.db, {
      username: 'canbo.tdc',
      ip: '1.1.1.1',
      path: 'org.users',
      code: 'FORBIDDEN_UNIT',
      reason: 'khác đơn vị',
      unitCode: 'QLKH',
    });
    await logDenial(t.db, { path: 'auth.me', code: 'UNAUTHENTICATED', reason: 'chưa đăng nhập' });
    const rows = await listDenials(t.db);
    expect(rows.map((r) => [r.path, r.code, r.username, r.unitCode])).toEqual([
      ['auth.me', 'UNAUTHENTICATED', null, null],
      ['org.users', 'FORBIDDEN_UNIT', 'canbo.tdc', 'QLKH'],
    ]);
    expect(rows[0]?.at).toBeInstanceOf(Date);
  });

  it('enforces the dossier status range, unique event sequence and an append-only history', async () => {
    await upsertUnits(t.db, 'test-org', fixtureOrganisation.units);
    const base = {
      procedureCode: 'tdc.hop-quy',
      procedureVersion: '1',
      unitCode: 'CCTDC',
      applicant: { name: 'Công ty A' },
    };
    await expect(t.db.insert(dossiers).values({ ...base, code: 'X-1', status: 11 })).rejects.toThrow();
    const [d] = await t.db
      .insert(dossiers)
      .values({ ...base, code: 'X-2', status: 1 })
      .returning();
    const dossierId = must(d, 'the inserted dossier').id;
    await t.db.insert(dossierEvents).values({ dossierId, seq: 1, action: 'submit', toStatus: 1 });
    await expect(
      t.db.insert(dossierEvents).values({ dossierId, seq: 1, action: 'receive', toStatus: 2 }),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`update dossier_events set reason = 'sửa' where seq = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from dossier_events`)).rejects.toThrow();
    const events = await t.db.select().from(dossierEvents);
    expect(events).toHaveLength(1);
  });
});
