import { beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD, findUserByUsername, seedDemo, verifyPassword } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { productionProblems } from '../startup-check';
import { createAdministrator, deactivateAccounts, generatePassword } from './accounts';

const env = {
  SESSION_SECRET: 'k3m9-Qx7v!pL2z#Rt8wY4nB6cD1eF5gH0jS',
  PUBLIC_ORIGIN: 'https://dvc.example.vn',
};

describeEachDatabase('operator accounts', (t) => {
  beforeEach(async () => {
    await t.reset();
  });

  it('creates the first administrator of an empty database, who can sign in', async () => {
    const password = generatePassword();
    expect(password.length).toBeGreaterThanOrEqual(20);
    await createAdministrator(t.db, { username: 'Nguyen.Quan.Tri', fullName: 'Nguyễn Quản Trị', password });
    const admin = must(await findUserByUsername(t.db, 'nguyen.quan.tri'), 'the administrator');
    expect(admin.memberships).toEqual([{ unitCode: 'VP', role: 'admin' }]);
    expect(await verifyPassword(password, admin.passwordHash)).toBe(true);
    await expect(
      createAdministrator(t.db, { username: 'nguyen.quan.tri', fullName: 'X', password }),
    ).rejects.toThrow(/đã có/);
    await expect(
      createAdministrator(t.db, { username: 'ngan', fullName: 'X', password: 'ngan' }),
    ).rejects.toThrow(/tối thiểu 12/);
  });

  it('deactivated demo accounts satisfy the production start-up check', async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    expect((await productionProblems(t.db, env)).map((p) => p.code)).toEqual(['DEMO_ACCOUNTS']);
    const done = await deactivateAccounts(t.db, [], { demo: true });
    expect(done).toContain('quantri');
    expect(await productionProblems(t.db, env)).toEqual([]);
    const demo = must(await findUserByUsername(t.db, 'canbo.tdc'), 'a demo account');
    expect(demo.active).toBe(false);
    // the password still matches, but an inactive account cannot sign in (the sign-in handler checks `active`)
    expect(await verifyPassword(DEMO_PASSWORD, demo.passwordHash)).toBe(true);
  });
});
