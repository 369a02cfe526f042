import { TRPCError } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation } from '@skhcn/domain';
import { describeError } from '../../errors';
import { callerFor } from '../../testing';
import {
  ACCOUNT_FREE_FAILURES,
  ACCOUNT_MAX_DELAY_MS,
  accountDelayMs,
  SIGN_IN_MAX_FAILURES,
} from './sign-in.handler';

async function outcome(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'OK';
  } catch (err) {
    if (err instanceof TRPCError) return describeError(err).appCode;
    throw err;
  }
}

const tally = (outcomes: string[]) =>
  outcomes.reduce<Record<string, number>>((acc, o) => ({ ...acc, [o]: (acc[o] ?? 0) + 1 }), {});

describe('accountDelayMs', () => {
  it.each([
    [0, 0],
    [ACCOUNT_FREE_FAILURES - 1, 0],
    [ACCOUNT_FREE_FAILURES, 1000],
    [ACCOUNT_FREE_FAILURES + 1, 2000],
    [ACCOUNT_FREE_FAILURES + 4, 16_000],
    [ACCOUNT_FREE_FAILURES + 30, ACCOUNT_MAX_DELAY_MS],
  ])('after %i failures waits %i ms', (failures, ms) => {
    expect(accountDelayMs(failures)).toBe(ms);
  });
});

describeEachDatabase('sign-in limits', (t) => {
  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
  });

  it('checks at most 5 passwords of 60 parallel attempts from one address; none gets in', async () => {
    const ip = '10.20.0.1';
    const attempts = Array.from({ length: 60 }, (_, i) =>
      outcome(
        callerFor(t.db, { ip }).caller.auth.signIn({
          username: 'canbo.tdc',
          password: i === 59 ? DEMO_PASSWORD : `sai-${i}`,
        }),
      ),
    );
    const counts = tally(await Promise.all(attempts));
    expect(counts.OK ?? 0).toBe(0);
    expect(counts.INVALID_CREDENTIALS ?? 0).toBeLessThanOrEqual(SIGN_IN_MAX_FAILURES);
    expect(counts.RATE_LIMITED).toBeGreaterThanOrEqual(60 - SIGN_IN_MAX_FAILURES);
    // attempts refused unchecked are not failures; checked ones are: over the window, exactly 5 passwords in all
    const sequential: string[] = [];
    for (let i = 0; i < 8; i++)
      sequential.push(
        await outcome(
          callerFor(t.db, { ip }).caller.auth.signIn({ username: 'canbo.tdc', password: `lai-${i}` }),
        ),
      );
    const checked = (counts.INVALID_CREDENTIALS ?? 0) + (tally(sequential).INVALID_CREDENTIALS ?? 0);
    expect(checked).toBe(SIGN_IN_MAX_FAILURES);
    expect(
      await outcome(
        callerFor(t.db, { ip }).caller.auth.signIn({ username: 'canbo.tdc', password: DEMO_PASSWORD }),
      ),
    ).toBe('RATE_LIMITED');
  });

  it('slows an account tried from many addresses with growing delays, never a lock-out', async () => {
    const username = 'canbo.buuchinh';
    const start = Date.parse('2026-12-01T08:00:00Z');
    const at = (ms: number) => () => new Date(start + ms);
    const attempt = (ip: string, ms: number, password = 'sai') =>
      outcome(callerFor(t.db, { ip, now: at(ms) }).caller.auth.signIn({ username, password }));
    // free failures, spread over addresses so that no address reaches its own limit
    for (let i = 0; i < ACCOUNT_FREE_FAILURES; i++)
      expect(await attempt(`10.21.0.${i % 3}`, i)).toBe('INVALID_CREDENTIALS');
    const last = ACCOUNT_FREE_FAILURES - 1;
    // then 1 s after the latest failure, then 2 s, then 4 s: a fresh address changes nothing
    expect(await attempt('10.21.1.1', last + 500)).toBe('RATE_LIMITED');
    expect(await attempt('10.21.1.2', last + 1000)).toBe('INVALID_CREDENTIALS');
    expect(await attempt('10.21.1.3', last + 1000 + 1500)).toBe('RATE_LIMITED');
    expect(await attempt('10.21.1.4', last + 1000 + 2000)).toBe('INVALID_CREDENTIALS');
    expect(await attempt('10.21.1.5', last + 3000 + 3000)).toBe('RATE_LIMITED');
    // refused attempts do not lengthen the wait: the owner gets in 4 s after the latest failure, right password
    expect(await attempt('10.21.2.1', last + 3000 + 4000, DEMO_PASSWORD)).toBe('OK');
    // and the success starts the count again
    expect(await attempt('10.21.2.2', last + 3000 + 4001)).toBe('INVALID_CREDENTIALS');
  });

  it('gives the new session a new CSRF token, not the one the client had before signing in', async () => {
    const h = callerFor(t.db, { ip: '10.22.0.1', csrfToken: 'planted-by-an-attacker' });
    await h.caller.auth.signIn({ username: 'lanhdao', password: DEMO_PASSWORD });
    expect(h.cookie.csrf).toMatch(/^[\w-]{40,}$/);
    expect(h.cookie.csrf).not.toBe('planted-by-an-attacker');
  });
});
