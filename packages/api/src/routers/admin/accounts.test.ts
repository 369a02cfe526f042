import { and, eq, like } from 'drizzle-orm';
import { beforeAll, expect, it, vi } from 'vitest';
import { DEMO_PASSWORD, findUserByUsername, schema } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../../context';
import { createSessionCache, resolveSession, type SessionCache } from '../../session';
import { callerFor, signedInCaller } from '../../testing';
import {
  appCodeOf,
  as,
  outcomeOf,
  seedStoryPeople,
  type StoryPeople,
  vn,
} from '../../testing/one-stop.test-kit';

const day = vn('2026-12-01');
/** the database's own refusal (the trigger of 0019_account_events_append_only), not any failure */
const appendOnly = { cause: { message: expect.stringMatching(/account_events is append-only/) as unknown } };

describeEachDatabase('admin accounts', (t) => {
  let people: StoryPeople;
  let admin: SessionUser;
  const adminCaller = () => as(t.db, admin, day);
  let ipCounter = 0;
  const nextIp = () => `10.77.0.${++ipCounter}`;

  /** signs in through auth.signIn from a fresh address; the app error code or 'ok' */
  const signIn = (username: string, password: string) =>
    outcomeOf(callerFor(t.db, { ip: nextIp() }).caller.auth.signIn({ username, password }));

  /** signs in and returns the session cookie's token */
  async function sessionToken(username: string, password: string): Promise<string> {
    const anonymous = callerFor(t.db, { ip: nextIp() });
    await anonymous.caller.auth.signIn({ username, password });
    if (!anonymous.cookie.token) throw new Error('no session cookie');
    return anonymous.cookie.token;
  }

  async function account(username: string) {
    const user = await findUserByUsername(t.db, username);
    if (!user) throw new Error(`no user ${username}`);
    return adminCaller().admin.account({ id: user.id });
  }

  beforeAll(async () => {
    people = await seedStoryPeople(t.db);
    admin = people.admin;
  });

  it('is for administrators only: an officer and a leader are FORBIDDEN, nobody signed in is UNAUTHENTICATED', async () => {
    const quantri = await account('quantri');
    for (const user of [people.officer, people.leader, people.applicant]) {
      const caller = as(t.db, user, day);
      expect(await appCodeOf(caller.admin.accounts({}))).toBe('FORBIDDEN');
      expect(
        await appCodeOf(
          caller.admin.createStaff({
            username: 'canbo.moi',
            fullName: 'Người Mới',
            memberships: [{ unitCode: 'CCTDC', role: 'admin' }],
          }),
        ),
      ).toBe('FORBIDDEN');
      expect(
        await appCodeOf(caller.admin.setActive({ id: quantri.id, version: quantri.version, active: false })),
      ).toBe('FORBIDDEN');
      expect(await appCodeOf(caller.admin.resetPassword({ id: quantri.id, version: quantri.version }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(await appCodeOf(callerFor(t.db).caller.admin.accounts({}))).toBe('UNAUTHENTICATED');
    expect(await findUserByUsername(t.db, 'canbo.moi')).toBeUndefined();
    // the refusals are on the record
    const denials = await t.db
      .select({ path: schema.auditDenials.path })
      .from(schema.auditDenials)
      .where(like(schema.auditDenials.path, 'admin.%'));
    expect(denials.length).toBeGreaterThanOrEqual(12);
  });

  it('lists accounts by unit, role, kind and state, searches names, sorts and pages', async () => {
    const tdc = await adminCaller().admin.accounts({ unitCode: 'CCTDC' });
    expect(tdc.items.map((u) => u.username).sort()).toEqual(['canbo.tdc', 'truong.tdc']);
    const head = tdc.items.find((u) => u.username === 'truong.tdc');
    expect(head?.memberships.map((m) => [m.unitCode, m.role, m.roleLabel])).toEqual([
      ['CCTDC', 'unit_head', 'Trưởng đơn vị'],
    ]);
    expect(head?.memberships[0]?.unitName).toMatch(/^Chi cục/);
    const heads = await adminCaller().admin.accounts({ unitCode: 'CCTDC', role: 'unit_head' });
    expect(heads.items.map((u) => u.username)).toEqual(['truong.tdc']);
    const applicants = await adminCaller().admin.accounts({ kind: 'applicant', pageSize: 50 });
    expect(applicants.items.length).toBeGreaterThan(0);
    expect(applicants.items.every((u) => u.kind === 'applicant' && u.memberships.length === 0)).toBe(true);

    const byName = await adminCaller().admin.accounts({ search: 'QUANTRI' });
    expect(byName.items.map((u) => u.username)).toEqual(['quantri']);
    // as people type: without marks, any case, words in any order (Hoàng Quốc Việt)
    for (const search of ['hoang quoc', 'VIỆT hoàng', 'quoc  viet']) {
      expect((await adminCaller().admin.accounts({ search })).items.map((u) => u.username)).toEqual([
        'quantri',
      ]);
    }
    const byOrganisation = await adminCaller().admin.accounts({ search: 'vien nghien cuu ung dung' });
    expect(byOrganisation.items.map((u) => u.username)).toContain('vien.ungdung');
    expect((await adminCaller().admin.accounts({ search: '100%_' })).total).toBe(0);

    const all = await adminCaller().admin.accounts({ sort: 'username', direction: 'desc', pageSize: 10 });
    expect(all.total).toBeGreaterThan(10);
    const names = all.items.map((u) => u.username);
    expect(names).toEqual([...names].sort().reverse());
    const page2 = await adminCaller().admin.accounts({
      sort: 'username',
      direction: 'desc',
      pageSize: 10,
      page: 2,
    });
    expect(page2.items[0]?.username.localeCompare(names[9] ?? '')).toBeLessThan(0);
    expect(await appCodeOf(adminCaller().admin.accounts({ pageSize: 7 }))).toBe('BAD_INPUT');
  });

  it('creates a staff account with a temporary password that signs in; a taken username has its own code', async () => {
    const created = await adminCaller().admin.createStaff({
      username: ' CanBo.Moi ',
      fullName: 'Đỗ Thị Ngọc',
      memberships: [
        { unitCode: 'CCTDC', role: 'officer' },
        { unitCode: 'QLKH', role: 'officer' },
      ],
    });
    expect(created.account).toMatchObject({ username: 'canbo.moi', kind: 'staff', active: true, version: 1 });
    expect(created.temporaryPassword.length).toBeGreaterThanOrEqual(20);
    expect(await signIn('canbo.moi', created.temporaryPassword)).toBe('ok');
    // stored hashed only
    const stored = await findUserByUsername(t.db, 'canbo.moi');
    expect(stored?.passwordHash).not.toContain(created.temporaryPassword);
    expect(stored?.memberships).toEqual([
      { unitCode: 'CCTDC', role: 'officer' },
      { unitCode: 'QLKH', role: 'officer' },
    ]);
    const detail = await account('canbo.moi');
    expect(detail.events).toEqual([
      expect.objectContaining({ action: 'created', actor: { id: admin.id, fullName: admin.fullName } }),
    ]);

    const again = adminCaller().admin.createStaff({
      username: 'canbo.moi',
      fullName: 'Người Khác',
      memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
    });
    await expect(again).rejects.toThrow('Tên đăng nhập “canbo.moi” đã có người dùng');
    expect(await appCodeOf(again)).toBe('USERNAME_TAKEN');
    expect(
      await appCodeOf(
        adminCaller().admin.createStaff({
          username: 'canbo.khongdonvi',
          fullName: 'Người Khác',
          memberships: [{ unitCode: 'KHONGCO', role: 'officer' }],
        }),
      ),
    ).toBe('BAD_INPUT');
    expect(
      await appCodeOf(
        adminCaller().admin.createStaff({
          username: 'canbo.khongvaitro',
          fullName: 'Người Khác',
          memberships: [],
        }),
      ),
    ).toBe('BAD_INPUT');
    expect(await findUserByUsername(t.db, 'canbo.khongdonvi')).toBeUndefined();
  });

  it('deactivation ends the sessions at once and blocks sign-in; reactivation lets the person in again', async () => {
    const created = await adminCaller().admin.createStaff({
      username: 'canbo.nghiviec',
      fullName: 'Vũ Văn Nam',
      memberships: [{ unitCode: 'HTS', role: 'officer' }],
    });
    const token = await sessionToken('canbo.nghiviec', created.temporaryPassword);
    expect(await resolveSession(t.db, token)).not.toBeNull();

    const deactivated = await adminCaller().admin.setActive({
      id: created.account.id,
      version: created.account.version,
      active: false,
    });
    expect(deactivated).toMatchObject({ active: false, version: 2, sessionsEnded: 1 });
    expect(await resolveSession(t.db, token)).toBeNull();
    expect(await signIn('canbo.nghiviec', created.temporaryPassword)).toBe('INVALID_CREDENTIALS');
    expect((await adminCaller().admin.accounts({ active: false })).items.map((u) => u.username)).toContain(
      'canbo.nghiviec',
    );
    // deactivating twice says so
    expect(
      await appCodeOf(adminCaller().admin.setActive({ id: created.account.id, version: 2, active: false })),
    ).toBe('CONFLICT');

    await adminCaller().admin.setActive({ id: created.account.id, version: 2, active: true });
    expect(await signIn('canbo.nghiviec', created.temporaryPassword)).toBe('ok');
    expect((await account('canbo.nghiviec')).events.map((e) => e.action)).toEqual([
      'reactivated',
      'deactivated',
      'created',
    ]);
  });

  it('the last active administrator can be neither deactivated nor stripped of the role', async () => {
    const quantri = await account('quantri');
    const lastOff = adminCaller().admin.setActive({
      id: quantri.id,
      version: quantri.version,
      active: false,
    });
    expect(await appCodeOf(lastOff)).toBe('LAST_ADMINISTRATOR');
    await expect(lastOff).rejects.toThrow('quản trị hệ thống cuối cùng');
    expect(
      await appCodeOf(
        adminCaller().admin.setMemberships({
          id: quantri.id,
          version: quantri.version,
          memberships: [{ unitCode: 'VP', role: 'officer' }],
        }),
      ),
    ).toBe('LAST_ADMINISTRATOR');
    expect(await signIn('quantri', DEMO_PASSWORD)).toBe('ok');

    // with a second administrator, the first may step down; then the second is the last one
    const second = await adminCaller().admin.createStaff({
      username: 'quantri.hai',
      fullName: 'Ngô Thị Lan',
      memberships: [{ unitCode: 'VP', role: 'admin' }],
    });
    const steppedDown = await adminCaller().admin.setMemberships({
      id: quantri.id,
      version: quantri.version,
      memberships: [{ unitCode: 'VP', role: 'officer' }],
    });
    expect(steppedDown.memberships.map((m) => m.role)).toEqual(['officer']);
    const secondAdmin: SessionUser = { ...admin, id: second.account.id, username: 'quantri.hai' };
    expect(
      await appCodeOf(
        as(t.db, secondAdmin, day).admin.setActive({ id: second.account.id, version: 1, active: false }),
      ),
    ).toBe('LAST_ADMINISTRATOR');
    // restore quantri as administrator for the other tests
    await as(t.db, secondAdmin, day).admin.setMemberships({
      id: quantri.id,
      version: steppedDown.version,
      memberships: [{ unitCode: 'VP', role: 'admin' }],
    });
  });

  it('concurrent edits of one account: exactly one wins, the other gets CONFLICT and nothing is overwritten', async () => {
    const created = await adminCaller().admin.createStaff({
      username: 'canbo.tranhchap',
      fullName: 'Lý Văn Tú',
      memberships: [{ unitCode: 'CNTT', role: 'officer' }],
    });
    const { id, version } = created.account;
    const outcomes = await Promise.all([
      outcomeOf(
        adminCaller().admin.setMemberships({
          id,
          version,
          memberships: [{ unitCode: 'CNTT', role: 'unit_head' }],
        }),
      ),
      outcomeOf(
        adminCaller().admin.setMemberships({
          id,
          version,
          memberships: [{ unitCode: 'QLKH', role: 'officer' }],
        }),
      ),
    ]);
    expect(outcomes.sort()).toEqual(['CONFLICT', 'ok']);
    const after = await adminCaller().admin.account({ id });
    expect(after.version).toBe(version + 1);
    expect(after.memberships).toHaveLength(1);
    // a stale version is refused for every change
    expect(await appCodeOf(adminCaller().admin.setActive({ id, version, active: false }))).toBe('CONFLICT');
    expect(await appCodeOf(adminCaller().admin.resetPassword({ id, version }))).toBe('CONFLICT');
    expect((await adminCaller().admin.account({ id })).active).toBe(true);
  });

  it('a password reset gives a one-time temporary password: the old one stops working, sessions end', async () => {
    const created = await adminCaller().admin.createStaff({
      username: 'canbo.quenmatkhau',
      fullName: 'Trịnh Thu Hà',
      memberships: [{ unitCode: 'QLCN', role: 'officer' }],
    });
    const old = created.temporaryPassword;
    const token = await sessionToken('canbo.quenmatkhau', old);
    expect(await resolveSession(t.db, token)).not.toBeNull();
    const reset = await adminCaller().admin.resetPassword({ id: created.account.id, version: 1 });
    expect(reset.version).toBe(2);
    expect(reset.temporaryPassword).not.toBe(old);
    expect(await resolveSession(t.db, token)).toBeNull();
    expect(await signIn('canbo.quenmatkhau', old)).toBe('INVALID_CREDENTIALS');
    expect(await signIn('canbo.quenmatkhau', reset.temporaryPassword)).toBe('ok');
    // the same reset cannot be replayed
    expect(await appCodeOf(adminCaller().admin.resetPassword({ id: created.account.id, version: 1 }))).toBe(
      'CONFLICT',
    );
    expect(await signIn('canbo.quenmatkhau', reset.temporaryPassword)).toBe('ok');
    const events = await t.db
      .select({ details: schema.accountEvents.details })
      .from(schema.accountEvents)
      .where(
        and(
          eq(schema.accountEvents.userId, created.account.id),
          eq(schema.accountEvents.action, 'password_reset'),
        ),
      );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(reset.temporaryPassword);
  });

  it('opens an applicant account at the counter, the tax code checked by the domain rule', async () => {
    const bad = adminCaller().admin.createApplicant({
      username: 'dn.sai',
      fullName: 'Phan Văn Bình',
      organisationName: 'Công ty TNHH Sai Số',
      taxCode: '0100109107',
    });
    expect(await appCodeOf(bad)).toBe('BAD_INPUT');
    await expect(bad).rejects.toThrow('chữ số kiểm tra');
    const created = await adminCaller().admin.createApplicant({
      username: 'dn.quaydv',
      fullName: 'Phan Văn Bình',
      organisationName: 'Công ty TNHH Quầy Dịch Vụ',
      taxCode: ' 0100109106 ',
    });
    expect(created.account).toMatchObject({
      kind: 'applicant',
      organisationName: 'Công ty TNHH Quầy Dịch Vụ',
      taxCode: '0100109106',
      memberships: [],
    });
    const applicant = await signedInCaller(t.db, 'dn.quaydv', created.temporaryPassword, nextIp());
    expect(applicant.session.user).toMatchObject({
      kind: 'applicant',
      applicant: { organisationName: 'Công ty TNHH Quầy Dịch Vụ', taxCode: '0100109106' },
    });
    // an applicant holds no roles in units
    expect(
      await appCodeOf(
        adminCaller().admin.setMemberships({
          id: created.account.id,
          version: 1,
          memberships: [{ unitCode: 'VP', role: 'admin' }],
        }),
      ),
    ).toBe('BAD_INPUT');
  });

  it('lists every unit with its accounts', async () => {
    const units = await adminCaller().admin.units();
    const vp = units.find((u) => u.code === 'VP');
    expect(vp?.users.map((u) => u.username)).toContain('quantri');
    expect(units.find((u) => u.code === 'CCTDC')?.users).toEqual(
      expect.arrayContaining([expect.objectContaining({ username: 'truong.tdc', roles: ['Trưởng đơn vị'] })]),
    );
  });

  it('keeps the record of account changes: account_events refuses UPDATE and DELETE', async () => {
    const before = await t.db.select({ id: schema.accountEvents.id }).from(schema.accountEvents);
    expect(before.length).toBeGreaterThan(0);
    await expect(
      t.db
        .update(schema.accountEvents)
        .set({ action: 'created' })
        .where(eq(schema.accountEvents.id, before[0]?.id ?? 0)),
    ).rejects.toMatchObject(appendOnly);
    await expect(t.db.delete(schema.accountEvents)).rejects.toMatchObject(appendOnly);
    expect(await t.db.select({ id: schema.accountEvents.id }).from(schema.accountEvents)).toHaveLength(
      before.length,
    );
  });

  it("a server's session cache (issue 12): sign-out, deactivation, a role change and a password reset reach the next request, in this process and in another", async () => {
    // this process hears its own repositories at once; "another process" hears only the database's NOTIFY
    const here = await createSessionCache(t.handle, { ttlMs: 60_000 });
    const there = await createSessionCache(t.handle, { ttlMs: 60_000, local: false });
    const both = async (token: string) => ({
      here: await resolveSession(t.db, token, new Date(), here),
      there: await resolveSession(t.db, token, new Date(), there),
    });
    /** the other process sees the change once the notification arrives (after commit) */
    const thereSees = (token: string, check: (s: Awaited<ReturnType<typeof resolveSession>>) => boolean) =>
      vi.waitFor(async () => expect(check(await resolveSession(t.db, token, new Date(), there))).toBe(true), {
        timeout: 5_000,
        interval: 20,
      });
    const cached = async (cache: SessionCache, token: string) => {
      const a = await resolveSession(t.db, token, new Date(), cache);
      const b = await resolveSession(t.db, token, new Date(), cache);
      expect(b).toBe(a); // the second answer is the cached object: no lookup
    };
    try {
      const created = await adminCaller().admin.createStaff({
        username: 'canbo.cache',
        fullName: 'Lê Thị Hoa',
        memberships: [{ unitCode: 'HTS', role: 'officer' }],
      });
      let version = created.account.version;

      // sign-out
      const first = await sessionToken('canbo.cache', created.temporaryPassword);
      await cached(here, first);
      await cached(there, first);
      const session = await resolveSession(t.db, first);
      await callerFor(t.db, {
        user: session?.user ?? null,
        sessionId: session?.sessionId ?? null,
      }).caller.auth.signOut();
      expect((await both(first)).here).toBeNull();
      await thereSees(first, (s) => s === null);

      // a role change
      const token = await sessionToken('canbo.cache', created.temporaryPassword);
      await cached(here, token);
      await cached(there, token);
      const changed = await adminCaller().admin.setMemberships({
        id: created.account.id,
        version,
        memberships: [{ unitCode: 'HTS', role: 'unit_head' }],
      });
      version = changed.version;
      expect((await both(token)).here?.user.memberships).toEqual([{ unitCode: 'HTS', role: 'unit_head' }]);
      await thereSees(token, (s) => s?.user.memberships[0]?.role === 'unit_head');

      // deactivation
      await cached(here, token);
      await cached(there, token);
      const off = await adminCaller().admin.setActive({ id: created.account.id, version, active: false });
      expect((await both(token)).here).toBeNull();
      await thereSees(token, (s) => s === null);
      const on = await adminCaller().admin.setActive({
        id: created.account.id,
        version: off.version,
        active: true,
      });

      // a password reset
      const again = await sessionToken('canbo.cache', created.temporaryPassword);
      await cached(here, again);
      await cached(there, again);
      await adminCaller().admin.resetPassword({ id: created.account.id, version: on.version });
      expect((await both(again)).here).toBeNull();
      await thereSees(again, (s) => s === null);
    } finally {
      await here.close();
      await there.close();
    }
  });

  it("a burst of one session's requests that all miss the cache shares one look-up, but never across a change (issue 12)", async () => {
    const cache = await createSessionCache(t.handle, { ttlMs: 60_000 });
    try {
      const created = await adminCaller().admin.createStaff({
        username: 'canbo.burst',
        fullName: 'Phan Văn Tú',
        memberships: [{ unitCode: 'HTS', role: 'officer' }],
      });
      const token = await sessionToken('canbo.burst', created.temporaryPassword);
      // twenty requests arriving together, nothing cached: one answer object for all (one query, not twenty)
      const burst = await Promise.all(
        Array.from({ length: 20 }, () => resolveSession(t.db, token, new Date(), cache)),
      );
      expect(burst[0]?.user.username).toBe('canbo.burst');
      expect(new Set(burst).size).toBe(1);

      // a role change lands while a look-up is under way: a request after the change does not take that answer
      cache.drop({ all: true });
      const before = resolveSession(t.db, token, new Date(), cache);
      await adminCaller().admin.setMemberships({
        id: created.account.id,
        version: created.account.version,
        memberships: [{ unitCode: 'HTS', role: 'unit_head' }],
      });
      const after = await resolveSession(t.db, token, new Date(), cache);
      expect(after?.user.memberships).toEqual([{ unitCode: 'HTS', role: 'unit_head' }]);
      expect(after).not.toBe(await before);
    } finally {
      await cache.close();
    }
  });
});
