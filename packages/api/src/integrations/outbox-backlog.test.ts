import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { listOutbox } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../context';
import { hopQuyDeclaration, tt28Components } from '../routers/conformity/conformity.test-kit';
import { as, clearDossiers, seedStoryPeople, uploadedFile, vn } from '../testing/one-stop.test-kit';
import { integrationsFromEnv, setIntegrations } from './integrations';
import { PORTAL_TARGET } from './outbox';

describeEachDatabase('the outbox of an unconfigured system', (t) => {
  let officer: SessionUser;
  let admin: SessionUser;
  beforeAll(async () => {
    ({ officer, admin } = await seedStoryPeople(t.db));
  });
  beforeEach(async () => {
    await clearDossiers(t.db);
  });
  afterAll(() => setIntegrations(undefined));

  const receive = async () =>
    as(t.db, officer, vn('2026-03-02')).conformity.receive({
      procedureCode: 'tdc.hop-quy',
      declaration: hopQuyDeclaration(),
      components: [
        ...(await tt28Components(t.db, officer)),
        { componentKey: 'giay-chung-nhan', fileIds: [await uploadedFile(t.db, officer, 'gcn.pdf')] },
      ],
    });

  it('queues nothing for a system without an address: intake after intake, the outbox stays empty', async () => {
    setIntegrations(undefined);
    for (let i = 0; i < 3; i++) await receive();
    expect(await listOutbox(t.db)).toEqual([]);
  });

  it('queues for a configured portal, and the administrator sees the backlog', async () => {
    setIntegrations(integrationsFromEnv({ PUBLIC_SERVICE_PORTAL_URL: 'http://cong-dich-vu-cong.test/api' }));
    await receive();
    await receive();
    const queued = await listOutbox(t.db);
    expect(queued.map((m) => [m.target, m.state])).toEqual([
      [PORTAL_TARGET, 'pending'],
      [PORTAL_TARGET, 'pending'],
    ]);
    const health = await as(t.db, admin, vn('2026-03-02', '10:00')).system.integrations();
    expect(health.find((h) => h.id === 'public-service-portal')?.pending).toBe(2);
  });
});
