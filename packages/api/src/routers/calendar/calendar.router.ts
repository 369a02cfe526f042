import { protectedProcedure, requireRight, router } from '../../trpc';
import { announceHandler, calendarYearHandler } from './calendar.handler';
import { announceSchema, calendarYearSchema } from './calendar.schema';

/** The working-day calendar every deadline counts with, and the administrator's record of announcements. */
export const calendarRouter = router({
  year: protectedProcedure.input(calendarYearSchema).query(calendarYearHandler),
  announce: protectedProcedure
    .input(announceSchema)
    .use(requireRight('org.manage'))
    .mutation(announceHandler),
});
