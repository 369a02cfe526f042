import { count, eq, isNull } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { describeEachDatabase, fixtureOrganisation } from '../testing';
import { auditDenials, users } from '../schema';
import { seedDemo } from '../seed';
import {
  ANONYMOUS_DENIALS_KEEP_MS,
  ANONYMOUS_DENIALS_PER_IP_PER_HOUR,
  deleteAnonymousDenialsBefore,
  logDenial,
} from './denials.repository';

describeEachDatabase('audit_denials stays bounded', (t) => {
  beforeEach(async () => {
    await t.reset();
  });

  const rows = async (ip?: string) =>
    Number(
      must(
        (
          await t.db
            .select({ n: count() })
            .from(auditDenials)
            .where(ip === undefined ? undefined : eq(auditDenials.ip, ip))
        )[0],
        'the count',
      ).n,
    );
  const anonymous = (ip: string, at: Date) =>
    logDenial(t.db, { ip, path: 'dossiers.inbox', code: 'UNAUTHENTICATED', reason: 'Chưa đăng nhập', at });

  it('stores at most the hourly cap of anonymous denials per address; others and signed-in users still count', async () => {
    const at = new Date('2026-12-01T08:00:00Z');
    const flood = ANONYMOUS_DENIALS_PER_IP_PER_HOUR + 50;
    const stored = [];
    for (let i = 0; i < flood; i++) stored.push(await anonymous('203.0.113.9', new Date(at.getTime() + i)));
    expect(stored.filter(Boolean)).toHaveLength(ANONYMOUS_DENIALS_PER_IP_PER_HOUR);
    expect(await rows('203.0.113.9')).toBe(ANONYMOUS_DENIALS_PER_IP_PER_HOUR);
    expect(await anonymous('198.51.100.1', at)).toBe(true);

    await seedDemo(t.db, fixtureOrganisation);
    const [user] = await t.db.select().from(users).limit(1);
    const signedIn = must(user, 'a demo user');
    expect(
      await logDenial(t.db, {
        userId: signedIn.id,
        username: signedIn.username,
        ip: '203.0.113.9',
        path: 'org.users',
        code: 'FORBIDDEN_UNIT',
        reason: 'Đơn vị khác',
        at,
      }),
    ).toBe(true);
    // an hour later the address may be logged again
    expect(await anonymous('203.0.113.9', new Date(at.getTime() + 3_600_001 + flood))).toBe(true);
  });

  it('housekeeping forgets anonymous denials past the retention, never those of signed-in users', async () => {
    const old = new Date('2026-01-01T00:00:00Z');
    await anonymous('203.0.113.10', old);
    await seedDemo(t.db, fixtureOrganisation);
    const signedIn = must((await t.db.select().from(users).limit(1))[0], 'a demo user');
    await logDenial(t.db, {
      userId: signedIn.id,
      path: 'org.users',
      code: 'FORBIDDEN',
      reason: 'x',
      at: old,
    });
    const deleted = await deleteAnonymousDenialsBefore(
      t.db,
      new Date(old.getTime() + ANONYMOUS_DENIALS_KEEP_MS),
    );
    expect(deleted).toBe(1);
    expect(await t.db.select().from(auditDenials).where(isNull(auditDenials.userId))).toHaveLength(0);
    expect(await rows()).toBe(1);
  });
});
