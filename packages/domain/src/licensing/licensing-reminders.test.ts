import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../calendar';
import { latestRenewalFilingDate } from './licence-rules';
import {
  expiryThresholds,
  inspectionValidUntil,
  isInspectionOverdue,
  reminderSettings,
  remindersDue,
  type ReminderLicence,
} from './licensing-reminders';

const licence = (expiresOn: string, field: 'radiation' | 'postal' = 'radiation'): ReminderLicence => ({
  id: 'gp-1',
  holderId: 'bv-1',
  field,
  number: '3/2026/GPBX-QLCN',
  expiresOn,
});

describe('licence expiry reminders: 90 and 60 days (department practice, L), then the filing window', () => {
  it('radiation: 90, 60 and the 45-day renewal window (NĐ 142/2020); postal: 90, 60 and its 30-day re-issue window', () => {
    const radiation = expiryThresholds('radiation', '2026-06-01');
    expect(radiation.map((t) => t.daysBefore)).toEqual([90, 60, 45]);
    expect(radiation.map((t) => t.source.confidence)).toEqual(['L', 'L', 'L']);
    expect(radiation[2]).toMatchObject({
      renewalWindow: true,
      source: { document: 'Nghị định 332/2025/NĐ-CP' },
    });
    // before 2026 the window is NĐ 142/2020's, confidence H
    expect(expiryThresholds('radiation', '2025-06-01')[2]?.source).toMatchObject({
      document: 'Nghị định 142/2020/NĐ-CP',
      confidence: 'H',
    });
    expect(expiryThresholds('postal', '2026-06-01').map((t) => t.daysBefore)).toEqual([90, 60, 30]);
  });

  it('the 45-day threshold is the renewal window of licence-rules (one value)', () => {
    const expiry = '2027-06-30';
    const fortyFive = remindersDue({ licences: [licence(expiry)] }, latestRenewalFilingDate(expiry));
    expect(fortyFive[0]?.threshold).toBe('45');
    expect(
      remindersDue({ licences: [licence(expiry)] }, addCalendarDays(latestRenewalFilingDate(expiry), -1))[0]
        ?.threshold,
    ).toBe('60');
  });

  // licence expiring 30/06/2027: 90 days before is 01/04/2027, 60 days 01/05/2027, 45 days 16/05/2027
  it.each([
    ['2027-03-31', undefined, undefined],
    ['2027-04-01', '90', 90],
    ['2027-04-30', '90', 61],
    ['2027-05-01', '60', 60],
    ['2027-05-15', '60', 46],
    ['2027-05-16', '45', 45],
    ['2027-06-30', '45', 0],
    ['2027-07-01', undefined, undefined],
  ])('on %s → threshold %s (%s days left)', (today, threshold, daysLeft) => {
    const [r] = remindersDue({ licences: [licence('2027-06-30')] }, today);
    expect(r?.threshold).toBe(threshold);
    expect(r?.daysLeft).toBe(daysLeft);
  });

  it('the message says when the renewal must be filed, in dd/mm/yyyy, or that it is too late for a renewal', () => {
    const [early] = remindersDue({ licences: [licence('2027-06-30')] }, '2027-04-01');
    expect(early?.message).toBe(
      'Giấy phép số 3/2026/GPBX-QLCN hết hạn ngày 30/06/2027 (còn 90 ngày). Hồ sơ gia hạn phải nộp chậm nhất ngày 16/05/2027.',
    );
    const [late] = remindersDue({ licences: [licence('2027-06-30')] }, '2027-06-01');
    expect(late?.message).toContain(
      'Đã quá thời hạn nộp hồ sơ gia hạn (ngày 16/05/2027): cơ sở phải đề nghị cấp giấy phép mới.',
    );
  });

  it('the practice thresholds are configurable', () => {
    const settings = reminderSettings({ practiceDaysBeforeExpiry: [120] });
    expect(expiryThresholds('radiation', '2026-06-01', settings).map((t) => t.daysBefore)).toEqual([120, 45]);
    expect(remindersDue({ licences: [licence('2027-06-30')] }, '2027-04-01', settings)[0]?.threshold).toBe(
      '120',
    );
  });
});

describe('inspection (kiểm định) older than 12 months (licence dossier requirement, M)', () => {
  it.each([
    ['2026-02-10', '2027-02-10'],
    ['2024-02-29', '2025-02-28'],
  ])('inspected %s → current until %s', (last, until) => {
    expect(inspectionValidUntil(last)).toBe(until);
  });

  const device = (lastInspectionOn: string | null) => ({
    id: 'tb-1',
    holderId: 'bv-1',
    label: 'X-quang tổng hợp Shimadzu SH-2025-0412',
    lastInspectionOn,
    inServiceSince: '2026-01-05',
  });

  it.each([
    ['2026-02-10', '2027-02-10', false],
    ['2026-02-10', '2027-02-11', true],
    [null, '2026-01-05', true],
  ])('last inspection %s, on %s → overdue %s', (last, today, overdue) => {
    expect(isInspectionOverdue(last, today)).toBe(overdue);
    expect(remindersDue({ devices: [device(last)] }, today).length).toBe(overdue ? 1 : 0);
  });

  it('the reminder names the device and the dates; its threshold is the due date, so a new inspection starts a new cycle', () => {
    const [r] = remindersDue({ devices: [device('2026-02-10')] }, '2027-03-01');
    expect(r).toMatchObject({
      kind: 'inspection_overdue',
      threshold: '2027-02-10',
      urgency: 'overdue',
      daysLeft: -19,
    });
    expect(r?.message).toBe(
      'Thiết bị X-quang tổng hợp Shimadzu SH-2025-0412 được kiểm định lần cuối ngày 10/02/2026, đã quá 12 tháng (hạn 10/02/2027). Đề nghị cơ sở kiểm định lại thiết bị.',
    );
    const [next] = remindersDue({ devices: [device('2027-02-20')] }, '2028-02-21');
    expect(next?.threshold).toBe('2028-02-20');
  });

  it('the interval is configurable (months)', () => {
    expect(inspectionValidUntil('2026-08-31', reminderSettings({ inspectionIntervalMonths: 6 }))).toBe(
      '2027-02-28',
    );
  });
});

describe('corrections past their deadline', () => {
  const correction = (resolvedOn: string | null) => ({
    id: 'kp-1',
    holderId: 'bv-1',
    description: 'Bổ sung biển cảnh báo bức xạ tại phòng CT',
    deadline: '2026-09-30',
    resolvedOn,
  });
  it.each([
    [null, '2026-09-30', 0],
    [null, '2026-10-01', 1],
    ['2026-09-29', '2026-10-05', 0],
  ])('resolved %s, on %s → %i reminder(s)', (resolved, today, n) => {
    expect(remindersDue({ corrections: [correction(resolved)] }, today)).toHaveLength(n);
  });
});

describe('properties', () => {
  const iso = fc.integer({ min: 0, max: 3000 }).map((n) => addCalendarDays('2025-01-01', n));
  const ids = fc.constantFrom('a', 'b', 'c', 'd');
  const subjects = fc.record({
    licences: fc.array(
      fc.record({
        id: ids,
        holderId: ids,
        field: fc.constantFrom('radiation' as const, 'postal' as const),
        number: fc.constant('1/2026/GPBX-QLCN'),
        expiresOn: iso,
      }),
      { maxLength: 6 },
    ),
    devices: fc.array(
      fc.record({
        id: ids,
        holderId: ids,
        label: fc.constant('CT'),
        lastInspectionOn: fc.option(iso, { nil: null }),
        inServiceSince: iso,
      }),
      { maxLength: 6 },
    ),
    corrections: fc.array(
      fc.record({
        id: ids,
        holderId: ids,
        description: fc.constant('Khắc phục'),
        deadline: iso,
        resolvedOn: fc.option(iso, { nil: null }),
      }),
      { maxLength: 6 },
    ),
  });

  it('each (subject, kind, threshold) appears at most once, and nothing is due before its threshold date', () => {
    fc.assert(
      fc.property(subjects, iso, (s, today) => {
        const due = remindersDue(s, today);
        const keys = due.map((r) => `${r.kind}|${r.subjectId}|${r.threshold}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (const r of due) expect(r.dueOn <= today).toBe(true);
      }),
    );
  });

  it('a licence gets at most one reminder a day, and only from 90 days before its expiry to the expiry day', () => {
    fc.assert(
      fc.property(iso, iso, (expiresOn, today) => {
        const due = remindersDue({ licences: [licence(expiresOn)] }, today);
        const inRange = today >= addCalendarDays(expiresOn, -90) && today <= expiresOn;
        expect(due.length).toBe(inRange ? 1 : 0);
      }),
    );
  });
});
