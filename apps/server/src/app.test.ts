import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { DEMO_PASSWORD, listDenials, schema, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { z } from 'zod';
import { BODY_LIMIT, buildApp, CSRF_COOKIE, SESSION_COOKIE } from './app';
import { errorOf, trpcDataOf } from './testing/json-body';

/** auth.signIn and auth.me answers, as far as these tests read them */
const signedIn = z.object({ user: z.object({ fullName: z.string() }) });
const currentUser = z.object({ username: z.string() }).nullable();

interface Cookie {
  name: string;
  value: string;
  httpOnly?: boolean;
  secure?: boolean;
  sameSite?: string;
  path?: string;
  expires?: Date;
  maxAge?: number;
}

function makeWebRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'skhcn-web-'));
  mkdirSync(join(root, 'apps/shell/dist/assets'), { recursive: true });
  mkdirSync(join(root, 'apps/conformity/dist'), { recursive: true });
  writeFileSync(
    join(root, 'apps/shell/dist/index.html'),
    '<!doctype html><title>Sở KH&CN</title><div id="root"></div>',
  );
  writeFileSync(join(root, 'apps/shell/dist/assets/app.js'), 'console.log("shell")');
  writeFileSync(join(root, 'apps/conformity/dist/remoteEntry.js'), 'export const remote = "conformity";');
  // a built chunk with the .br and .gz the build writes beside it (precompress() in @skhcn/config-vite)
  const chunk = Buffer.from(
    `export const rows = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `hàng ${i}`))};`,
  );
  writeFileSync(join(root, 'apps/shell/dist/assets/big.js'), chunk);
  writeFileSync(join(root, 'apps/shell/dist/assets/big.js.br'), brotliCompressSync(chunk));
  writeFileSync(join(root, 'apps/shell/dist/assets/big.js.gz'), gzipSync(chunk));
  return root;
}

describeEachDatabase('server', (t) => {
  let app: FastifyInstance;
  let webRoot: string;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    webRoot = makeWebRoot();
    app = await buildApp({ database: t.handle, webRoot, secureCookies: false });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const cookieOf = (res: { cookies: Cookie[] }, name: string) => res.cookies.find((c) => c.name === name);

  /** A browser-like client: keeps cookies and sends the CSRF header on POST. */
  async function browser(ip = '10.9.0.1') {
    const jar = new Map<string, string>();
    const remember = (res: { cookies: Cookie[] }) => {
      for (const c of res.cookies) {
        if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) jar.delete(c.name);
        else jar.set(c.name, c.value);
      }
    };
    const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    remember(await app.inject({ method: 'GET', url: '/healthz', remoteAddress: ip }));
    return {
      jar,
      async get(url: string) {
        const res = await app.inject({
          method: 'GET',
          url,
          headers: { cookie: cookieHeader() },
          remoteAddress: ip,
        });
        remember(res);
        return res;
      },
      async post(url: string, body: unknown, csrf: string | null = jar.get(CSRF_COOKIE) ?? null) {
        const res = await app.inject({
          method: 'POST',
          url,
          headers: {
            cookie: cookieHeader(),
            'content-type': 'application/json',
            ...(csrf ? { 'x-csrf-token': csrf } : {}),
          },
          payload: typeof body === 'string' ? body : JSON.stringify(body),
          remoteAddress: ip,
        });
        remember(res);
        return res;
      },
    };
  }

  it('GET /healthz answers ok with the database kind', async () => {
    const res = await app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: t.kind });
  });

  it('gives every client a readable CSRF cookie once', async () => {
    const first = await app.inject({ method: 'GET', url: '/healthz' });
    const csrf = cookieOf(first, CSRF_COOKIE);
    expect(csrf?.value).toMatch(/^[\w-]{40,}$/);
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.path).toBe('/');
    const again = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { cookie: `${CSRF_COOKIE}=${must(csrf, 'the CSRF cookie').value}` },
    });
    expect(cookieOf(again, CSRF_COOKIE)).toBeUndefined();
  });

  it('signs in with a CSRF header and sets an http-only, SameSite session cookie for 8 hours', async () => {
    const b = await browser();
    const res = await b.post('/trpc/auth.signIn', { username: 'canbo.tdc', password: DEMO_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect(trpcDataOf(res, signedIn).user.fullName).toBe('Nguyễn Thị Lan');
    const session = must(cookieOf(res, SESSION_COOKIE), 'the session cookie');
    expect(session.httpOnly).toBe(true);
    expect(session.sameSite).toBe('Lax');
    expect(session.path).toBe('/');
    expect(session.secure).toBeFalsy();
    const hours = (must(session.expires, 'the session expiry').getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);

    const me = await b.get('/trpc/auth.me');
    expect(trpcDataOf(me, currentUser)?.username).toBe('canbo.tdc');

    const out = await b.post('/trpc/auth.signOut', {});
    expect(out.statusCode).toBe(200);
    expect(b.jar.has(SESSION_COOKIE)).toBe(false);
    expect(trpcDataOf(await b.get('/trpc/auth.me'), currentUser)).toBeNull();
  });

  it('refuses a mutation without or with a wrong CSRF header (403, appCode CSRF) and logs it', async () => {
    const b = await browser('10.9.0.2');
    const missing = await b.post(
      '/trpc/auth.signIn',
      { username: 'canbo.tdc', password: DEMO_PASSWORD },
      null,
    );
    expect(missing.statusCode).toBe(403);
    expect(errorOf(missing)).toMatchObject({
      message: 'Yêu cầu không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
      data: { code: 'FORBIDDEN', httpStatus: 403, appCode: 'CSRF', path: 'auth.signIn' },
    });
    expect(cookieOf(missing, SESSION_COOKIE)).toBeUndefined();
    const wrong = await b.post(
      '/trpc/auth.signIn',
      { username: 'canbo.tdc', password: DEMO_PASSWORD },
      'doan-bua',
    );
    expect(wrong.statusCode).toBe(403);
    const batch = await b.post('/trpc/auth.signOut,auth.signOut?batch=1', { 0: {}, 1: {} }, null);
    expect(batch.statusCode).toBe(403);
    expect(batch.json()).toHaveLength(2);
    const denials = (await listDenials(t.db)).filter((d) => d.ip === '10.9.0.2');
    expect(denials.map((d) => d.code)).toEqual(['CSRF', 'CSRF', 'CSRF']);
  });

  it('binds the CSRF token to the session: another token pair cannot act in it', async () => {
    const b = await browser('10.9.0.3');
    await b.post('/trpc/auth.signIn', { username: 'lanhdao', password: DEMO_PASSWORD });
    b.jar.set(CSRF_COOKIE, 'attacker-chosen-token');
    const res = await b.post('/trpc/auth.signOut', {}, 'attacker-chosen-token');
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).data.appCode).toBe('CSRF');
  });

  it('answers malformed JSON with 400 MALFORMED_JSON, never 500', async () => {
    const b = await browser('10.9.0.4');
    const res = await b.post('/trpc/auth.signIn', '{"username": "canbo.tdc", ');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).data.appCode).toBe('MALFORMED_JSON');
    expect(errorOf(res).message).toBe('Dữ liệu gửi lên không đúng định dạng JSON.');
    const query = await b.get(`/trpc/procedures.byCode?input=${encodeURIComponent('{code:')}`);
    expect(query.statusCode).toBe(400);
    expect(errorOf(query).data.appCode).toBe('MALFORMED_JSON');
  });

  it('answers a body over 1 MiB with 413 PAYLOAD_TOO_LARGE in the tRPC error shape', async () => {
    const b = await browser('10.9.0.5');
    const res = await b.post('/trpc/auth.signIn', { username: 'x', password: 'a'.repeat(BODY_LIMIT) });
    expect(res.statusCode).toBe(413);
    expect(errorOf(res)).toMatchObject({
      message: 'Dữ liệu gửi lên vượt quá dung lượng cho phép.',
      data: { appCode: 'PAYLOAD_TOO_LARGE', httpStatus: 413, path: 'auth.signIn' },
    });
  });

  it('answers wrong input types with 400 BAD_INPUT and field issues', async () => {
    const b = await browser('10.9.0.6');
    const res = await b.post('/trpc/auth.signIn', { username: 42, password: ['x'] });
    expect(res.statusCode).toBe(400);
    const error = errorOf(res);
    expect(error.data.appCode).toBe('BAD_INPUT');
    expect(error.message).toMatch(/^Dữ liệu gửi lên không hợp lệ\./);
    expect(error.data.issues?.map((i) => i.path).sort()).toEqual(['password', 'username']);
    expect(error.data.stack).toBeUndefined();
  });

  it('answers an unknown procedure with 404 in the tRPC shape', async () => {
    const res = await app.inject({ method: 'GET', url: '/trpc/khong.ton.tai' });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).data.appCode).toBe('NOT_FOUND');
  });

  it('refuses protected procedures without a session (401) and a foreign unit (403 FORBIDDEN_UNIT)', async () => {
    const anon = await app.inject({ method: 'GET', url: '/trpc/org.units' });
    expect(anon.statusCode).toBe(401);
    expect(errorOf(anon).data.appCode).toBe('UNAUTHENTICATED');
    const b = await browser('10.9.0.7');
    await b.post('/trpc/auth.signIn', { username: 'canbo.tdc', password: DEMO_PASSWORD });
    const res = await b.get(
      `/trpc/org.users?input=${encodeURIComponent(JSON.stringify({ unitCode: 'QLKH' }))}`,
    );
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).data.appCode).toBe('FORBIDDEN_UNIT');
  });

  it('holds back a person on a temporary password everywhere but auth.me and auth.changePassword (403 PASSWORD_CHANGE_REQUIRED)', async () => {
    await t.db
      .update(schema.users)
      .set({ passwordChangeRequired: true })
      .where(eq(schema.users.username, 'canbo.cds'));
    const b = await browser('10.9.0.8');
    expect(
      (await b.post('/trpc/auth.signIn', { username: 'canbo.cds', password: DEMO_PASSWORD })).statusCode,
    ).toBe(200);
    const me = await b.get('/trpc/auth.me');
    expect(
      trpcDataOf(me, z.object({ username: z.string(), passwordChangeRequired: z.boolean().optional() })),
    ).toEqual({ username: 'canbo.cds', passwordChangeRequired: true });
    const units = await b.get('/trpc/org.units');
    expect(units.statusCode).toBe(403);
    expect(errorOf(units).data.appCode).toBe('PASSWORD_CHANGE_REQUIRED');
    // the routes outside tRPC too: a report, a file
    for (const url of [
      '/api/reports/conformity.xlsx?from=2026-01-01&to=2026-12-31',
      '/api/files/00000000-0000-4000-8000-000000000000',
    ]) {
      const res = await b.get(url);
      expect(res.statusCode, url).toBe(403);
      expect(errorOf(res).data.appCode, url).toBe('PASSWORD_CHANGE_REQUIRED');
    }
    // public addresses stay open
    expect((await b.get('/api/public/notices/khong-co.pdf')).statusCode).toBe(404);
    const changed = await b.post('/trpc/auth.changePassword', {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Trang@Cds2026',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await b.get('/trpc/org.units')).statusCode).toBe(200);
  });

  it('serves the shell with an SPA fallback and each built remote under /apps/<name>/', async () => {
    const root = await app.inject({ method: 'GET', url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<div id="root">');
    const deep = await app.inject({ method: 'GET', url: '/linh-vuc/tieu-chuan-do-luong-chat-luong' });
    expect(deep.statusCode).toBe(200);
    expect(deep.headers['content-type']).toMatch(/text\/html/);
    expect(deep.body).toContain('<div id="root">');
    const dotted = await app.inject({
      method: 'GET',
      url: '/thu-tuc/tdc.hop-quy',
      headers: { accept: 'text/html,*/*' },
    });
    expect(dotted.statusCode).toBe(200);
    expect(dotted.body).toContain('<div id="root">');
    expect(dotted.headers['cache-control']).toBe('no-cache');
    const asset = await app.inject({ method: 'GET', url: '/assets/app.js' });
    expect(asset.headers['cache-control']).toContain('immutable');
    expect(asset.body).toContain('shell');
    const remote = await app.inject({ method: 'GET', url: '/apps/conformity/remoteEntry.js' });
    expect(remote.statusCode).toBe(200);
    expect(remote.body).toContain('conformity');
    expect((await app.inject({ method: 'GET', url: '/apps/conformity/khong-co.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/apps/licensing/remoteEntry.js' })).statusCode).toBe(404);
    expect((await app.inject({ method: 'GET', url: '/assets/khong-co.js' })).statusCode).toBe(404);
  });

  it('sends built files pre-compressed as the browser accepts, and API answers above 1 KB compressed', async () => {
    const plain = await app.inject({ method: 'GET', url: '/assets/big.js' });
    const br = await app.inject({
      method: 'GET',
      url: '/assets/big.js',
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(br.headers['cache-control']).toContain('immutable');
    expect(br.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const gz = await app.inject({
      method: 'GET',
      url: '/assets/big.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(plain.headers['content-encoding']).toBeUndefined();

    const url = `/trpc/procedures.list?input=${encodeURIComponent('{}')}`;
    const identity = await app.inject({ method: 'GET', url });
    expect(identity.statusCode).toBe(200);
    expect(identity.rawPayload.length).toBeGreaterThan(1024);
    expect(identity.headers['content-type']).toMatch(/^application\/json/);
    const compressed = await app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(compressed.rawPayload).toString())).toEqual(JSON.parse(identity.body));
    expect(compressed.rawPayload.length).toBeLessThan(identity.rawPayload.length / 3);
    // a small answer is not worth it
    const small = await app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});

describe('secure cookies', () => {
  it('marks the session and CSRF cookies Secure in production', async () => {
    const { createTemporaryPglite } = await import('@skhcn/db/testing');
    const handle = await createTemporaryPglite();
    await seedDemo(handle.db, getOrganisation('hai-phong'));
    const app = await buildApp({ database: handle, webRoot: tmpdir(), secureCookies: true });
    try {
      const first = await app.inject({ method: 'GET', url: '/healthz' });
      const csrf = must(
        first.cookies.find((c) => c.name === CSRF_COOKIE),
        'the CSRF cookie',
      );
      expect(csrf.secure).toBe(true);
      const res = await app.inject({
        method: 'POST',
        url: '/trpc/auth.signIn',
        headers: {
          cookie: `${CSRF_COOKIE}=${csrf.value}`,
          'x-csrf-token': csrf.value,
          'content-type': 'application/json',
        },
        payload: { username: 'quantri', password: DEMO_PASSWORD },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === SESSION_COOKIE)?.secure).toBe(true);
    } finally {
      await app.close();
      await handle.close();
    }
  }, 90_000);
});
