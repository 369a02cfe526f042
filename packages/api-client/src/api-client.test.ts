import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DEMO_PASSWORD } from '@skhcn/mocks/node';
import {
  createApiClients,
  createTrpcClient,
  getApiClient,
  MAX_BATCH_SIZE,
  resetApiClient,
} from './api-client';
import { getAppCode, getErrorMessage, NETWORK_ERROR_MESSAGE } from './api-error';
import { readCookie } from './csrf';

const server = createMockServer();
const seen: { url: string; csrf: string | null; credentials: RequestCredentials }[] = [];
server.events.on('request:start', ({ request }) => {
  seen.push({
    url: request.url,
    csrf: request.headers.get('x-csrf-token'),
    credentials: request.credentials,
  });
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = null;
  seen.length = 0;
  document.cookie = 'skhcn_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
  resetApiClient();
});
afterAll(() => server.close());

describe('CSRF double-submit', () => {
  it('reads a cookie among others', () => {
    expect(readCookie('skhcn_csrf', 'a=1; skhcn_csrf=t%3Dk; b=2')).toBe('t=k');
    expect(readCookie('skhcn_csrf', 'skhcn_csrf_old=1')).toBeUndefined();
  });

  it('sends the skhcn_csrf cookie value as x-csrf-token on every request, same origin', async () => {
    document.cookie = 'skhcn_csrf=token-123; path=/';
    const client = createTrpcClient({ batch: false });
    await client.auth.signIn.mutate({ username: 'canbo.tdc', password: DEMO_PASSWORD });
    await client.auth.me.query();
    expect(seen).toHaveLength(2);
    for (const r of seen) {
      expect(new URL(r.url).origin).toBe(window.location.origin);
      expect(r.csrf).toBe('token-123');
    }
  });

  it('sends no header when there is no cookie yet', async () => {
    await createTrpcClient({ batch: false }).auth.me.query();
    expect(seen[0]?.csrf).toBeNull();
  });
});

describe('errors', () => {
  it("shows the server's Vietnamese message and exposes the stable code", async () => {
    const error = await createTrpcClient({ batch: false })
      .auth.signIn.mutate({ username: 'canbo.tdc', password: 'sai' })
      .catch((e: unknown) => e);
    expect(getErrorMessage(error)).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(getAppCode(error)).toBe('INVALID_CREDENTIALS');
  });

  it('explains a network failure in Vietnamese', async () => {
    server.use(http.get('*/trpc/:path', () => HttpResponse.error()));
    const error = await createTrpcClient({ batch: false })
      .auth.me.query()
      .catch((e: unknown) => e);
    expect(getErrorMessage(error)).toBe(NETWORK_ERROR_MESSAGE);
    expect(getAppCode(error)).toBeUndefined();
  });
});

describe('query retries', () => {
  it('does not retry a 4xx answer but retries a server error twice', async () => {
    let calls = 0;
    server.use(
      http.get('*/trpc/:path', () => {
        calls++;
        return HttpResponse.json(
          {
            error: {
              message: 'Hỏng',
              code: -32603,
              data: { code: 'INTERNAL_SERVER_ERROR', httpStatus: 500, appCode: 'INTERNAL' },
            },
          },
          { status: 500 },
        );
      }),
    );
    const { queryClient, trpcClient } = createApiClients({ batch: false });
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retryDelay: 0 } });
    await expect(
      queryClient.fetchQuery({ queryKey: ['x'], queryFn: () => trpcClient.auth.me.query() }),
    ).rejects.toThrow('Hỏng');
    expect(calls).toBe(3);

    server.resetHandlers();
    seen.length = 0;
    await expect(
      queryClient.fetchQuery({ queryKey: ['y'], queryFn: () => trpcClient.fields.map.query() }),
    ).rejects.toThrow('Bạn chưa đăng nhập');
    expect(seen).toHaveLength(1);
  });
});

describe('session end', () => {
  it('refreshes auth.me when any query answers UNAUTHENTICATED, so the guard can send the user to sign in', async () => {
    const { queryClient, trpcClient } = createApiClients({ batch: false, retry: false });
    await trpcClient.auth.signIn.mutate({ username: 'canbo.tdc', password: DEMO_PASSWORD });
    const meKey = [['auth', 'me'], { type: 'query' }];
    await queryClient.fetchQuery({ queryKey: meKey, queryFn: () => trpcClient.auth.me.query() });
    expect(queryClient.getQueryState(meKey)?.isInvalidated).toBe(false);

    server.state.user = null; // the session expired on the server
    await expect(
      queryClient.fetchQuery({
        queryKey: [['fields', 'map'], { type: 'query' }],
        queryFn: () => trpcClient.fields.map.query(),
      }),
    ).rejects.toThrow();
    expect(queryClient.getQueryState(meKey)?.isInvalidated).toBe(true);
  });
});

describe('the page singleton', () => {
  it('creates the clients once: a field app gets the shell’s', () => {
    const first = getApiClient();
    expect(getApiClient({ batch: false })).toBe(first);
    resetApiClient();
    expect(getApiClient()).not.toBe(first);
  });
});

describe('batching', () => {
  it('sends sign-in alone and splits batches at the server cap', async () => {
    server.use(
      http.all('*/trpc/:path', ({ request, params }) => {
        const paths = String(params.path).split(',');
        const batch = new URL(request.url).searchParams.get('batch') === '1';
        const one = { result: { data: null } };
        return HttpResponse.json(batch ? paths.map(() => one) : one);
      }),
    );
    const client = createTrpcClient();
    await Promise.all([
      client.auth.signIn.mutate({ username: 'canbo.tdc', password: DEMO_PASSWORD }),
      client.auth.signOut.mutate(),
      ...Array.from({ length: MAX_BATCH_SIZE + 3 }, () => client.auth.me.query()),
    ]);
    const paths = seen.map((r) => decodeURIComponent(new URL(r.url).pathname.replace(/^\/trpc\//, '')));
    const signIn = seen.filter((_, i) => paths[i]?.includes('auth.signIn')).map((r) => new URL(r.url));
    expect(signIn.map((u) => [u.pathname, u.searchParams.get('batch')])).toEqual([
      ['/trpc/auth.signIn', null],
    ]);
    expect(Math.max(...paths.map((p) => p.split(',').length))).toBe(MAX_BATCH_SIZE);
  });
});
