import { TRPCError } from '@trpc/server';
import { beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import { describeError } from '../../errors';
import { setIntegrations } from '../../integrations/integrations';
import { as, seedStoryPeople, type StoryPeople } from '../../testing/one-stop.test-kit';

describeEachDatabase('system', (t) => {
  let people: StoryPeople;
  beforeAll(async () => {
    people = await seedStoryPeople(t.db);
    setIntegrations(undefined);
  });

  it('shows the national systems’ health to administrators only', async () => {
    const now = new Date('2026-12-01T02:00:00Z');
    const health = await as(t.db, people.admin, now).system.integrations();
    expect(health.map((h) => h.status)).toEqual(['unknown', 'unknown', 'unknown']);
    for (const user of [people.officer, people.leader, people.applicant]) {
      const err = await as(t.db, user, now)
        .system.integrations()
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TRPCError);
      if (err instanceof TRPCError) expect(describeError(err).appCode).toBe('FORBIDDEN');
    }
  });
});
