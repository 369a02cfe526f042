import { beforeEach, expect, it } from 'vitest';
import { DEMO_USERNAMES, hashPassword, seedDemo, upsertUnits, upsertUser } from '@skhcn/db';
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
