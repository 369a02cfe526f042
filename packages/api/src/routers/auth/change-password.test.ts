import { eq } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, findUserByUsername, schema } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../../context';
import { resolveSession } from '../../session';
import { callerFor, signedInCaller } from '../../testing';
import { appErrorOf, as, outcomeOf, seedStoryPeople, vn } from '../../testing/one-stop.test-kit';
import { SIGN_IN_MAX_FAILURES } from './sign-in.handler';

const day = vn('2026-12-01');
const inbox = { page: 1, pageSize: 10 };

describeEachDatabase('auth.changePassword', (t) => {
  let admin: SessionUser;
  let ipCounter = 0;
  const nextIp = () => `10.88.0.${++ipCounter}`;
  const signIn = (username: string, password: string) =>
    outcomeOf(callerFor(t.db, { ip: nextIp() }).caller.auth.signIn({ username, password }));

  beforeAll(async () => {
    admin = (await seedStoryPeople(t.db)).admin;
  });

  async function newOfficer(username: string) {
    const created = await as(t.db, admin, day).admin.createStaff({
      username,
      fullName: 'Trần Văn Bình',
      memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
    });
    return { id: created.account.id, version: created.account.version, password: created.temporaryPassword };
  }

  it('a temporary password must be replaced first: every other call answers PASSWORD_CHANGE_REQUIRED until then', async () => {
    const officer = await newOfficer('canbo.tam');
    // the sign-in answer says so, for the screens to go to the change-password page at once
    const signedIn = await callerFor(t.db, { ip: nextIp() }).caller.auth.signIn({
      username: 'canbo.tam',
      password: officer.password,
    });
    expect(signedIn.user.passwordChangeRequired).toBe(true);
    const token = await signInToken('canbo.tam', officer.password);
    const caller = await nextRequest(token);
    const session = await resolveSession(t.db, token);
    expect(session?.user.passwordChangeRequired).toBe(true);
    expect((await caller.auth.me())?.passwordChangeRequired).toBe(true);
    expect((await appErrorOf(caller.dossiers.inbox(inbox))).appCode).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await outcomeOf(caller.procedures.list({}))).toBe('ok'); // public calls stay open

    const { sessionsEnded } = await caller.auth.changePassword({
      currentPassword: officer.password,
      newPassword: 'Binh@Tdc2026',
    });
    expect(sessionsEnded).toBe(1); // the first sign-in's session, not this one
    // the same session goes on, no longer held back
    const next = await nextRequest(token);
    expect((await next.auth.me())?.passwordChangeRequired).toBeUndefined();
    expect(await outcomeOf(next.dossiers.inbox(inbox))).toBe('ok');
    // the temporary password is gone, the new one signs in
    expect(await signIn('canbo.tam', officer.password)).toBe('INVALID_CREDENTIALS');
    expect(await signIn('canbo.tam', 'Binh@Tdc2026')).toBe('ok');

    // recorded, by the person themself, never the password
    const user = await findUserByUsername(t.db, 'canbo.tam');
    const events = await t.db
      .select()
      .from(schema.accountEvents)
      .where(eq(schema.accountEvents.userId, user?.id ?? ''));
    const changed = events.find((e) => e.action === 'password_changed');
    expect(changed?.actorId).toBe(user?.id);
    expect(changed?.details).toEqual({ sessionsEnded: 1, wasTemporary: true });
    expect(JSON.stringify(events)).not.toContain('Binh@Tdc2026');

    // an administrator's reset makes the password temporary again
    const account = await as(t.db, admin, day).admin.account({ id: officer.id });
    const reset = await as(t.db, admin, day).admin.resetPassword({
      id: officer.id,
      version: account.version,
    });
    const again = await signedInCaller(t.db, 'canbo.tam', reset.temporaryPassword, nextIp());
    expect(again.session.user.passwordChangeRequired).toBe(true);
    expect((await appErrorOf(again.caller.dossiers.inbox(inbox))).appCode).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('refuses a wrong current password, a weak new one, one holding the username, and the same one; nothing changes', async () => {
    const { caller } = await signedInCaller(t.db, 'canbo.tdc', DEMO_PASSWORD, nextIp());
    const wrong = await appErrorOf(
      caller.auth.changePassword({ currentPassword: 'Sai@2026', newPassword: 'Moi@Tdc2026' }),
    );
    expect(wrong).toEqual({ appCode: 'INVALID_CREDENTIALS', message: 'Mật khẩu hiện tại không đúng.' });
    const weak = await appErrorOf(
      caller.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'abc' }),
    );
    expect(weak.appCode).toBe('BAD_INPUT');
    expect(weak.message).toMatch(/ít nhất 8 ký tự/);
    expect(weak.message).toMatch(/chữ in hoa/);
    const named = await appErrorOf(
      caller.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'CanBo.TDC#2026' }),
    );
    expect(named).toEqual({ appCode: 'BAD_INPUT', message: 'Mật khẩu không được chứa tên đăng nhập.' });
    const same = await appErrorOf(
      caller.auth.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }),
    );
    expect(same).toEqual({ appCode: 'BAD_INPUT', message: 'Mật khẩu mới phải khác mật khẩu hiện tại.' });
    expect(await signIn('canbo.tdc', DEMO_PASSWORD)).toBe('ok');
  });

  it("ends the account's other sessions and keeps this one", async () => {
    const officer = await newOfficer('canbo.hai');
    const first = await signedInCaller(t.db, 'canbo.hai', officer.password, nextIp());
    await first.caller.auth.changePassword({
      currentPassword: officer.password,
      newPassword: 'Hai@Phong2026',
    });
    const laptop = await signInToken('canbo.hai', 'Hai@Phong2026');
    const phone = await signInToken('canbo.hai', 'Hai@Phong2026');
    const here = await signedInCaller(t.db, 'canbo.hai', 'Hai@Phong2026', nextIp());
    const result = await here.caller.auth.changePassword({
      currentPassword: 'Hai@Phong2026',
      newPassword: 'Lach.Tray#15',
    });
    expect(result.sessionsEnded).toBe(3); // the first, the laptop and the phone
    expect(await resolveSession(t.db, laptop)).toBeNull();
    expect(await resolveSession(t.db, phone)).toBeNull();
    expect(await outcomeOf(here.caller.dossiers.inbox(inbox))).toBe('ok');
  });

  it('two changes at once from one password: one wins, the other is told the current password is wrong', async () => {
    const officer = await newOfficer('canbo.dua');
    const a = await signedInCaller(t.db, 'canbo.dua', officer.password, nextIp());
    const b = await signedInCaller(t.db, 'canbo.dua', officer.password, nextIp());
    const outcomes = await Promise.all([
      outcomeOf(
        a.caller.auth.changePassword({ currentPassword: officer.password, newPassword: 'Mot@Hai2026' }),
      ),
      outcomeOf(
        b.caller.auth.changePassword({ currentPassword: officer.password, newPassword: 'Ba@Bon2026x' }),
      ),
    ]);
    expect([...outcomes].sort()).toEqual(['INVALID_CREDENTIALS', 'ok']);
    const winner = outcomes[0] === 'ok' ? 'Mot@Hai2026' : 'Ba@Bon2026x';
    const signedIn = [await signIn('canbo.dua', 'Mot@Hai2026'), await signIn('canbo.dua', 'Ba@Bon2026x')];
    expect(signedIn.filter((o) => o === 'ok')).toHaveLength(1);
    expect(await signIn('canbo.dua', winner)).toBe('ok');
  });

  it('guessing the current password through a session is limited like the sign-in page', async () => {
    const officer = await newOfficer('canbo.doan');
    const ip = nextIp();
    const { caller } = await signedInCaller(t.db, 'canbo.doan', officer.password, ip);
    for (let i = 0; i < SIGN_IN_MAX_FAILURES; i++) {
      expect(
        await outcomeOf(
          caller.auth.changePassword({ currentPassword: `Sai@${i}xyz`, newPassword: 'Doan@Ket2026' }),
        ),
      ).toBe('INVALID_CREDENTIALS');
    }
    // even the right password is refused for now
    expect(
      await outcomeOf(
        caller.auth.changePassword({ currentPassword: officer.password, newPassword: 'Doan@Ket2026' }),
      ),
    ).toBe('RATE_LIMITED');
    expect(await signIn('canbo.doan', 'Doan@Ket2026')).toBe('INVALID_CREDENTIALS');
  });

  /** A caller for the next request of the session behind `token`, resolved as the server does */
  async function nextRequest(token: string) {
    const session = await resolveSession(t.db, token);
    if (!session) throw new Error('the session ended');
    return callerFor(t.db, { user: session.user, sessionId: session.sessionId }).caller;
  }

  /** Signs in and returns the session cookie's token */
  async function signInToken(username: string, password: string): Promise<string> {
    const anonymous = callerFor(t.db, { ip: nextIp() });
    await anonymous.caller.auth.signIn({ username, password });
    if (!anonymous.cookie.token) throw new Error('no session cookie');
    return anonymous.cookie.token;
  }
});
