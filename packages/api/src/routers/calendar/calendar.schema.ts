import { z } from 'zod';
import { calendarAnnouncementSchema, MAX_CALENDAR_YEAR, MIN_CALENDAR_YEAR } from '@skhcn/domain';

export const calendarYearSchema = z.object({
  year: z
    .number()
    .int()
    .min(MIN_CALENDAR_YEAR, { message: `Lịch chỉ tính từ năm ${MIN_CALENDAR_YEAR}.` })
    .max(MAX_CALENDAR_YEAR, { message: `Lịch chỉ tính đến năm ${MAX_CALENDAR_YEAR}.` }),
});

export { calendarAnnouncementSchema as announceSchema };
