// Test helper (not a test file): a signed-in session over HTTP, as a browser gets it (CSRF cookie, then sign-in).
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '@skhcn/db';
import { must } from '@skhcn/domain';
import { CSRF_COOKIE, SESSION_COOKIE } from '../app';

export interface HttpSession {
  /** The Cookie header of the session (CSRF and session cookies) */
  cookie: string;
  /** The CSRF token to send as x-csrf-token on POST */
  csrf: string;
}

/** Signs `username` in through tRPC (demo password unless given) and returns the session's cookie and CSRF token. */
export async function signInOverHttp(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
): Promise<HttpSession> {
  const first = await app.inject({ method: 'GET', url: '/healthz' });
  const csrf = must(
    first.cookies.find((c) => c.name === CSRF_COOKIE),
    'the CSRF cookie',
  ).value;
  const res = await app.inject({
    method: 'POST',
    url: '/trpc/auth.signIn',
    headers: { cookie: `${CSRF_COOKIE}=${csrf}`, 'content-type': 'application/json', 'x-csrf-token': csrf },
    payload: JSON.stringify({ username, password }),
  });
  expect(res.statusCode, res.body).toBe(200);
  const session = must(
    res.cookies.find((c) => c.name === SESSION_COOKIE),
    'the session cookie',
  ).value;
  // the CSRF token is rotated at sign-in: the session accepts only the new one
  const rotated = must(
    res.cookies.find((c) => c.name === CSRF_COOKIE),
    'the CSRF cookie set at sign-in',
  ).value;
  return { cookie: `${CSRF_COOKIE}=${rotated}; ${SESSION_COOKIE}=${session}`, csrf: rotated };
}
