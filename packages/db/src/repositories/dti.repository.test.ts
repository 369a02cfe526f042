import { sql } from 'drizzle-orm';
import { beforeEach, expect, it } from 'vitest';
import { DTI_SHIPPED_FRAMEWORKS, type DtiFramework, must } from '@skhcn/domain';
import { describeEachDatabase } from '../testing';
import {
  acceptedDtiValues,
  appendDtiEvents,
  dtiStatusCounts,
  findDtiFramework,
  insertDtiCycle,
  insertDtiInput,
  listDtiEvents,
  seedShippedDtiFrameworks,
  updateDtiFramework,
  updateDtiInput,
  upsertDtiUnits,
} from './dti.repository';

const at = new Date('2026-03-02T02:00:00Z');
const frameworks = DTI_SHIPPED_FRAMEWORKS.map((s) => s.framework);

describeEachDatabase('dti repository', (t) => {
  beforeEach(async () => {
    await t.reset();
  });

  it('adds the shipped frameworks once and never overwrites the CĐS team’s edits', async () => {
    expect(await seedShippedDtiFrameworks(t.db, frameworks)).toBe(frameworks.length);
    const f = must(
      await findDtiFramework(t.db, 'xa-mau-2025-tayninh'),
      '(await findDtiFramework(t.db, "xa-mau-2025-tayninh"))',
    );
    const edited: DtiFramework = { ...f.data, name: 'Bộ chỉ số cấp xã đã sửa' };
    expect(await updateDtiFramework(t.db, f.id, f.version, edited, null, at)).toMatchObject({ version: 2 });
    // a stale version changes nothing
    expect(await updateDtiFramework(t.db, f.id, f.version, f.data, null, at)).toBeUndefined();
    expect(await seedShippedDtiFrameworks(t.db, frameworks)).toBe(0);
    expect((await findDtiFramework(t.db, f.id))?.data.name).toBe('Bộ chỉ số cấp xã đã sửa');
  });

  it('marks a framework locked once a cycle uses it, and counts items and final values per unit', async () => {
    await seedShippedDtiFrameworks(t.db, frameworks);
    expect((await findDtiFramework(t.db, 'xa-mau-2025-tayninh'))?.locked).toBe(false);
    await upsertDtiUnits(t.db, [
      { id: 'hong-bang', name: 'Phường Hồng Bàng', level: 'commune', groupCode: 'phuong' },
      { id: 'an-lao', name: 'Xã An Lão', level: 'commune', groupCode: 'xa' },
    ]);
    const cycle = await insertDtiCycle(t.db, {
      year: 2025,
      level: 'commune',
      name: 'DTI cấp xã 2025',
      frameworkId: 'xa-mau-2025-tayninh',
      deadline: '2026-01-31',
      imputation: 'none',
      openedBy: null,
      openedAt: at,
      units: [
        { unitId: 'hong-bang', groupCode: 'phuong' },
        { unitId: 'an-lao', groupCode: 'xa' },
      ],
    });
    expect((await findDtiFramework(t.db, 'xa-mau-2025-tayninh'))?.locked).toBe(true);

    const key = (unitId: string, componentId: string) => ({ cycleId: cycle.id, unitId, componentId });
    await insertDtiInput(
      t.db,
      key('hong-bang', '1.1'),
      { status: 'accepted', value: { numerator: 5, denominator: 10 } },
      null,
      at,
    );
    await insertDtiInput(t.db, key('hong-bang', '1.4'), { status: 'submitted', value: 'yes' }, null, at);
    await insertDtiInput(t.db, key('an-lao', '1.4'), { status: 'accepted', value: 'yes' }, null, at);
    // the reviewer appraised An Lão's answer as partial: the final value is the reviewer's
    await updateDtiInput(t.db, key('an-lao', '1.4'), 1, { appraisedValue: 'partial' }, null, at);
    // creating an item that exists already is refused (the caller answers CONFLICT)
    expect(
      await insertDtiInput(t.db, key('an-lao', '1.4'), { status: 'draft', value: 'no' }, null, at),
    ).toBeUndefined();

    expect(
      (await acceptedDtiValues(t.db, cycle.id)).sort((a, b) => a.unitId.localeCompare(b.unitId)),
    ).toEqual([
      { unitId: 'an-lao', componentId: '1.4', value: 'partial' },
      { unitId: 'hong-bang', componentId: '1.1', value: { numerator: 5, denominator: 10 } },
    ]);
    expect(
      (await dtiStatusCounts(t.db, cycle.id)).sort((a, b) =>
        (a.unitId + a.status).localeCompare(b.unitId + b.status),
      ),
    ).toEqual([
      { unitId: 'an-lao', status: 'accepted', count: 1 },
      { unitId: 'hong-bang', status: 'accepted', count: 1 },
      { unitId: 'hong-bang', status: 'submitted', count: 1 },
    ]);
  });

  it('keeps the command log append-only', async () => {
    await appendDtiEvents(t.db, [{ at, actorUserId: null, action: 'framework.save', frameworkId: 'x' }]);
    const refusal = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: { message: string; cause?: { message?: string } }) => e.cause?.message ?? e.message,
      );
    expect(await refusal(t.db.execute(sql`update dti_events set action = 'khác'`))).toMatch(
      /dti_events is append-only \(UPDATE refused\)/,
    );
    expect(await refusal(t.db.execute(sql`delete from dti_events`))).toMatch(
      /append-only \(DELETE refused\)/,
    );
    expect(await listDtiEvents(t.db, { frameworkId: 'x' })).toHaveLength(1);
  });
});
