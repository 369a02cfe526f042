import { TRPCError } from '@trpc/server';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, listDenials, seedDemo, type Database } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { createContext } from '../context';
import { describeError } from '../errors';
import { platformExtensions } from '../platform';
import { appRouter } from './app.router';
import { resolveSession } from '../session';
import { callerFor, httpCall, signedInCaller } from '../testing/api-harness';

async function trpcError(p: Promise<unknown>): Promise<TRPCError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  return err;
}

describeEachDatabase('api router', (t) => {
  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
  });

  describe('auth', () => {
    it('signs in with the demo password, creates a session and hands the token to the HTTP layer', async () => {
      const { caller, cookie } = callerFor(t.db, { ip: '10.1.0.1' });
      const { user } = await caller.auth.signIn({ username: 'canbo.tdc', password: DEMO_PASSWORD });
      expect(user).toMatchObject({
        username: 'canbo.tdc',
        fullName: 'Nguyễn Thị Lan',
        memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
      });
      expect(cookie.token).toMatch(/^[\w-]{40,}$/);
      expect(must(cookie.expiresAt, 'the cookie expiry').getTime() - Date.now()).toBeGreaterThan(
        7.9 * 3600 * 1000,
      );
      const session = await resolveSession(t.db, cookie.token);
      expect(session?.user.id).toBe(user.id);
      // the CSRF token is rotated at sign-in: the session holds the new one, handed to the HTTP layer
      expect(session?.csrfToken).toBe(cookie.csrf);
      expect(cookie.csrf).not.toBe('csrf-test');
    });

    it('accepts the username in any case and with spaces around it', async () => {
      const { caller } = callerFor(t.db, { ip: '10.1.0.2' });
      const { user } = await caller.auth.signIn({ username: '  LanhDao ', password: DEMO_PASSWORD });
      expect(user.fullName).toBe('Phạm Văn Minh');
    });

    it('refuses a wrong password and an unknown user with the same Vietnamese message', async () => {
      const { caller, cookie } = callerFor(t.db, { ip: '10.1.0.3' });
      const wrong = await trpcError(caller.auth.signIn({ username: 'canbo.tdc', password: 'sai-mat-khau' }));
      const unknown = await trpcError(caller.auth.signIn({ username: 'khong.ton.tai', password: 'x' }));
      expect(wrong.code).toBe('UNAUTHORIZED');
      expect(describeError(wrong).appCode).toBe('INVALID_CREDENTIALS');
      expect(wrong.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
      expect(unknown.message).toBe(wrong.message);
      expect(cookie.token).toBeUndefined();
    });

    it('blocks sign-in after 5 failures for a username from one IP, even with the right password', async () => {
      const ip = '10.1.0.4';
      const { caller } = callerFor(t.db, { ip });
      for (let i = 0; i < 5; i++) {
        expect(
          (await trpcError(caller.auth.signIn({ username: 'truong.tdc', password: `sai-${i}` }))).code,
        ).toBe('UNAUTHORIZED');
      }
      const limited = await trpcError(
        caller.auth.signIn({ username: 'truong.tdc', password: DEMO_PASSWORD }),
      );
      expect(limited.code).toBe('TOO_MANY_REQUESTS');
      expect(describeError(limited).appCode).toBe('RATE_LIMITED');
      expect(limited.message).toMatch(/quá nhiều lần/);
      // another IP is not blocked
      const other = callerFor(t.db, { ip: '10.1.0.5' });
      await expect(
        other.caller.auth.signIn({ username: 'truong.tdc', password: DEMO_PASSWORD }),
      ).resolves.toBeTruthy();
    });

    it('lets the block expire after 15 minutes', async () => {
      const ip = '10.1.0.6';
      const start = Date.now();
      const at = (ms: number) => () => new Date(start + ms);
      for (let i = 0; i < 5; i++) {
        await trpcError(
          callerFor(t.db, { ip, now: at(i * 1000) }).caller.auth.signIn({
            username: 'canbo.cds',
            password: 'sai',
          }),
        );
      }
      await trpcError(
        callerFor(t.db, { ip, now: at(10 * 60_000) }).caller.auth.signIn({
          username: 'canbo.cds',
          password: DEMO_PASSWORD,
        }),
      );
      const later = callerFor(t.db, { ip, now: at(16 * 60_000) });
      await expect(
        later.caller.auth.signIn({ username: 'canbo.cds', password: DEMO_PASSWORD }),
      ).resolves.toBeTruthy();
    });

    it('me returns the signed-in user, null when signed out; sign-out ends the session', async () => {
      expect(await callerFor(t.db).caller.auth.me()).toBeNull();
      const s = await signedInCaller(t.db, 'canbo.khoahoc', DEMO_PASSWORD, '10.1.0.7');
      expect((await s.caller.auth.me())?.username).toBe('canbo.khoahoc');
      await s.caller.auth.signOut();
      expect(s.cookie.token).toBeNull();
      expect(await resolveSession(t.db, null)).toBeNull();
      const { caller, cookie } = callerFor(t.db, { ip: '10.1.0.8' });
      await caller.auth.signIn({ username: 'canbo.khoahoc', password: DEMO_PASSWORD });
      const session = must(await resolveSession(t.db, cookie.token), 'the new session');
      await callerFor(t.db, { user: session.user, sessionId: session.sessionId }).caller.auth.signOut();
      expect(await resolveSession(t.db, cookie.token)).toBeNull();
    });
  });

  describe('org and rights', () => {
    it('refuses protected procedures when signed out, and logs the denial', async () => {
      const err = await trpcError(callerFor(t.db, { ip: '10.2.0.1' }).caller.org.units());
      expect(err.code).toBe('UNAUTHORIZED');
      expect(err.message).toMatch(/chưa đăng nhập/);
      const denial = (await listDenials(t.db)).find((d) => d.ip === '10.2.0.1');
      expect(denial).toMatchObject({ path: 'org.units', code: 'UNAUTHENTICATED', userId: null });
    });

    it('lists the units of the department for a signed-in user', async () => {
      const s = await signedInCaller(t.db, 'canbo.tdc', DEMO_PASSWORD, '10.2.0.2');
      const units = await s.caller.org.units();
      expect(units.map((u) => u.code)).toEqual(
        expect.arrayContaining(['BGD', 'VP', 'CCTDC', 'HTS', 'QLKH', 'CNTT']),
      );
      expect(units.find((u) => u.code === 'CCTDC')?.khoan).toContain(11);
    });

    it('lets an officer see the people of their own unit but not of another (FORBIDDEN, logged)', async () => {
      const s = await signedInCaller(t.db, 'canbo.tdc', DEMO_PASSWORD, '10.2.0.3');
      const own = await s.caller.org.users({ unitCode: 'CCTDC' });
      expect(own.map((u) => u.username).sort()).toEqual(['canbo.tdc', 'truong.tdc']);
      expect(own.find((u) => u.username === 'truong.tdc')?.roleLabel).toBe('Trưởng đơn vị');

      const err = await trpcError(s.caller.org.users({ unitCode: 'QLKH' }));
      expect(err.code).toBe('FORBIDDEN');
      expect(describeError(err).appCode).toBe('FORBIDDEN_UNIT');
      expect(err.message).toMatch(/đơn vị khác/);
      const denial = (await listDenials(t.db)).find((d) => d.ip === '10.2.0.3');
      expect(denial).toMatchObject({
        path: 'org.users',
        code: 'FORBIDDEN_UNIT',
        username: 'canbo.tdc',
        unitCode: 'QLKH',
        userId: s.session.user.id,
      });
    });

    it('lets leaders and admins see every unit', async () => {
      for (const username of ['lanhdao', 'quantri']) {
        const s = await signedInCaller(t.db, username, DEMO_PASSWORD, '10.2.0.4');
        expect((await s.caller.org.users({ unitCode: 'QLKH' })).map((u) => u.username)).toEqual([
          'canbo.khoahoc',
        ]);
      }
    });

    it('answers NOT_FOUND for a unit that does not exist', async () => {
      const s = await signedInCaller(t.db, 'lanhdao', DEMO_PASSWORD, '10.2.0.5');
      const err = await trpcError(s.caller.org.users({ unitCode: 'KHONGCO' }));
      expect(err.code).toBe('NOT_FOUND');
      expect(err.message).toMatch(/Không có đơn vị/);
    });

    it('lists the roles with Vietnamese labels and their rights', async () => {
      const s = await signedInCaller(t.db, 'canbo.tdc', DEMO_PASSWORD, '10.2.0.6');
      const roles = await s.caller.org.roles();
      expect(roles.map((r) => r.label)).toEqual([
        'Chuyên viên',
        'Trưởng đơn vị',
        'Lãnh đạo Sở',
        'Quản trị hệ thống',
      ]);
      expect(roles.find((r) => r.role === 'leader')?.rights).toContain('dossier.sign');
      expect(roles.find((r) => r.role === 'officer')?.rights).not.toContain('dossier.sign');
    });
  });

  describe('fields and procedures', () => {
    it('maps all 29 khoản of Điều 2, with fields, units and procedures in force', async () => {
      const map = await callerFor(t.db).caller.fields.map();
      expect(map.map((e) => e.khoan)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
      expect(map.filter((e) => e.field).map((e) => e.khoan)).toEqual(
        Array.from({ length: 14 }, (_, i) => i + 6),
      );
      const tdc = must(
        map.find((e) => e.khoan === 11),
        'khoản 11',
      );
      expect(tdc.field?.apps).toContain('conformity');
      expect(tdc.units.map((u) => u.code)).toContain('CCTDC');
      expect(tdc.points.map((p) => p.letter).slice(0, 5)).toEqual(['a', 'b', 'c', 'd', 'đ']);
      expect(map.flatMap((e) => e.procedures).length).toBeGreaterThan(0);
    });

    it('finds a field by slug, NOT_FOUND for an unknown slug', async () => {
      const { caller } = callerFor(t.db);
      const map = await caller.fields.map();
      const slug = must(map.find((e) => e.khoan === 11)?.field, 'the field of khoản 11').slug;
      expect((await caller.fields.bySlug({ slug })).khoan).toBe(11);
      const err = await trpcError(caller.fields.bySlug({ slug: 'khong-co-linh-vuc' }));
      expect(err.code).toBe('NOT_FOUND');
      expect(describeError(err).appCode).toBe('UNKNOWN_FIELD');
    });

    it('lists procedures in force and filters them by khoản', async () => {
      const { caller } = callerFor(t.db);
      const all = await caller.procedures.list();
      expect(all.length).toBeGreaterThan(0);
      const k11 = await caller.procedures.list({ khoan: 11 });
      expect(k11.length).toBeGreaterThan(0);
      expect(k11.every((p) => p.khoan === 11)).toBe(true);
      const one = must(all[0], 'a procedure in force');
      expect((await caller.procedures.byCode({ code: one.code })).code).toBe(one.code);
      expect((await caller.procedures.versions({ code: one.code })).length).toBeGreaterThanOrEqual(1);
    });

    it('answers NOT_FOUND with a Vietnamese message for an unknown procedure code', async () => {
      const err = await trpcError(callerFor(t.db).caller.procedures.byCode({ code: 'khong.co' }));
      expect(err.code).toBe('NOT_FOUND');
      expect(describeError(err).appCode).toBe('UNKNOWN_PROCEDURE');
      expect(err.message).toBe('Không có thủ tục hành chính với mã "khong.co".');
      const http = await httpCall(t.db, 'procedures.versions', { code: 'khong.co' });
      expect(http.status).toBe(404);
      expect(http.body.error?.data).toMatchObject({ appCode: 'UNKNOWN_PROCEDURE', httpStatus: 404 });
    });

    it('answers BAD_REQUEST with BAD_INPUT, a Vietnamese summary and field issues for wrong input types', async () => {
      const err = await trpcError(
        callerFor(t.db).caller.procedures.byCode({ code: 42 as unknown as string }),
      );
      expect(err.code).toBe('BAD_REQUEST');
      const http = await httpCall(t.db, 'procedures.list', { khoan: 'mười một', onDate: '2026-02-30' });
      expect(http.status).toBe(400);
      expect(http.body.error?.data).toMatchObject({ appCode: 'BAD_INPUT', httpStatus: 400 });
      expect(http.body.error?.message).toMatch(/^Dữ liệu gửi lên không hợp lệ\./);
      const issues = http.body.error?.data.issues as { path: string; message: string }[];
      expect(issues.map((i) => i.path).sort()).toEqual(['khoan', 'onDate']);
      expect(issues.find((i) => i.path === 'onDate')?.message).toBe('Ngày không hợp lệ');
      expect(http.body.error?.data.stack).toBeUndefined();
    });

    it('answers an unknown procedure path with NOT_FOUND in Vietnamese', async () => {
      const http = await httpCall(t.db, 'khong.ton.tai', {});
      expect(http.status).toBe(404);
      expect(http.body.error?.data.appCode).toBe('NOT_FOUND');
      expect(http.body.error?.message).toMatch(/Không tìm thấy/);
    });
  });
});

describe('an unexpected error as a client receives it', () => {
  // a database that fails on every use: signing in then fails inside the procedure (INTERNAL)
  const failingDb = new Proxy(
    {},
    {
      get: () => {
        throw new Error('database unreachable');
      },
    },
  ) as Database;

  async function signIn(production: boolean) {
    const res = await fetchRequestHandler({
      endpoint: '/trpc',
      req: new Request('http://localhost/trpc/auth.signIn', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'canbo.tdc', password: DEMO_PASSWORD }),
      }),
      router: appRouter,
      createContext: () =>
        createContext({
          db: failingDb,
          extensions: platformExtensions(),
          user: null,
          ip: '127.0.0.1',
          production,
        }),
    });
    const body = (await res.json()) as {
      error: { message: string; data: { appCode: string; stack?: string } };
    };
    return { status: res.status, error: body.error };
  }

  it('carries the stack outside production, to debug', async () => {
    const { status, error } = await signIn(false);
    expect(status).toBe(500);
    expect(error.data.appCode).toBe('INTERNAL');
    expect(error.data.stack).toContain('database unreachable');
  });

  it('never carries the stack in production, only the Vietnamese message', async () => {
    const { status, error } = await signIn(true);
    expect(status).toBe(500);
    expect(error.data.appCode).toBe('INTERNAL');
    expect(error.data.stack).toBeUndefined();
    expect(error.message).not.toContain('database unreachable');
  });
});
