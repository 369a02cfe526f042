import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { appErrors, getOrganisation, must, UNSAFE_TEXT_MESSAGE } from '@skhcn/domain';
import { buildApp, CSRF_COOKIE, MAX_URL_LENGTH } from './app';
import { errorOf } from './testing/json-body';

/** A request on a real socket (Node's HTTP parser answers 431 before fastify's inject would see anything). */
function rawRequest(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; type: string; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describeEachDatabase('errors at the HTTP edge', (t) => {
  let app: FastifyInstance;
  let port: number;
  let csrf: string;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    app = await buildApp({ database: t.handle, webRoot: tmpdir(), secureCookies: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (must(app.server.address(), 'the listening address') as AddressInfo).port;
    const first = await app.inject({ method: 'GET', url: '/healthz' });
    csrf = must(
      first.cookies.find((c: { name: string }) => c.name === CSRF_COOKIE),
      'the CSRF cookie',
    ).value;
  });
  afterAll(async () => {
    await app?.close();
  });

  const post = (url: string, payload: string, contentType?: string) =>
    app.inject({
      method: 'POST',
      url,
      headers: {
        cookie: `${CSRF_COOKIE}=${csrf}`,
        'x-csrf-token': csrf,
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      payload,
    });

  it('answers a NUL byte or a lone surrogate in JSON with 400 BAD_INPUT in Vietnamese, anonymously too', async () => {
    const signIn = await post(
      '/trpc/auth.signIn',
      '{"username":"canbo\\u0000.tdc","password":"x"}',
      'application/json',
    );
    expect(signIn.statusCode).toBe(400);
    expect(errorOf(signIn)).toMatchObject({
      message: UNSAFE_TEXT_MESSAGE,
      data: { appCode: 'BAD_INPUT', httpStatus: 400 },
    });
    const search = await app.inject({
      method: 'GET',
      url: `/trpc/conformity.registry.search?input=${encodeURIComponent('{"q":"th\\ud800p"}')}`,
    });
    expect(search.statusCode).toBe(400);
    expect(errorOf(search).message).toBe(UNSAFE_TEXT_MESSAGE);
  });

  it('answers a POST without or with another Content-Type with 415 in Vietnamese, never a stack', async () => {
    for (const type of [undefined, 'text/plain']) {
      const res = await post('/trpc/auth.signOut', 'abc', type);
      expect(res.statusCode).toBe(415);
      expect(errorOf(res)).toMatchObject({
        message: appErrors.UNSUPPORTED_MEDIA_TYPE.message,
        data: { appCode: 'UNSUPPORTED_MEDIA_TYPE', httpStatus: 415 },
      });
      expect(errorOf(res).data.stack).toBeUndefined();
    }
  });

  it(`answers a URL over ${MAX_URL_LENGTH} characters with 414 in Vietnamese`, async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/trpc/auth.me?input=${'a'.repeat(MAX_URL_LENGTH)}`,
    });
    expect(res.statusCode).toBe(414);
    expect(errorOf(res)).toMatchObject({
      message: appErrors.URI_TOO_LONG.message,
      data: { appCode: 'URI_TOO_LONG', httpStatus: 414 },
    });
  });

  it('answers headers over 16 KiB (a huge URL or cookie) with 431 in the same typed shape', async () => {
    for (const res of [
      await rawRequest(port, `/trpc/auth.me?input=${'a'.repeat(20_000)}`),
      await rawRequest(port, '/healthz', { cookie: `x=${'a'.repeat(20_000)}` }),
    ]) {
      expect(res.status).toBe(431);
      expect(res.type).toBe('application/json; charset=utf-8');
      expect(errorOf({ json: () => JSON.parse(res.body) as unknown })).toMatchObject({
        message: appErrors.HEADERS_TOO_LARGE.message,
        data: { appCode: 'HEADERS_TOO_LARGE', httpStatus: 431 },
      });
    }
    // the server still answers afterwards
    expect((await rawRequest(port, '/healthz')).status).toBe(200);
  });
});
