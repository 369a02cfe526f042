import { tmpdir } from 'node:os';
import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { externalUsername, schema, setUserActive } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { must } from '@skhcn/domain';
import { buildApp, CSRF_COOKIE, SESSION_COOKIE } from '../app';
import { freePort, startLocalProvider, TinyBrowser, type LocalProvider } from '../testing/oidc-provider';
import { OIDC_FLOW_COOKIE } from './oidc.routes';

describeEachDatabase('applicants sign in through a local OpenID Connect provider', (t) => {
  let provider: LocalProvider;
  let app: FastifyInstance;
  let appOrigin: string;
  let browser: TinyBrowser;

  beforeAll(async () => {
    const port = await freePort();
    appOrigin = `http://127.0.0.1:${port}`;
    provider = await startLocalProvider(`${appOrigin}/auth/oidc/callback`);
    app = await buildApp({
      database: t.handle,
      webRoot: tmpdir(),
      secureCookies: false,
      publicOrigin: appOrigin,
      oidc: {
        issuer: provider.issuer,
        clientId: provider.clientId,
        clientSecret: provider.clientSecret,
        redirectUri: `${appOrigin}/auth/oidc/callback`,
      },
    });
    await app.listen({ port, host: '127.0.0.1' });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });
  beforeEach(() => {
    // a new browser each time; the provider still remembers who signed in before
    browser = new TinyBrowser();
    provider.deny = false;
  });

  /** The signed-in user as auth.me sees it with this browser's cookies, over HTTP. */
  async function me(): Promise<{ id: string; username: string; fullName: string; kind?: string } | null> {
    const res = await fetch(`${appOrigin}/trpc/auth.me`, {
      headers: { cookie: browser.cookieHeader(appOrigin) },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { result: { data: never } }).result.data;
  }

  const signIn = (from = '/ho-so-cua-toi') =>
    browser.visit(`${appOrigin}/auth/oidc/start?from=${encodeURIComponent(from)}`);

  it('offers the identity button only when a provider is configured', async () => {
    const res = await fetch(`${appOrigin}/trpc/auth.signInOptions`);
    expect(await res.json()).toMatchObject({
      result: { data: { identityProvider: { startUrl: '/auth/oidc/start' } } },
    });
    const plain = await buildApp({ database: t.handle, webRoot: tmpdir() });
    const without = await plain.inject({ method: 'GET', url: '/trpc/auth.signInOptions' });
    expect(without.json()).toMatchObject({ result: { data: { identityProvider: null } } });
    const start = await plain.inject({ method: 'GET', url: '/auth/oidc/start' });
    expect(start.headers.location).toBe('/dang-nhap?loi=OIDC_NOT_CONFIGURED');
    await plain.close();
  });

  it('creates an applicant account at the first sign-in, with a session and CSRF cookie like a password sign-in', async () => {
    provider.nextAccount = { sub: 'cccd-031090000001', claims: { name: 'Trần Văn Định' } };
    const { url } = await signIn();
    expect(url.pathname).toBe('/ho-so-cua-toi');
    const jar = browser.cookies(appOrigin);
    expect(jar.has(SESSION_COOKIE)).toBe(true);
    expect(jar.has(CSRF_COOKIE)).toBe(true);
    expect(jar.has(OIDC_FLOW_COOKIE)).toBe(false);

    const user = must(await me(), 'the signed-in user');
    expect(user).toMatchObject({ fullName: 'Trần Văn Định', kind: 'applicant' });
    expect(user.username).toBe(externalUsername(provider.issuer, 'cccd-031090000001'));
    const links = await t.db
      .select()
      .from(schema.externalIdentities)
      .where(eq(schema.externalIdentities.userId, user.id));
    expect(links).toEqual([
      expect.objectContaining({ issuer: provider.issuer, subject: 'cccd-031090000001' }),
    ]);
    const events = await t.db
      .select()
      .from(schema.accountEvents)
      .where(eq(schema.accountEvents.userId, user.id));
    expect(events.map((e) => e.action)).toEqual(['created']);

    // no organisation in the claims: filing waits until the applicant gives it, then works with the session's CSRF
    const headers = {
      cookie: browser.cookieHeader(appOrigin),
      'content-type': 'application/json',
      'x-csrf-token': must(jar.get(CSRF_COOKIE), 'csrf'),
    };
    const mine = await fetch(`${appOrigin}/trpc/dossiers.mine`, { headers });
    expect(mine.status).toBe(403);
    expect(await mine.json()).toMatchObject({ error: { data: { appCode: 'APPLICANT_PROFILE_REQUIRED' } } });
    const completed = await fetch(`${appOrigin}/trpc/auth.completeProfile`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ organisationName: 'Công ty TNHH Định Danh', taxCode: '0100109106' }),
    });
    expect(completed.status, await completed.clone().text()).toBe(200);
    expect((await fetch(`${appOrigin}/trpc/dossiers.mine`, { headers })).status).toBe(200);
    // given once; a second completion is refused rather than overwriting it
    const again = await fetch(`${appOrigin}/trpc/auth.completeProfile`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ organisationName: 'Công ty khác', taxCode: '0100109106' }),
    });
    expect(again.status).toBe(409);
  });

  it('reuses the same account at the second sign-in', async () => {
    provider.nextAccount = { sub: 'cccd-031090000002', claims: { name: 'Lê Thị Hai' } };
    await signIn();
    const first = must(await me(), 'first sign-in');
    browser = new TinyBrowser();
    await signIn();
    const second = must(await me(), 'second sign-in');
    expect(second.id).toBe(first.id);
    const accounts = await t.db
      .select()
      .from(schema.users)
      .where(eq(schema.users.username, externalUsername(provider.issuer, 'cccd-031090000002')));
    expect(accounts).toHaveLength(1);
  });

  it("takes the organisation from the provider's claims when it sends a valid one", async () => {
    provider.nextAccount = {
      sub: 'to-chuc-0100109106',
      claims: { name: 'Phạm Văn Ba', tax_code: '0100109106', organization_name: 'Công ty CP Ba Sao' },
    };
    await signIn();
    const user = must(await me(), 'signed in');
    const [row] = await t.db.select().from(schema.users).where(eq(schema.users.id, user.id));
    expect(row).toMatchObject({ organisationName: 'Công ty CP Ba Sao', taxCode: '0100109106' });
  });

  it("refuses a callback whose state is not this browser's, before asking the provider", async () => {
    provider.nextAccount = { sub: 'cccd-031090000003' };
    const start = await fetch(`${appOrigin}/auth/oidc/start`, { redirect: 'manual' });
    expect(start.status).toBe(303);
    const flowCookie = must(
      start.headers.getSetCookie().find((c) => c.startsWith(`${OIDC_FLOW_COOKIE}=`)),
      'flow cookie',
    ).split(';')[0];
    const res = await fetch(`${appOrigin}/auth/oidc/callback?code=stolen&state=not-the-one`, {
      redirect: 'manual',
      headers: { cookie: must(flowCookie, 'cookie') },
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/dang-nhap?loi=OIDC_STATE_MISMATCH');
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
    // a callback with no flow cookie at all (a link sent to someone else) is refused the same way
    const bare = await fetch(`${appOrigin}/auth/oidc/callback?code=x&state=y`, { redirect: 'manual' });
    expect(bare.headers.get('location')).toBe('/dang-nhap?loi=OIDC_STATE_MISMATCH');
  });

  it('refuses a deactivated account', async () => {
    provider.nextAccount = { sub: 'cccd-031090000004', claims: { name: 'Đỗ Văn Khoá' } };
    await signIn();
    const user = must(await me(), 'signed in');
    await setUserActive(t.db, user.id, false);
    browser = new TinyBrowser();
    const { url } = await signIn();
    expect(url.pathname + url.search).toBe('/dang-nhap?loi=ACCOUNT_INACTIVE');
    expect(browser.cookies(appOrigin).has(SESSION_COOKIE)).toBe(false);
    expect(await me()).toBeNull();
  });

  it('ends on the sign-in page when the person refuses at the provider', async () => {
    provider.deny = true;
    const { url } = await signIn();
    expect(url.pathname + url.search).toBe('/dang-nhap?loi=OIDC_DENIED');
    expect(browser.cookies(appOrigin).has(SESSION_COOKIE)).toBe(false);
  });

  it('ends on the sign-in page when the provider cannot be reached', async () => {
    const down = await buildApp({
      database: t.handle,
      webRoot: tmpdir(),
      oidc: {
        issuer: `http://127.0.0.1:${await freePort()}`,
        clientId: 'x',
        clientSecret: 'y',
        redirectUri: `${appOrigin}/auth/oidc/callback`,
      },
    });
    const res = await down.inject({ method: 'GET', url: '/auth/oidc/start' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/dang-nhap?loi=OIDC_UNAVAILABLE');
    await down.close();
  });
});
