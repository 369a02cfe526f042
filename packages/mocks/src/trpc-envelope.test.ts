// The mocks must speak tRPC v11's wire format exactly: checked with the real @trpc/client links.
import type { AppRouter } from '@skhcn/api';
import { createTRPCClient, httpBatchLink, httpLink, TRPCClientError } from '@trpc/client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './fixtures';
import { createMockServer } from './node';

const url = 'http://localhost/trpc';
const server = createMockServer({ today: '2026-11-23' });
const requests: string[] = [];
server.events.on('request:start', ({ request }) => {
  requests.push(
    `${request.method} ${new URL(request.url).pathname}${new URL(request.url).search ? '?' : ''}`,
  );
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.state.user = null;
  requests.length = 0;
});
afterAll(() => server.close());

const clients = {
  httpLink: createTRPCClient<AppRouter>({ links: [httpLink({ url })] }),
  httpBatchLink: createTRPCClient<AppRouter>({ links: [httpBatchLink({ url })] }),
};

describe.each(Object.entries(clients))('with %s', (_name, client) => {
  it('signs in, answers auth.me, signs out', async () => {
    expect(await client.auth.me.query()).toBeNull();
    const { user } = await client.auth.signIn.mutate({ username: 'canbo.tdc', password: DEMO_PASSWORD });
    expect(user).toMatchObject({
      username: 'canbo.tdc',
      fullName: 'Nguyễn Thị Lan',
      memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
    });
    expect(await client.auth.me.query()).toEqual(user);
    await client.auth.signOut.mutate();
    expect(await client.auth.me.query()).toBeNull();
  });

  it('rejects a wrong password with 401, the stable code and the Vietnamese message', async () => {
    const error = await client.auth.signIn
      .mutate({ username: 'canbo.tdc', password: 'sai' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    const e = error as TRPCClientError<AppRouter>;
    expect(e.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(e.data).toMatchObject({
      code: 'UNAUTHORIZED',
      httpStatus: 401,
      appCode: 'INVALID_CREDENTIALS',
      path: 'auth.signIn',
    });
  });

  it('guards protected procedures', async () => {
    const error = (await client.fields.map.query().catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(error.data?.appCode).toBe('UNAUTHENTICATED');
    expect(error.data?.httpStatus).toBe(401);
  });

  it('lists the TĐC procedures in force and passes the input through', async () => {
    server.state.user = {
      id: 'u',
      username: 'canbo.tdc',
      fullName: 'Nguyễn Thị Lan',
      memberships: [{ unitCode: 'CCTDC', role: 'officer' }],
    };
    const list = await client.procedures.list.query({ khoan: 11 });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((p) => p.khoan === 11 && p.unitCode === 'CCTDC')).toBe(true);
    // on 15/01/2026 the group-2 regime still applied; from 01/07/2026 the risk-based one
    const before = await client.procedures.byCode.query({ code: 'tdc.hop-quy', onDate: '2026-01-15' });
    const after = await client.procedures.byCode.query({ code: 'tdc.hop-quy', onDate: '2026-07-01' });
    expect(before.version).not.toBe(after.version);
    expect(after.effectiveFrom).toBe('2026-07-01');
    const unknown = (await client.procedures.byCode
      .query({ code: 'khong-co' })
      .catch((e: unknown) => e)) as TRPCClientError<AppRouter>;
    expect(unknown.data?.appCode).toBe('UNKNOWN_PROCEDURE');
    expect(unknown.data?.httpStatus).toBe(404);
  });

  it('maps all 29 khoản of Điều 2', async () => {
    server.state.user = { id: 'u', username: 'x', fullName: 'X', memberships: [] };
    const map = await client.fields.map.query();
    expect(map.map((d) => d.khoan)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
    const tdc = await client.fields.bySlug.query({ slug: 'standards-metrology-quality' });
    expect(tdc.khoan).toBe(11);
    expect(tdc.units.map((u) => u.code)).toContain('CCTDC');
  });
});

describe('batching', () => {
  it('answers several calls sent in one batched request, each with its own result or error', async () => {
    server.state.user = { id: 'u', username: 'x', fullName: 'X', memberships: [] };
    const client = clients.httpBatchLink;
    const [me, list, missing] = await Promise.allSettled([
      client.auth.me.query(),
      client.procedures.list.query({ khoan: 14 }),
      client.fields.bySlug.query({ slug: 'khong-co' }),
    ]);
    expect(requests).toEqual(['GET /trpc/auth.me,procedures.list,fields.bySlug?']);
    expect(me.status === 'fulfilled' && me.value?.username).toBe('x');
    expect(list.status === 'fulfilled' && list.value.every((p) => p.khoan === 14)).toBe(true);
    expect(missing.status).toBe('rejected');
    expect(((missing as PromiseRejectedResult).reason as TRPCClientError<AppRouter>).data?.appCode).toBe(
      'UNKNOWN_FIELD',
    );
  });
});
