import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import type { SessionUser } from '../../context';
import { setIntegrations } from '../../integrations/integrations';
import { DEFAULT_LIMITS } from '../../context';
import {
  appCodeOf,
  as,
  clearDossiers,
  seedStoryPeople,
  uploadedFile,
  vn,
} from '../../testing/one-stop.test-kit';
import { hopQuyDeclaration, tt28Components } from './conformity.test-kit';

describeEachDatabase('intake that one account cannot exhaust', (t) => {
  let applicant: SessionUser;
  let officer: SessionUser;
  beforeAll(async () => {
    setIntegrations(undefined);
    ({ applicant, officer } = await seedStoryPeople(t.db));
  });
  afterAll(() => setIntegrations(undefined));
  beforeEach(async () => {
    await clearDossiers(t.db);
  });

  /** TT 28/2012 hợp quy on a certificate: the two common components and the certificate */
  const components = async (user: SessionUser) => [
    ...(await tt28Components(t.db, user)),
    { componentKey: 'giay-chung-nhan', fileIds: [await uploadedFile(t.db, user, 'giay-chung-nhan.pdf')] },
  ];

  const submit = async (at: Date) =>
    as(t.db, applicant, at).conformity.submit({
      procedureCode: 'tdc.hop-quy',
      declaration: hopQuyDeclaration(),
      components: await components(applicant),
    });

  it(`accepts ${DEFAULT_LIMITS.applicantSubmissionsPerHour} online submissions of one account an hour, even sent at once`, async () => {
    const at = vn('2026-03-02', '09:00');
    const extra = 10;
    const outcomes = await Promise.all(
      Array.from({ length: DEFAULT_LIMITS.applicantSubmissionsPerHour + extra }, async () => {
        const call = submit(at);
        return call.then(
          () => 'OK',
          () => appCodeOf(call),
        );
      }),
    );
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(DEFAULT_LIMITS.applicantSubmissionsPerHour);
    expect(outcomes.filter((o) => o === 'RATE_LIMITED')).toHaveLength(extra);
    // an hour later the account may submit again
    await expect(submit(vn('2026-03-02', '10:01'))).resolves.toBeTruthy();
  });

  it('widens the daily number past 9999 instead of refusing every further receipt of the unit', async () => {
    const day = '2026-03-02';
    await t.db.execute(
      sql`insert into dossier_sequences (unit_code, day, last_seq) values ('CCTDC', ${day}, 9999)
          on conflict (unit_code, day) do update set last_seq = 9999`,
    );
    const received = await as(t.db, officer, vn(day, '10:00')).conformity.receive({
      procedureCode: 'tdc.hop-quy',
      declaration: hopQuyDeclaration(),
      components: await components(officer),
    });
    expect(received.code).toBe('CCTDC-260302-10000');
    const online = await submit(vn(day, '10:05'));
    expect(online.code).toBe('CCTDC-260302-10001');
  });
});
