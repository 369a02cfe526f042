import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { Database } from '@skhcn/db';
import { createContext, type CreateContextOptions, type SessionUser } from '../context';
import { platformExtensions } from '../platform';
import { appRouter } from '../routers/app.router';
import { resolveSession } from '../session';
import { createCallerFactory } from '../trpc';

const createCaller = createCallerFactory(appRouter);

export interface Harness {
  caller: ReturnType<typeof createCaller>;
  /** The session token the API asked the HTTP layer to set (undefined when none, null when cleared) */
  cookie: { token?: string | null; expiresAt?: Date; csrf?: string };
}

export function callerFor(
  db: Database,
  opts: Partial<Omit<CreateContextOptions, 'db'>> & { user?: SessionUser | null } = {},
): Harness {
  const cookie: Harness['cookie'] = {};
  const ctx = createContext({
    db,
    extensions: opts.extensions ?? platformExtensions(),
    user: opts.user ?? null,
    sessionId: opts.sessionId ?? null,
    ip: opts.ip ?? '127.0.0.1',
    csrfToken: opts.csrfToken ?? 'csrf-test',
    ...(opts.now ? { now: opts.now } : {}),
    ...(opts.production !== undefined ? { production: opts.production } : {}),
    ...(opts.publicOrigin ? { publicOrigin: opts.publicOrigin } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    setSessionCookie: (token, expiresAt) => {
      cookie.token = token;
      cookie.expiresAt = expiresAt;
    },
    clearSessionCookie: () => {
      cookie.token = null;
    },
    setCsrfToken: (token) => {
      cookie.csrf = token;
    },
  });
  return { caller: createCaller(ctx), cookie };
}

/** Signs in through the router and returns a caller acting in that session. */
export async function signedInCaller(db: Database, username: string, password: string, ip = '10.0.0.1') {
  const anonymous = callerFor(db, { ip });
  await anonymous.caller.auth.signIn({ username, password });
  const session = await resolveSession(db, anonymous.cookie.token);
  if (!session) throw new Error('sign-in did not create a session');
  return { ...callerFor(db, { user: session.user, sessionId: session.sessionId, ip }), session };
}

/** Calls the router over the fetch adapter, to see the formatted error shape a client receives. */
export async function httpCall(db: Database, path: string, input: unknown, user: SessionUser | null = null) {
  const url = `http://localhost/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetchRequestHandler({
    endpoint: '/trpc',
    req: new Request(url),
    router: appRouter,
    createContext: () => createContext({ db, extensions: platformExtensions(), user, ip: '127.0.0.1' }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      error?: { message: string; data: Record<string, unknown> };
      result?: unknown;
    },
  };
}
