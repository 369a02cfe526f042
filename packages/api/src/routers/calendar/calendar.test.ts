import { sql } from 'drizzle-orm';
import { afterEach, beforeAll, expect, it } from 'vitest';
import { describeEachDatabase } from '@skhcn/db/testing';
import { installCalendarAnnouncements } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import {
  appCodeOf,
  as,
  seedStoryPeople,
  sessionUser,
  vn,
  type StoryPeople,
} from '../../testing/one-stop.test-kit';
import { loadCalendarAnnouncements } from './calendar.handler';

const cultureDay = {
  date: '2027-11-24',
  kind: 'day_off' as const,
  name: 'Ngày Văn hóa Việt Nam (24/11)',
  sourceDocument: 'Thông báo 100/TB-BNV',
  sourceDate: '2027-10-01',
};

describeEachDatabase('calendar announcements', (t) => {
  let people: StoryPeople;
  let admin: SessionUser;
  const day = vn('2027-10-05');

  beforeAll(async () => {
    people = await seedStoryPeople(t.db);
    admin = await sessionUser(t.db, 'quantri');
  });
  afterEach(async () => {
    installCalendarAnnouncements([]);
    await t.db.execute(sql`truncate calendar_announcements`);
  });

  it('the administrator records a day off; deadlines count with it at once and it shows in the year', async () => {
    const before = await as(t.db, people.officer, day).calendar.year({ year: 2027 });
    expect(before.daysOff.map((d) => d.date)).not.toContain('2027-11-24');

    await as(t.db, admin, day).calendar.announce(cultureDay);

    const after = await as(t.db, people.officer, day).calendar.year({ year: 2027 });
    expect(after.daysOff.find((d) => d.date === '2027-11-24')).toMatchObject({
      name: 'Ngày Văn hóa Việt Nam (24/11)',
      source: { document: 'Thông báo 100/TB-BNV' },
    });
    expect(after.announcements).toEqual([
      expect.objectContaining({
        date: '2027-11-24',
        kind: 'day_off',
        recordedBy: { id: admin.id, fullName: admin.fullName },
        recordedAt: day.toISOString(),
      }),
    ]);
  });

  it('a process that starts later loads the record and counts with it', async () => {
    await as(t.db, admin, day).calendar.announce(cultureDay);
    installCalendarAnnouncements([]); // as a fresh process
    expect(await loadCalendarAnnouncements(t.db)).toBe(1);
    const view = await as(t.db, people.officer, day).calendar.year({ year: 2027 });
    expect(view.daysOff.map((d) => d.date)).toContain('2027-11-24');
  });

  it('only an administrator records, and a record that changes nothing is refused in Vietnamese', async () => {
    expect(await appCodeOf(as(t.db, people.leader, day).calendar.announce(cultureDay))).toBe('FORBIDDEN');
    expect(await appCodeOf(as(t.db, people.applicant, day).calendar.announce(cultureDay))).toBe('FORBIDDEN');
    await expect(
      as(t.db, admin, day).calendar.announce({ ...cultureDay, date: '2027-11-28' }),
    ).rejects.toThrow('Ngày này đã là ngày nghỉ trong lịch.');
    expect(
      await appCodeOf(as(t.db, admin, day).calendar.announce({ ...cultureDay, sourceDocument: '' })),
    ).toBe('BAD_INPUT');
    expect((await as(t.db, admin, day).calendar.year({ year: 2027 })).announcements).toEqual([]);
  });

  it('keeps every record: the table refuses UPDATE and DELETE', async () => {
    await as(t.db, admin, day).calendar.announce(cultureDay);
    const refusal = (q: Promise<unknown>) =>
      q.then(
        () => 'accepted',
        (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
      );
    expect(await refusal(t.db.execute(sql`delete from calendar_announcements`))).toMatch(/append-only/);
    expect(await refusal(t.db.execute(sql`update calendar_announcements set name = 'x'`))).toMatch(
      /append-only/,
    );
  });
});
