import { DomainError } from '../errors';
import type { Duration } from '../procedures';
import { addWorkingDays, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween } from '../calendar';
import { addCalendarDays, calendarDaysBetween, toDayNumber } from '../calendar/iso-date';
import type { ClockPause, DeadlineInput, Timeliness } from './index';
import { DEADLINE_RULES } from './deadline-rules.data';

/*
 * The appointment date (ngày hẹn trả kết quả):
 *  1. the receipt is dated in Vietnam time (UTC+7) whatever offset the timestamp carries;
 *  2. a receipt after 15:00, or on a non-working day, is treated as received on the next working day
 *     (DEADLINE_RULES.receiptCutoff, confidence M); call that day E;
 *  3. the day of receipt is not counted (Bộ luật Dân sự 2015 Điều 147 khoản 2):
 *     working days → the n-th working day after E;
 *     calendar days → E + n days, moved to the next working day when that is a weekend or holiday
 *     (Bộ luật Dân sự 2015 Điều 148 khoản 5);
 *  4. each closed pause {from, to} (request for additions → additions received; payment requested → paid)
 *     stops the clock: the working days still left on `from` start again after `to`, i.e. the deadline moves
 *     by the working days in (from, to] (calendar days for calendar-day procedures). A pause that starts on or
 *     after the deadline does not move it: the dossier was already due.
 *  5. an open pause (no `to`) means there is no deadline yet. computeDeadline is pure, so it refuses an open
 *     pause (BAD_INPUT) instead of assuming "resumed today"; use remainingWorkingDays(input, onDate), which
 *     freezes the count at the start of the pause.
 */

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const MS_PER_DAY = 86_400_000;

function badTimestamp(value: unknown): DomainError {
  return new DomainError(
    'BAD_INPUT',
    `Thời điểm tiếp nhận không hợp lệ (cần dạng ISO có múi giờ, ví dụ 2026-03-02T16:10:00+07:00): ${String(value)}`,
    {
      value,
    },
  );
}

/** The Vietnam local date and time of day (ms since local midnight) of an ISO timestamp with offset. */
export function vietnamLocalTime(timestamp: string): { date: string; msOfDay: number } {
  if (typeof timestamp !== 'string') throw badTimestamp(timestamp);
  const [, datePart, hh, mm, ss] = TIMESTAMP.exec(timestamp) ?? [];
  if (!datePart) throw badTimestamp(timestamp);
  toDayNumber(datePart); // a real calendar date as written
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 59) throw badTimestamp(timestamp);
  const ms = Date.parse(timestamp);
  if (Number.isNaN(ms)) throw badTimestamp(timestamp);
  const local = ms + DEADLINE_RULES.receiptCutoff.utcOffsetMinutes * 60_000;
  const date = new Date(Math.floor(local / MS_PER_DAY) * MS_PER_DAY).toISOString().slice(0, 10);
  toDayNumber(date); // within the calendar's range
  return { date, msOfDay: ((local % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY };
}

/** The day the receipt counts as made: the local date, or the next working day when after 15:00 or on a day off. */
export function effectiveReceiptDate(receivedAt: string): string {
  const { date, msOfDay } = vietnamLocalTime(receivedAt);
  const { hour, minute } = DEADLINE_RULES.receiptCutoff;
  const cutoff = (hour * 60 + minute) * 60_000;
  if (isWorkingDay(date) && msOfDay <= cutoff) return date;
  return addWorkingDays(date, 1);
}

function assertDuration(d: Duration | undefined): asserts d is Duration {
  if (
    !d ||
    !Number.isSafeInteger(d.amount) ||
    d.amount < 0 ||
    (d.unit !== 'working_days' && d.unit !== 'calendar_days')
  ) {
    throw new DomainError(
      'BAD_INPUT',
      'Thời hạn giải quyết không hợp lệ (cần số ngày nguyên không âm, đơn vị ngày làm việc hoặc ngày).',
      {
        value: d,
      },
    );
  }
}

interface ClosedPause {
  from: string;
  to: string;
}

/** Validates pauses: ISO dates, from ≤ to, in order, not overlapping, not before the receipt; only the last may be open. */
function checkPauses(
  pauses: readonly ClockPause[] | undefined,
  receiptLocalDate: string,
): { closed: ClosedPause[]; open?: string } {
  const list = pauses ?? [];
  const closed: ClosedPause[] = [];
  let open: string | undefined;
  let previousEnd = receiptLocalDate;
  list.forEach((p, i) => {
    const bad = (why: string) =>
      new DomainError('BAD_INPUT', `Khoảng tạm dừng thứ ${i + 1} không hợp lệ: ${why}.`, {
        pause: p,
        index: i,
      });
    if (!p || typeof p !== 'object') throw bad('thiếu dữ liệu');
    toDayNumber(p.from);
    if (p.from < previousEnd) throw bad('bắt đầu trước ngày tiếp nhận hoặc trước khi khoảng trước kết thúc');
    if (p.to === undefined) {
      if (i !== list.length - 1) throw bad('chưa kết thúc nhưng không phải khoảng cuối cùng');
      open = p.from;
      return;
    }
    toDayNumber(p.to);
    if (p.to < p.from) throw bad('ngày tiếp tục trước ngày tạm dừng');
    closed.push({ from: p.from, to: p.to });
    previousEnd = p.to;
  });
  return open === undefined ? { closed } : { closed, open };
}

function deadlineWithClosedPauses(
  processingTime: Duration,
  start: string,
  closed: readonly ClosedPause[],
): string {
  const n = processingTime.amount;
  // the clock only runs from the counted receipt day: clip each pause to it
  const clipped = closed.map((p) => ({
    from: p.from > start ? p.from : start,
    to: p.to > start ? p.to : start,
  }));
  if (processingTime.unit === 'working_days') {
    let d = addWorkingDays(start, n);
    for (const p of clipped) if (p.from < d) d = addWorkingDays(p.to, workingDaysBetween(p.from, d));
    return d;
  }
  let raw = addCalendarDays(start, n);
  for (const p of clipped) if (p.from < raw) raw = addCalendarDays(raw, calendarDaysBetween(p.from, p.to));
  return nextWorkingDayOnOrAfter(raw);
}

/**
 * The appointment date (ISO date, always a working day). Receipts after 15:00 count from the next working day.
 * Throws DomainError('BAD_INPUT') while a pause is open: there is no deadline until the clock resumes.
 */
export function computeDeadline(input: DeadlineInput): string {
  assertDuration(input?.processingTime);
  const local = vietnamLocalTime(input.receivedAt).date;
  const { closed, open } = checkPauses(input.pauses, local);
  if (open !== undefined) {
    throw new DomainError(
      'BAD_INPUT',
      'Hồ sơ đang tạm dừng tính thời hạn (chờ bổ sung hoặc thực hiện nghĩa vụ tài chính): chưa xác định được ngày hẹn trả.',
      { reason: 'OPEN_PAUSE', pausedFrom: open },
    );
  }
  return deadlineWithClosedPauses(input.processingTime, effectiveReceiptDate(input.receivedAt), closed);
}

/** Working days from a to b, negative when b is earlier. */
function signedWorkingDays(a: string, b: string): number {
  return b >= a ? workingDaysBetween(a, b) : -workingDaysBetween(b, a);
}

/**
 * Working days left on `onDate` until the deadline: 0 on the deadline day, negative when overdue (the number of
 * working days late). While the clock is paused the count is frozen at its value on the day the pause began.
 */
export function remainingWorkingDays(input: DeadlineInput, onDate: string): number {
  assertDuration(input?.processingTime);
  toDayNumber(onDate);
  const local = vietnamLocalTime(input.receivedAt).date;
  if (onDate < local) {
    throw new DomainError('BAD_INPUT', 'Ngày tính phải từ ngày tiếp nhận hồ sơ trở đi.', {
      onDate,
      receivedOn: local,
    });
  }
  const start = effectiveReceiptDate(input.receivedAt);
  const { closed, open } = checkPauses(input.pauses, local);
  const deadline = deadlineWithClosedPauses(input.processingTime, start, closed);
  if (open !== undefined && onDate >= open) {
    return signedWorkingDays(open > start ? open : start, deadline);
  }
  // before counting starts the full time is left; a day inside a closed pause counts as its resume day
  let asOf = onDate < start ? start : onDate;
  for (const p of closed) if (asOf >= p.from && asOf < p.to) asOf = p.to;
  return signedWorkingDays(asOf, deadline);
}

/** Compare the completion date with the deadline (both ISO dates). */
export function classifyTimeliness(deadline: string, completedOn: string): Timeliness {
  const d = toDayNumber(deadline);
  const c = toDayNumber(completedOn);
  return c < d ? 'early' : c === d ? 'on_time' : 'late';
}

export interface DeadlineExtensionInput {
  /** the current appointment date */
  deadline: string;
  /** the date proposed in the apology letter (Mẫu 04) */
  newDeadline: string;
  /** the date the apology letter is issued */
  requestedOn: string;
  /** how many times the return date was already moved */
  previousExtensions: number;
}

/**
 * Moves the appointment date with the apology letter (Mẫu 04): at most once, sent at least one day before the
 * deadline, to a later working day (DEADLINE_RULES.apologyExtension, confidence M). Returns the new deadline.
 */
export function extendDeadlineOnce(input: DeadlineExtensionInput): string {
  const { deadline, newDeadline, requestedOn, previousExtensions } = input;
  toDayNumber(deadline);
  toDayNumber(newDeadline);
  toDayNumber(requestedOn);
  if (!Number.isSafeInteger(previousExtensions) || previousExtensions < 0) {
    throw new DomainError('BAD_INPUT', 'Số lần hẹn lại không hợp lệ.', { previousExtensions });
  }
  if (previousExtensions >= 1) {
    throw new DomainError('INVALID_TRANSITION', 'Ngày hẹn trả kết quả chỉ được hẹn lại một lần.', {
      reason: 'EXTENSION_ONCE',
      previousExtensions,
    });
  }
  if (requestedOn >= deadline) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'Văn bản xin lỗi và hẹn lại phải gửi chậm nhất 01 ngày trước ngày hẹn trả kết quả.',
      {
        reason: 'EXTENSION_TOO_LATE',
        deadline,
        requestedOn,
      },
    );
  }
  if (newDeadline <= deadline) {
    throw new DomainError('BAD_INPUT', 'Ngày hẹn mới phải sau ngày hẹn hiện tại.', { deadline, newDeadline });
  }
  if (!isWorkingDay(newDeadline)) {
    throw new DomainError('BAD_INPUT', 'Ngày hẹn mới phải là ngày làm việc.', { newDeadline });
  }
  return newDeadline;
}
