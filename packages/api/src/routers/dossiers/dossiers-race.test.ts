import { eq, sql } from 'drizzle-orm';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { schema, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { as, hopQuyAttachments, MONDAY_0900, outcomeOf, sessionUser } from '../../testing/one-stop.test-kit';

// On PostgreSQL the handle's pool has DATABASE_POOL_MAX (default 10) connections: the attempts really run at once.
describeEachDatabase('dossier engine under concurrency', (t) => {
  let applicant: SessionUser;
  let officer: SessionUser;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    applicant = await sessionUser(t.db, 'dn.thephp');
    officer = await sessionUser(t.db, 'canbo.tdc');
  });

  beforeEach(async () => {
    await t.db.execute(
      sql`truncate dossier_files, dossier_sequences, dossier_events, dossiers, files restart identity cascade`,
    );
  });

  it('lets exactly one of 50 simultaneous attempts at the same step succeed, with exactly one event', async () => {
    const attachments = await hopQuyAttachments(t.db, applicant);
    const { dossier } = await as(t.db, applicant, MONDAY_0900).dossiers.submit({
      procedureCode: 'tdc.hop-quy',
      attachments,
    });
    const attempts = Array.from({ length: 50 }, () =>
      outcomeOf(
        as(t.db, officer, MONDAY_0900).dossiers.receive({
          mode: 'accept',
          dossierId: dossier.id,
          expectedVersion: dossier.version,
        }),
      ),
    );
    const outcomes = await Promise.all(attempts);
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1);
    expect(
      outcomes.filter((o) => o !== 'ok').every((o) => o === 'CONFLICT' || o === 'INVALID_TRANSITION'),
    ).toBe(true);
    const events = await t.db
      .select()
      .from(schema.dossierEvents)
      .where(eq(schema.dossierEvents.dossierId, dossier.id));
    expect(events.map((e) => [e.seq, e.action])).toEqual([
      [1, 'submit'],
      [2, 'receive'],
    ]);
    const [row] = await t.db.select().from(schema.dossiers).where(eq(schema.dossiers.id, dossier.id));
    expect(row).toMatchObject({ status: 2, version: 2 });
  });

  it('gives 200 simultaneous submissions 200 distinct codes, numbered 0001 to 0200 within the day', async () => {
    const attachments = await hopQuyAttachments(t.db, applicant);
    const codes = await Promise.all(
      Array.from({ length: 200 }, async () => {
        // one account filing 200 at once: past its own limit, which is not what this test is about
        const r = await as(t.db, applicant, MONDAY_0900, {
          applicantSubmissionsPerHour: 1000,
        }).dossiers.submit({
          procedureCode: 'tdc.hop-quy',
          attachments,
        });
        return r.dossier.code;
      }),
    );
    expect(new Set(codes).size).toBe(200);
    const expected = Array.from({ length: 200 }, (_, i) => `CCTDC-260302-${String(i + 1).padStart(4, '0')}`);
    expect([...codes].sort()).toEqual(expected);
    const [seq] = await t.db.select().from(schema.dossierSequences);
    expect(seq).toMatchObject({ unitCode: 'CCTDC', day: '2026-03-02', lastSeq: 200 });
  }, 120_000);
});
