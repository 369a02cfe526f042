import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thrown } from '../errors.testing';
import { isWorkingDay, workingDaysBetween } from '../calendar';
import {
  classifyTimeliness,
  computeDeadline,
  effectiveReceiptDate,
  extendDeadlineOnce,
  remainingWorkingDays,
  timelinessLabels,
  type ClockPause,
  type DeadlineInput,
} from './index';

const wd = (amount: number) => ({ amount, unit: 'working_days' as const });
const cd = (amount: number) => ({ amount, unit: 'calendar_days' as const });

describe('effectiveReceiptDate (15:00 cut-off, Vietnam time)', () => {
  it.each([
    ['2026-03-02T09:00:00+07:00', '2026-03-02', 'thứ Hai buổi sáng'],
    ['2026-03-02T15:00:00+07:00', '2026-03-02', 'đúng 15:00 vẫn tính trong ngày'],
    ['2026-03-02T15:00:01+07:00', '2026-03-03', 'sau 15:00 → ngày làm việc tiếp theo'],
    ['2026-03-02T16:10:00+07:00', '2026-03-03', 'sau 15:00'],
    ['2026-03-02T08:30:00Z', '2026-03-03', '08:30 UTC là 15:30 giờ Việt Nam'],
    ['2026-03-01T20:00:00Z', '2026-03-02', '20:00 UTC Chủ nhật là 03:00 thứ Hai giờ Việt Nam'],
    ['2026-03-02T09:00:00+09:00', '2026-03-02', '09:00 +09:00 là 07:00 giờ Việt Nam'],
    ['2026-03-07T10:00:00+07:00', '2026-03-09', 'nộp thứ Bảy → thứ Hai'],
    ['2026-02-13T16:00:00+07:00', '2026-02-23', 'thứ Sáu sau 15:00 trước Tết → sau Tết'],
    ['2026-02-18T10:00:00+07:00', '2026-02-23', 'nộp trực tuyến trong Tết'],
    ['2026-01-09T15:30:00+07:00', '2026-01-10', 'thứ Sáu sau 15:00 → thứ Bảy làm bù 10/01/2026'],
  ])('%s → %s (%s)', (ts, expected) => {
    expect(effectiveReceiptDate(ts)).toBe(expected);
  });
});

describe('computeDeadline', () => {
  it.each<[string, DeadlineInput, string]>([
    [
      '5 ngày làm việc, nhận sáng thứ Hai',
      { processingTime: wd(5), receivedAt: '2026-03-02T09:00:00+07:00' },
      '2026-03-09',
    ],
    [
      'nhận sau 15:00 tính từ ngày làm việc tiếp theo',
      { processingTime: wd(5), receivedAt: '2026-03-02T16:10:00+07:00' },
      '2026-03-10',
    ],
    ['nhận thứ Bảy', { processingTime: wd(5), receivedAt: '2026-03-07T10:00:00+07:00' }, '2026-03-16'],
    ['qua Tết 2026', { processingTime: wd(5), receivedAt: '2026-02-12T10:00:00+07:00' }, '2026-02-26'],
    [
      'thứ Sáu sau 15:00 trước Tết, 1 ngày',
      { processingTime: wd(1), receivedAt: '2026-02-13T16:00:00+07:00' },
      '2026-02-24',
    ],
    [
      'thứ Sáu trước Tết, 1 ngày',
      { processingTime: wd(1), receivedAt: '2026-02-13T10:00:00+07:00' },
      '2026-02-23',
    ],
    [
      'qua 30/4–01/5/2025 (thứ Bảy 26/4 làm bù là ngày thứ 2)',
      { processingTime: wd(5), receivedAt: '2025-04-24T10:00:00+07:00' },
      '2025-05-05',
    ],
    ['trả ngay trong ngày', { processingTime: wd(0), receivedAt: '2026-03-02T09:00:00+07:00' }, '2026-03-02'],
    [
      'tạm dừng 04/3 → 11/3 kéo dài 5 ngày làm việc',
      {
        processingTime: wd(10),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-04', to: '2026-03-11' }],
      },
      '2026-03-23',
    ],
    [
      'bổ sung ngay trong ngày không kéo dài',
      {
        processingTime: wd(10),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-04', to: '2026-03-04' }],
      },
      '2026-03-16',
    ],
    [
      'tạm dừng qua Tết chỉ tính ngày làm việc',
      {
        processingTime: wd(15),
        receivedAt: '2026-02-02T09:00:00+07:00',
        pauses: [{ from: '2026-02-10', to: '2026-02-24' }],
      },
      '2026-03-09',
    ],
    [
      'yêu cầu bổ sung và nghĩa vụ tài chính',
      {
        processingTime: wd(10),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [
          { from: '2026-03-03', to: '2026-03-05' },
          { from: '2026-03-10', to: '2026-03-12' },
        ],
      },
      '2026-03-20',
    ],
    [
      'tạm dừng bắt đầu từ ngày hết hạn không gia hạn',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-09', to: '2026-03-12' }],
      },
      '2026-03-09',
    ],
    [
      'tạm dừng một ngày trước hạn',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-06', to: '2026-03-12' }],
      },
      '2026-03-13',
    ],
    [
      '25 ngày (ngày lịch) rơi vào thứ Sáu',
      { processingTime: cd(25), receivedAt: '2026-03-02T09:00:00+07:00' },
      '2026-03-27',
    ],
    [
      '26 ngày rơi vào thứ Bảy → thứ Hai (BLDS Điều 148)',
      { processingTime: cd(26), receivedAt: '2026-03-02T09:00:00+07:00' },
      '2026-03-30',
    ],
    [
      '14 ngày rơi vào Tết → ngày làm việc sau Tết',
      { processingTime: cd(14), receivedAt: '2026-02-02T09:00:00+07:00' },
      '2026-02-23',
    ],
    [
      'ngày lịch với tạm dừng 5 ngày',
      {
        processingTime: cd(25),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-05', to: '2026-03-10' }],
      },
      '2026-04-01',
    ],
    [
      'ngày lịch, nhận sau 15:00',
      { processingTime: cd(25), receivedAt: '2026-03-02T15:30:00+07:00' },
      '2026-03-30',
    ],
  ])('%s', (_name, input, expected) => {
    expect(computeDeadline(input)).toBe(expected);
  });

  it('refuses an open pause: no deadline while the clock is stopped', () => {
    expect(
      thrown(() =>
        computeDeadline({
          processingTime: wd(10),
          receivedAt: '2026-03-02T09:00:00+07:00',
          pauses: [{ from: '2026-03-04' }],
        }),
      ),
    ).toMatchObject({ code: 'BAD_INPUT', details: { reason: 'OPEN_PAUSE' } });
  });

  it.each<[string, DeadlineInput]>([
    ['timestamp without offset', { processingTime: wd(5), receivedAt: '2026-03-02T09:00:00' }],
    ['impossible date', { processingTime: wd(5), receivedAt: '2026-02-30T09:00:00+07:00' }],
    ['impossible hour', { processingTime: wd(5), receivedAt: '2026-03-02T25:00:00+07:00' }],
    ['date only', { processingTime: wd(5), receivedAt: '2026-03-02' }],
    ['negative duration', { processingTime: wd(-1), receivedAt: '2026-03-02T09:00:00+07:00' }],
    ['fractional duration', { processingTime: wd(2.5), receivedAt: '2026-03-02T09:00:00+07:00' }],
    [
      'unknown unit',
      { processingTime: { amount: 5, unit: 'months' as never }, receivedAt: '2026-03-02T09:00:00+07:00' },
    ],
    [
      'pause before receipt',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-01', to: '2026-03-03' }],
      },
    ],
    [
      'pause ending before it starts',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-05', to: '2026-03-03' }],
      },
    ],
    [
      'overlapping pauses',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [
          { from: '2026-03-03', to: '2026-03-06' },
          { from: '2026-03-05', to: '2026-03-09' },
        ],
      },
    ],
    [
      'open pause that is not the last',
      {
        processingTime: wd(5),
        receivedAt: '2026-03-02T09:00:00+07:00',
        pauses: [{ from: '2026-03-03' }, { from: '2026-03-05', to: '2026-03-09' }],
      },
    ],
  ])('rejects %s with BAD_INPUT', (_name, input) => {
    expect(() => computeDeadline(input)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});

describe('remainingWorkingDays', () => {
  const input: DeadlineInput = { processingTime: wd(5), receivedAt: '2026-03-02T09:00:00+07:00' };
  it.each([
    ['2026-03-02', 5],
    ['2026-03-06', 1],
    ['2026-03-07', 1],
    ['2026-03-09', 0],
    ['2026-03-10', -1],
    ['2026-03-13', -4],
  ])('on %s → %i', (onDate, expected) => {
    expect(remainingWorkingDays(input, onDate)).toBe(expected);
  });
  it('counts the full time before the clock starts (receipt after 15:00)', () => {
    expect(remainingWorkingDays({ ...input, receivedAt: '2026-03-02T16:00:00+07:00' }, '2026-03-02')).toBe(5);
  });
  it('freezes the count while a pause is open', () => {
    const paused: DeadlineInput = {
      processingTime: wd(10),
      receivedAt: '2026-03-02T09:00:00+07:00',
      pauses: [{ from: '2026-03-04' }],
    };
    expect(remainingWorkingDays(paused, '2026-03-03')).toBe(9);
    expect(remainingWorkingDays(paused, '2026-03-04')).toBe(8);
    expect(remainingWorkingDays(paused, '2026-03-20')).toBe(8);
    expect(remainingWorkingDays(paused, '2026-06-30')).toBe(8);
  });
  it('agrees with the deadline once the pause is closed', () => {
    const resumed: DeadlineInput = {
      processingTime: wd(10),
      receivedAt: '2026-03-02T09:00:00+07:00',
      pauses: [{ from: '2026-03-04', to: '2026-03-11' }],
    };
    expect(remainingWorkingDays(resumed, '2026-03-06')).toBe(8); // inside the pause: frozen
    expect(remainingWorkingDays(resumed, '2026-03-11')).toBe(8);
    expect(remainingWorkingDays(resumed, '2026-03-12')).toBe(7);
    expect(remainingWorkingDays(resumed, computeDeadline(resumed))).toBe(0);
  });
  it('rejects a date before the receipt', () => {
    expect(() => remainingWorkingDays(input, '2026-03-01')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });
});

describe('classifyTimeliness (Mẫu 06: Trước hạn / Đúng hạn / Quá hạn)', () => {
  it.each([
    ['2026-03-09', '2026-03-06', 'early'],
    ['2026-03-09', '2026-03-08', 'early'],
    ['2026-03-09', '2026-03-09', 'on_time'],
    ['2026-03-09', '2026-03-10', 'late'],
    ['2026-02-13', '2026-02-23', 'late'],
  ] as const)('deadline %s, completed %s → %s', (deadline, done, expected) => {
    expect(classifyTimeliness(deadline, done)).toBe(expected);
  });
  it('labels in Vietnamese', () => {
    expect(timelinessLabels).toEqual({ early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn' });
  });
  it('rejects bad dates', () => {
    expect(() => classifyTimeliness('2026-03-32', '2026-03-01')).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });
});

describe('extendDeadlineOnce (Mẫu 04: xin lỗi và hẹn lại)', () => {
  const base = {
    deadline: '2026-03-09',
    newDeadline: '2026-03-13',
    requestedOn: '2026-03-06',
    previousExtensions: 0,
  };
  it('moves the return date once', () => {
    expect(extendDeadlineOnce(base)).toBe('2026-03-13');
  });
  it('refuses a second extension', () => {
    expect(thrown(() => extendDeadlineOnce({ ...base, previousExtensions: 1 }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'EXTENSION_ONCE' },
    });
  });
  it('refuses a letter sent on the deadline day or later', () => {
    expect(thrown(() => extendDeadlineOnce({ ...base, requestedOn: '2026-03-09' }))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'EXTENSION_TOO_LATE' },
    });
  });
  it('refuses a new date that is not later or not a working day', () => {
    expect(() => extendDeadlineOnce({ ...base, newDeadline: '2026-03-09' })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
    expect(() => extendDeadlineOnce({ ...base, newDeadline: '2026-03-14' })).toThrow(
      expect.objectContaining({ code: 'BAD_INPUT' }),
    );
  });
});

// ---- properties ----------------------------------------------------------------------------------------
const DAY = 86_400_000;
const iso = (d: number) => new Date(d * DAY).toISOString().slice(0, 10);
const START = Date.UTC(2024, 0, 1) / DAY;
const END = Date.UTC(2032, 11, 1) / DAY;

const inputArb = fc
  .record({
    day: fc.integer({ min: START, max: END }),
    minute: fc.integer({ min: 0, max: 24 * 60 - 1 }),
    offset: fc.constantFrom('+07:00', 'Z', '+09:00', '-05:00'),
    unit: fc.constantFrom('working_days' as const, 'calendar_days' as const),
    amount: fc.integer({ min: 0, max: 60 }),
    gaps: fc.array(
      fc.record({ start: fc.integer({ min: 0, max: 20 }), length: fc.integer({ min: 0, max: 30 }) }),
      { maxLength: 3 },
    ),
  })
  .map(({ day, minute, offset, unit, amount, gaps }) => {
    const hh = String(Math.floor(minute / 60)).padStart(2, '0');
    const mm = String(minute % 60).padStart(2, '0');
    const receivedAt = `${iso(day)}T${hh}:${mm}:00${offset}`;
    // pauses after the (Vietnam-time) receipt day, in order and not overlapping
    let cursor = day + 1;
    const pauses: ClockPause[] = gaps.map((g) => {
      const from = cursor + g.start;
      const to = from + g.length;
      cursor = to;
      return { from: iso(from), to: iso(to) };
    });
    return { processingTime: { amount, unit }, receivedAt, pauses } satisfies DeadlineInput;
  });

describe('deadline properties', () => {
  it('computeDeadline never returns a non-working day, nor a day before the receipt counts', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const d = computeDeadline(input);
        expect(isWorkingDay(d)).toBe(true);
        expect(d >= effectiveReceiptDate(input.receivedAt)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('pauses never bring the deadline forward', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(computeDeadline(input) >= computeDeadline({ ...input, pauses: [] })).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it('without pauses, a working-day deadline is exactly n working days after the counted receipt day', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plain = {
          ...input,
          processingTime: { ...input.processingTime, unit: 'working_days' as const },
          pauses: [],
        };
        expect(workingDaysBetween(effectiveReceiptDate(plain.receivedAt), computeDeadline(plain))).toBe(
          plain.processingTime.amount,
        );
      }),
      { numRuns: 300 },
    );
  });
  it('a working-day deadline moves by the working days stopped, for pauses before the deadline', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const plain = {
          ...input,
          processingTime: { ...input.processingTime, unit: 'working_days' as const },
        };
        const base = computeDeadline({ ...plain, pauses: [] });
        const counted = effectiveReceiptDate(plain.receivedAt);
        const clockFrom = (p: ClockPause) => (p.from > counted ? p.from : counted);
        // one pause that stops the clock before the deadline (a pause from the deadline day on changes nothing)
        const pauses = (plain.pauses ?? [])
          .filter((p) => clockFrom(p) < base)
          .slice(0, 1) as Required<ClockPause>[];
        const withPause = computeDeadline({ ...plain, pauses });
        const stopped = pauses.reduce((s, p) => s + workingDaysBetween(clockFrom(p), p.to), 0);
        expect(workingDaysBetween(base, withPause)).toBe(stopped);
      }),
      { numRuns: 300 },
    );
  });
});
