import { tmpdir } from 'node:os';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, schema, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { buildApp, CSRF_COOKIE, MAX_BATCH_SIZE, SESSION_COOKIE } from './app';
import { errorOf } from './testing/json-body';

interface Cookie {
  name: string;
  value: string;
}

const wrongSignIn = (i: number) => ({ username: 'truong.tdc', password: `sai-${i}` });

describeEachDatabase('sign-in over HTTP', (t) => {
  let app: FastifyInstance;
  /** Behind one reverse proxy (TRUST_PROXY=1) that appends the address it saw to X-Forwarded-For */
  let proxied: FastifyInstance;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    app = await buildApp({ database: t.handle, webRoot: tmpdir(), secureCookies: false });
    proxied = await buildApp({ database: t.handle, webRoot: tmpdir(), secureCookies: false, trustProxy: 1 });
  });
  afterAll(async () => {
    await app?.close();
    await proxied?.close();
  });

  async function csrfOf(server: FastifyInstance): Promise<string> {
    const res = await server.inject({ method: 'GET', url: '/healthz' });
    return must(
      res.cookies.find((c: Cookie) => c.name === CSRF_COOKIE),
      'the CSRF cookie',
    ).value;
  }

  async function post(
    server: FastifyInstance,
    url: string,
    body: unknown,
    opts: { csrf: string; cookie?: string; headers?: Record<string, string>; remoteAddress?: string },
  ) {
    return server.inject({
      method: 'POST',
      url,
      headers: {
        cookie: opts.cookie ?? `${CSRF_COOKIE}=${opts.csrf}`,
        'x-csrf-token': opts.csrf,
        'content-type': 'application/json',
        ...opts.headers,
      },
      payload: JSON.stringify(body),
      ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
    });
  }

  const attemptsFrom = async (ip: string) =>
    (await t.db.select().from(schema.loginAttempts).where(eq(schema.loginAttempts.ip, ip))).length;

  it('refuses sign-in inside a batch (400 BAD_INPUT) without checking any of its passwords', async () => {
    const csrf = await csrfOf(app);
    const calls = 300;
    const url = `/trpc/${Array.from({ length: calls }, () => 'auth.signIn').join(',')}?batch=1`;
    const body = Object.fromEntries(Array.from({ length: calls }, (_, i) => [i, wrongSignIn(i)]));
    const res = await post(app, url, body, { csrf, remoteAddress: '10.30.0.1' });
    expect(res.statusCode).toBe(400);
    const errors = res.json<unknown[]>();
    expect(errors).toHaveLength(calls);
    expect(errorOf({ json: () => errors[0] })).toMatchObject({ data: { appCode: 'BAD_INPUT' } });
    expect(await attemptsFrom('10.30.0.1')).toBe(0);

    const pair = await post(
      app,
      '/trpc/auth.signIn,auth.signOut?batch=1',
      { 0: wrongSignIn(0), 1: {} },
      { csrf, remoteAddress: '10.30.0.1' },
    );
    expect(pair.statusCode).toBe(400);
    expect(errorOf({ json: () => pair.json<unknown[]>()[0] }).message).toBe(
      'Đăng nhập phải được gửi riêng, không gộp với lời gọi khác.',
    );
    expect(await attemptsFrom('10.30.0.1')).toBe(0);
    // a batch of one sign-in is just one call
    const alone = await post(
      app,
      '/trpc/auth.signIn?batch=1',
      { 0: wrongSignIn(1) },
      { csrf, remoteAddress: '10.30.0.1' },
    );
    expect(alone.statusCode).toBe(401);
    expect(await attemptsFrom('10.30.0.1')).toBe(1);
  });

  it(`caps every batch at ${MAX_BATCH_SIZE} calls, in Vietnamese`, async () => {
    const within = await app.inject({
      method: 'GET',
      url: `/trpc/${Array.from({ length: MAX_BATCH_SIZE }, () => 'auth.me').join(',')}?batch=1`,
    });
    expect(within.statusCode).toBe(200);
    const over = await app.inject({
      method: 'GET',
      url: `/trpc/${Array.from({ length: MAX_BATCH_SIZE + 1 }, () => 'auth.me').join(',')}?batch=1`,
    });
    expect(over.statusCode).toBe(400);
    expect(errorOf({ json: () => over.json<unknown[]>()[0] })).toMatchObject({
      message: `Một yêu cầu gộp được tối đa ${MAX_BATCH_SIZE} lời gọi.`,
      data: { appCode: 'BAD_INPUT', httpStatus: 400 },
    });
  });

  it('behind one proxy, believes only the address the proxy added: a rotated X-Forwarded-For changes nothing', async () => {
    const csrf = await csrfOf(proxied);
    const client = '203.0.113.7';
    const through = (i: number, spoofed: string) =>
      post(
        proxied,
        '/trpc/auth.signIn',
        i < 0 ? { username: 'truong.tdc', password: DEMO_PASSWORD } : wrongSignIn(i),
        {
          csrf,
          remoteAddress: '127.0.0.1', // the proxy
          headers: { 'x-forwarded-for': `${spoofed}, ${client}` },
        },
      );
    for (let i = 0; i < 5; i++) expect((await through(i, `198.51.100.${i}`)).statusCode).toBe(401);
    const limited = await through(-1, '198.51.100.99');
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).data.appCode).toBe('RATE_LIMITED');
    expect(await attemptsFrom(client)).toBe(5);
    expect(await attemptsFrom('198.51.100.0')).toBe(0);
    // spoofing the victim's address in front of one's own does not lock the victim out
    const victim = await post(
      proxied,
      '/trpc/auth.signIn',
      { username: 'truong.tdc', password: DEMO_PASSWORD },
      {
        csrf,
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '198.51.100.50' },
      },
    );
    expect(victim.statusCode).toBe(200);
  });

  it('rotates the CSRF token at sign-in: the token from before no longer acts in the session', async () => {
    const before = await csrfOf(app);
    const res = await post(
      app,
      '/trpc/auth.signIn',
      { username: 'canbo.cds', password: DEMO_PASSWORD },
      {
        csrf: before,
        remoteAddress: '10.30.0.2',
      },
    );
    expect(res.statusCode).toBe(200);
    const after = must(
      res.cookies.find((c: Cookie) => c.name === CSRF_COOKIE),
      'the rotated CSRF cookie',
    ).value;
    expect(after).not.toBe(before);
    const session = must(
      res.cookies.find((c: Cookie) => c.name === SESSION_COOKIE),
      'the session cookie',
    ).value;
    const stale = await post(
      app,
      '/trpc/auth.signOut',
      {},
      {
        csrf: before,
        cookie: `${CSRF_COOKIE}=${before}; ${SESSION_COOKIE}=${session}`,
      },
    );
    expect(stale.statusCode).toBe(403);
    expect(errorOf(stale).data.appCode).toBe('CSRF');
    const fresh = await post(
      app,
      '/trpc/auth.signOut',
      {},
      {
        csrf: after,
        cookie: `${CSRF_COOKIE}=${after}; ${SESSION_COOKIE}=${session}`,
      },
    );
    expect(fresh.statusCode).toBe(200);
  });
});
