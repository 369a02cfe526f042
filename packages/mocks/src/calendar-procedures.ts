// calendar.* for the front-ends' tests and standalone development: the domain's calendar with the announcements
// recorded in this mock session (the same rules as the server's router).
import type { CalendarYearView } from '@skhcn/api';
import {
  applyCalendarAnnouncements,
  baseCalendarForYear,
  calendarAnnouncementProblem,
  calendarAnnouncementSchema,
  type CalendarAnnouncement,
} from '@skhcn/domain';
import type { MockUser } from './fixtures';
import { MockTrpcError, type MockProcedure, type MockResolver } from './trpc-envelope';

type Recorded = CalendarYearView['announcements'][number];

export function calendarProcedures(
  currentUser: () => MockUser,
  now: () => Date,
): Record<string, MockProcedure> {
  const recorded: Recorded[] = [];
  const inForce = (year: number) =>
    applyCalendarAnnouncements(
      baseCalendarForYear(year),
      recorded.map((r): CalendarAnnouncement => r),
    );
  const query = (resolve: MockResolver): MockProcedure => ({ type: 'query', resolve });
  const mutation = (resolve: MockResolver): MockProcedure => ({ type: 'mutation', resolve });
  return {
    'calendar.year': query((input): CalendarYearView => {
      currentUser();
      const year = Number((input as { year?: unknown } | undefined)?.year);
      const cal = inForce(year);
      return {
        year,
        computed: cal.computed === true,
        source: { document: cal.source.document, ...(cal.source.note ? { note: cal.source.note } : {}) },
        daysOff: cal.holidays,
        makeUpWorkingDays: cal.makeUpWorkingDays,
        announcements: recorded.filter((r) => r.date.startsWith(`${year}-`)).reverse(),
      };
    }),
    'calendar.announce': mutation((input) => {
      const user = currentUser();
      if (!user.memberships.some((m) => m.role === 'admin')) throw new MockTrpcError('FORBIDDEN');
      const parsed = calendarAnnouncementSchema.safeParse(input);
      if (!parsed.success)
        throw new MockTrpcError(
          'BAD_INPUT',
          parsed.error.issues[0]?.message,
          parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
        );
      const a = parsed.data;
      const problem = calendarAnnouncementProblem(a, inForce(Number(a.date.slice(0, 4))));
      if (problem) throw new MockTrpcError('BAD_INPUT', problem);
      const id = recorded.length + 1;
      recorded.push({
        ...a,
        id,
        recordedAt: now().toISOString(),
        recordedBy: { id: user.id, fullName: user.fullName },
      });
      return { id };
    }),
  };
}
