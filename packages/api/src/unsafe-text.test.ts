import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, UNSAFE_TEXT_MESSAGE } from '@skhcn/domain';
import { describeError } from './errors';
import { callerFor, signedInCaller } from './testing';

type Caller = ReturnType<typeof callerFor>['caller'];

const NUL = 'canbo\u0000.tdc';
const LONE = 'Hồ sơ \uD83D';

/** Each probe of the attack: a procedure called with a NUL byte or a lone surrogate somewhere in its input. */
const probes: [string, (c: Caller, bad: string) => Promise<unknown>][] = [
  ['auth.signIn (username)', (c, bad) => c.auth.signIn({ username: bad, password: 'x' })],
  ['conformity.registry.search (q)', (c, bad) => c.conformity.registry.search({ q: bad })],
  [
    'conformity.registry.entry (noticeNumber)',
    (c, bad) => c.conformity.registry.entry({ noticeNumber: bad }),
  ],
  ['dossiers.lookup (code)', (c, bad) => c.dossiers.lookup({ code: bad, taxCode: '0100109106' })],
  ['dossiers.inbox (q)', (c, bad) => c.dossiers.inbox({ q: bad })],
];

describeEachDatabase('NUL bytes and lone surrogates at the API edge', (t) => {
  let officer: Caller;
  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    officer = (await signedInCaller(t.db, 'canbo.tdc', DEMO_PASSWORD, '10.40.0.1')).caller;
  });

  for (const [name, call] of probes) {
    for (const [kind, bad] of [
      ['a NUL byte', NUL],
      ['a lone surrogate', LONE],
    ] as const) {
      it(`${name} with ${kind}: 400 BAD_INPUT in Vietnamese, never 500`, async () => {
        const err = await call(officer, bad).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err).toBeInstanceOf(TRPCError);
        if (!(err instanceof TRPCError)) return;
        expect(err.code).toBe('BAD_REQUEST');
        expect(describeError(err)).toMatchObject({ appCode: 'BAD_INPUT', message: UNSAFE_TEXT_MESSAGE });
      });
    }
  }

  it('refuses unsafe text anywhere in the input, object keys included, before the rights check', async () => {
    const anonymous = callerFor(t.db).caller;
    const err = await anonymous.dossiers
      .inbox({ q: 'đúng', procedureCodes: ['tdc.hop-quy', `x${NUL}`] })
      .catch((e: unknown) => e);
    expect(err instanceof TRPCError && describeError(err).appCode).toBe('BAD_INPUT');
    // and well-formed Vietnamese with emoji still works
    await expect(officer.conformity.registry.search({ q: 'Thép 😀' })).resolves.toBeTruthy();
  });
});
