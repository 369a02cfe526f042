import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  applyCalendarAnnouncements,
  baseCalendarForYear,
  calendarAnnouncementProblem,
  calendarAnnouncementSchema,
  calendarForYear,
  installCalendarAnnouncements,
  isWorkingDay,
  workingDaysBetween,
  type CalendarAnnouncement,
} from './index';

const cultureDay: CalendarAnnouncement = {
  date: '2027-11-24',
  kind: 'day_off',
  name: 'Ngày Văn hóa Việt Nam (24/11)',
  sourceDocument: 'Bộ luật Lao động (sửa đổi) Điều 112',
  sourceDate: '2027-06-01',
};
const makeUpSaturday: CalendarAnnouncement = {
  date: '2027-01-09',
  kind: 'working_day',
  name: 'Làm bù cho thứ Hai 04/01/2027',
  sourceDocument: 'Thông báo 1/TB-BNV',
};
const swappedMonday: CalendarAnnouncement = {
  date: '2027-01-04',
  kind: 'day_off',
  name: 'Nghỉ hoán đổi (làm bù thứ Bảy 09/01/2027)',
  sourceDocument: 'Thông báo 1/TB-BNV',
};

afterEach(() => installCalendarAnnouncements([]));

describe('calendar announcements recorded by the administrator', () => {
  it('a recorded day off moves every deadline that crosses it by one working day', () => {
    // Tuesday 23/11/2027 + 1 working day is Wednesday 24/11 without the announcement
    expect(addWorkingDays('2027-11-23', 1)).toBe('2027-11-24');
    installCalendarAnnouncements([cultureDay]);
    expect(isWorkingDay('2027-11-24')).toBe(false);
    expect(addWorkingDays('2027-11-23', 1)).toBe('2027-11-25');
    expect(calendarForYear(2027).holidays.find((h) => h.date === '2027-11-24')).toMatchObject({
      name: 'Ngày Văn hóa Việt Nam (24/11)',
      source: { document: 'Bộ luật Lao động (sửa đổi) Điều 112' },
    });
    installCalendarAnnouncements([]);
    expect(addWorkingDays('2027-11-23', 1)).toBe('2027-11-24');
  });

  it('a swap: the Monday off and the Saturday worked keep the year’s working days equal', () => {
    const before = workingDaysBetween('2026-12-31', '2027-12-31');
    installCalendarAnnouncements([swappedMonday, makeUpSaturday]);
    expect(isWorkingDay('2027-01-04')).toBe(false);
    expect(isWorkingDay('2027-01-09')).toBe(true);
    expect(workingDaysBetween('2026-12-31', '2027-12-31')).toBe(before);
  });

  it('a working day can cancel a day off of the shipped calendar', () => {
    expect(isWorkingDay('2027-04-16')).toBe(false); // Giỗ Tổ 2027
    installCalendarAnnouncements([
      { date: '2027-04-16', kind: 'working_day', name: 'Đi làm', sourceDocument: 'Thông báo thử' },
    ]);
    expect(isWorkingDay('2027-04-16')).toBe(true);
  });

  it('announcements of another year leave a year as shipped', () => {
    expect(applyCalendarAnnouncements(baseCalendarForYear(2026), [cultureDay])).toBe(
      baseCalendarForYear(2026),
    );
  });

  it('for any weekday recorded off, the working days of its year drop by exactly one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (offset) => {
        const date = new Date(Date.UTC(2029, 0, 1 + offset)).toISOString().slice(0, 10);
        const a: CalendarAnnouncement = { date, kind: 'day_off', name: 'Nghỉ', sourceDocument: 'TB thử' };
        if (calendarAnnouncementProblem(a, baseCalendarForYear(2029)) !== null) return;
        const before = workingDaysBetween('2028-12-31', '2029-12-31');
        installCalendarAnnouncements([a]);
        expect(workingDaysBetween('2028-12-31', '2029-12-31')).toBe(before - 1);
        installCalendarAnnouncements([]);
      }),
    );
  });

  it.each<[string, CalendarAnnouncement, string | null]>([
    ['a weekday off', cultureDay, null],
    ['a Sunday off', { ...cultureDay, date: '2027-11-28' }, 'Ngày này đã là ngày nghỉ trong lịch.'],
    ['Tết off again', { ...cultureDay, date: '2027-02-08' }, 'Ngày này đã là ngày nghỉ trong lịch.'],
    [
      'a weekday worked',
      { ...makeUpSaturday, date: '2027-01-05' },
      'Ngày này đã là ngày làm việc trong lịch.',
    ],
    ['a Saturday worked', makeUpSaturday, null],
  ])('%s: %s', (_what, a, problem) => {
    expect(calendarAnnouncementProblem(a, baseCalendarForYear(Number(a.date.slice(0, 4))))).toBe(problem);
  });

  it('the form explains in Vietnamese what is missing', () => {
    const r = calendarAnnouncementSchema.safeParse({
      date: '2027-13-01',
      kind: 'x',
      name: '',
      sourceDocument: '',
    });
    expect(r.success).toBe(false);
    const messages = r.error?.issues.map((i) => i.message) ?? [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'Ngày phải theo dạng yyyy-mm-dd.',
        'Chọn loại: ngày nghỉ hoặc ngày làm việc.',
        'Ghi rõ ngày đó là gì (ví dụ "Ngày Văn hóa Việt Nam (24/11)").',
        'Ghi số hiệu văn bản thông báo (ví dụ "Thông báo 6150/TB-LĐTBXH").',
      ]),
    );
  });
});
