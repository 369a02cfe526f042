import { beforeEach, expect, it } from 'vitest';
import { callerFor, sessionUser } from '@skhcn/api/testing';
import {
  DEMO_USERNAMES,
  findUserByUsername,
  hashPassword,
  seedDemo,
  upsertUnits,
  upsertUser,
} from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation } from '@skhcn/domain';
import { productionProblems } from './startup-check';

const strongSecret = 'k3m9-Qx7v!pL2z#Rt8wY4nB6cD1eF5gH0jS';
const PUBLIC_ORIGIN = 'https://dichvucong.skhcn.haiphong.gov.vn';
const org = getOrganisation('hai-phong');

describeEachDatabase('production startup check', (t) => {
  beforeEach(async () => {
    await t.reset();
    await upsertUnits(t.db, org.id, org.units);
  });

  it('refuses to start while demo accounts exist, naming them', async () => {
    await seedDemo(t.db, org);
    const problems = await productionProblems(t.db, { SESSION_SECRET: strongSecret, PUBLIC_ORIGIN });
    expect(problems.map((p) => p.code)).toEqual(['DEMO_ACCOUNTS']);
    const message = problems[0]?.message;
    expect(message).toContain('tài khoản mẫu');
    expect(message).toContain('demo accounts');
    for (const u of DEMO_USERNAMES) expect(message).toContain(u);
  });

  it('lets a database start whose demo accounts an administrator deactivated on the accounts screen', async () => {
    await seedDemo(t.db, org);
    // the real administrator, created first; then every demo account is deactivated through admin.setActive
    await upsertUser(t.db, {
      username: 'nguyen.van.a',
      fullName: 'Nguyễn Văn A',
      passwordHash: await hashPassword('a long real passphrase'),
      memberships: [{ unitCode: 'VP', role: 'admin' }],
    });
    const admin = callerFor(t.db, { user: await sessionUser(t.db, 'nguyen.van.a') }).caller;
    const [last, ...others] = DEMO_USERNAMES;
    for (const username of others) {
      const user = await findUserByUsername(t.db, username);
      if (!user) continue;
      const { version } = await admin.admin.account({ id: user.id });
      await admin.admin.setActive({ id: user.id, version, active: false });
    }
    const env = { SESSION_SECRET: strongSecret, PUBLIC_ORIGIN };
    // one demo account still active: refused, naming it alone
    const problems = await productionProblems(t.db, env);
    expect(problems.map((p) => p.code)).toEqual(['DEMO_ACCOUNTS']);
    expect(problems[0]?.message).toContain(`(${last})`);
    const user = await findUserByUsername(t.db, last ?? '');
    if (!user) throw new Error('demo account missing');
    const { version } = await admin.admin.account({ id: user.id });
    await admin.admin.setActive({ id: user.id, version, active: false });
    expect(await productionProblems(t.db, env)).toEqual([]);
  });

  it('refuses a missing, default or short session secret', async () => {
    for (const env of [
      {},
      { SESSION_SECRET: 'changeme' },
      { SESSION_SECRET: 'skhcn-dev-secret' },
      { COOKIE_SECRET: 'short-secret' },
    ]) {
      expect((await productionProblems(t.db, { ...env, PUBLIC_ORIGIN })).map((p) => p.code)).toEqual([
        'SESSION_SECRET',
      ]);
    }
  });

  it('refuses to start without PUBLIC_ORIGIN: documents would print an address a client chose', async () => {
    const problems = await productionProblems(t.db, { SESSION_SECRET: strongSecret });
    expect(problems.map((p) => p.code)).toEqual(['PUBLIC_ORIGIN']);
    expect(problems[0]?.message).toContain('Chưa đặt PUBLIC_ORIGIN');
  });

  it('refuses a plain-http identity provider: tokens and the client secret would cross the network in clear', async () => {
    const env = { SESSION_SECRET: strongSecret, PUBLIC_ORIGIN };
    const problems = await productionProblems(t.db, { ...env, OIDC_ISSUER: 'http://sso.example.vn' });
    expect(problems.map((p) => p.code)).toEqual(['OIDC_ISSUER']);
    expect(await productionProblems(t.db, { ...env, OIDC_ISSUER: 'https://sso.example.vn' })).toEqual([]);
  });

  it('lets a clean deployment with real accounts and a strong secret start', async () => {
    await upsertUser(t.db, {
      username: 'nguyen.van.a',
      fullName: 'Nguyễn Văn A',
      passwordHash: await hashPassword('a long real passphrase'),
      memberships: [{ unitCode: 'VP', role: 'admin' }],
    });
    expect(await productionProblems(t.db, { SESSION_SECRET: strongSecret, PUBLIC_ORIGIN })).toEqual([]);
    expect(await productionProblems(t.db, { COOKIE_SECRET: strongSecret, PUBLIC_ORIGIN })).toEqual([]);
  });
});
