import { asc, eq } from 'drizzle-orm';
import type { CalendarAnnouncement, CalendarAnnouncementKind } from '@skhcn/domain';
import type { DbExecutor } from './db-executor';
import { calendarAnnouncements, users } from '../schema';

export interface CalendarAnnouncementRecord extends CalendarAnnouncement {
  id: number;
  recordedAt: Date;
  recordedBy: { id: string; fullName: string };
}

/** Every recorded announcement, oldest first (a later one for the same date overrides an earlier one). */
export async function listCalendarAnnouncements(db: DbExecutor): Promise<CalendarAnnouncementRecord[]> {
  const rows = await db
    .select({ a: calendarAnnouncements, fullName: users.fullName })
    .from(calendarAnnouncements)
    .innerJoin(users, eq(users.id, calendarAnnouncements.recordedBy))
    .orderBy(asc(calendarAnnouncements.id));
  return rows.map(({ a, fullName }) => ({
    id: a.id,
    date: a.date,
    kind: a.kind as CalendarAnnouncementKind,
    name: a.name,
    sourceDocument: a.sourceDocument,
    ...(a.sourceDate ? { sourceDate: a.sourceDate } : {}),
    recordedAt: a.recordedAt,
    recordedBy: { id: a.recordedBy, fullName },
  }));
}

export async function insertCalendarAnnouncement(
  db: DbExecutor,
  a: CalendarAnnouncement & { recordedBy: string; recordedAt: Date },
): Promise<number> {
  const [row] = await db
    .insert(calendarAnnouncements)
    .values({
      date: a.date,
      kind: a.kind,
      name: a.name,
      sourceDocument: a.sourceDocument,
      sourceDate: a.sourceDate ?? null,
      recordedBy: a.recordedBy,
      recordedAt: a.recordedAt,
    })
    .returning({ id: calendarAnnouncements.id });
  if (!row) throw new Error('calendar announcement not inserted');
  return row.id;
}
