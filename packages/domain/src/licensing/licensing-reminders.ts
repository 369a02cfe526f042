// The reminders due on a date: a licence nearing its expiry (the department's 90 and 60 days, then the filing
// window's last day), a device whose inspection (kiểm định) is older than the interval, a correction past its
// deadline. Pure: the caller gives the subjects and the day; a reminder is identified by (subject, kind, threshold),
// so whoever sends it can record that and never send it twice.
import { addCalendarDays, calendarDaysBetween } from '../calendar';
import { addYearsToIsoDate } from '../conformity/declaration-validity';
import type { LegalSource } from '../legal-source';
import { formatVietnameseDate } from '../text';
import { expiryFilingWindow, type LicenceField } from './licence-rules';
import {
  CORRECTION_DEADLINE_SOURCE,
  DEFAULT_REMINDER_SETTINGS,
  DEPARTMENT_PRACTICE_REMINDERS,
  INSPECTION_INTERVAL_SOURCE,
  type ExpiryThreshold,
  type ReminderSettings,
} from './licensing-reminders.data';

export type ReminderKind = 'licence_expiring' | 'inspection_overdue' | 'correction_overdue';

export const reminderKindLabels: Readonly<Record<ReminderKind, string>> = Object.freeze({
  licence_expiring: 'Giấy phép sắp hết hạn',
  inspection_overdue: 'Quá hạn kiểm định thiết bị',
  correction_overdue: 'Quá hạn khắc phục sau kiểm tra',
});

export interface ReminderLicence {
  id: string;
  holderId: string;
  field: LicenceField;
  number: string;
  expiresOn: string;
}

export interface ReminderDevice {
  id: string;
  holderId: string;
  /** e.g. "X-quang chẩn đoán thông thường (tổng hợp) Shimadzu SH-2025-0412" */
  label: string;
  lastInspectionOn: string | null;
  /** the day the device entered the inventory: with no inspection on record, it is due from then */
  inServiceSince: string;
}

export interface ReminderCorrection {
  id: string;
  holderId: string;
  description: string;
  deadline: string;
  resolvedOn: string | null;
}

export interface ReminderSubjects {
  licences?: readonly ReminderLicence[];
  devices?: readonly ReminderDevice[];
  corrections?: readonly ReminderCorrection[];
}

export interface Reminder {
  kind: ReminderKind;
  subjectId: string;
  holderId: string;
  /** with subjectId and kind, the reminder's identity: "90", "60", "45" days before expiry, or the due date */
  threshold: string;
  /** the first day the reminder is due */
  dueOn: string;
  /** the date it is about: the licence's expiry, the inspection's or the correction's deadline */
  deadline: string;
  /** days from `today` to the deadline (negative: overdue by so many days) */
  daysLeft: number;
  /** upcoming: before the deadline; overdue: past it */
  urgency: 'upcoming' | 'overdue';
  title: string;
  message: string;
  source: LegalSource;
}

/** The thresholds before a licence's expiry on `onDate`, longest first: the practice's, then the filing window. */
export function expiryThresholds(
  field: LicenceField,
  onDate: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): ExpiryThreshold[] {
  const window = expiryFilingWindow(field, onDate);
  const byDays = new Map<number, ExpiryThreshold>();
  for (const days of settings.practiceDaysBeforeExpiry) {
    if (Number.isInteger(days) && days > 0)
      byDays.set(days, { daysBefore: days, source: DEPARTMENT_PRACTICE_REMINDERS });
  }
  byDays.set(window.days, { daysBefore: window.days, source: window.source, renewalWindow: true });
  return [...byDays.values()].sort((a, b) => b.daysBefore - a.daysBefore);
}

/** The last day an inspection done on `lastInspectionOn` is current (the interval in months, same day). */
export function inspectionValidUntil(
  lastInspectionOn: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): string {
  const months = settings.inspectionIntervalMonths;
  const years = Math.floor(months / 12);
  const rest = months % 12;
  let d = addYearsToIsoDate(lastInspectionOn, years);
  if (rest > 0) {
    const [y, m, day] = d.split('-').map(Number) as [number, number, number];
    const total = y * 12 + (m - 1) + rest;
    const ny = Math.floor(total / 12);
    const nm = (total % 12) + 1;
    const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
    d = `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
  }
  return d;
}

/** Is a device's inspection overdue on `today` (older than the interval, or none on record)? */
export function isInspectionOverdue(
  lastInspectionOn: string | null,
  today: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): boolean {
  return lastInspectionOn === null || inspectionValidUntil(lastInspectionOn, settings) < today;
}

const d = formatVietnameseDate;

function licenceReminder(
  l: ReminderLicence,
  today: string,
  settings: ReminderSettings,
): Reminder | undefined {
  if (l.expiresOn < today) return undefined;
  // the latest threshold already reached: a licence first seen 30 days before expiry gets the 45-day reminder only
  const reached = expiryThresholds(l.field, today, settings).filter(
    (t) => addCalendarDays(l.expiresOn, -t.daysBefore) <= today,
  );
  const t = reached.at(-1);
  if (!t) return undefined;
  const daysLeft = calendarDaysBetween(today, l.expiresOn);
  const lastDay = addCalendarDays(l.expiresOn, -expiryFilingWindow(l.field, today).days);
  const what = l.field === 'radiation' ? 'gia hạn' : 'cấp lại khi hết hạn';
  return {
    kind: 'licence_expiring',
    subjectId: l.id,
    holderId: l.holderId,
    threshold: String(t.daysBefore),
    dueOn: addCalendarDays(l.expiresOn, -t.daysBefore),
    deadline: l.expiresOn,
    daysLeft,
    urgency: 'upcoming',
    title: `Giấy phép ${l.number} hết hạn ngày ${d(l.expiresOn)}`,
    message:
      today <= lastDay
        ? `Giấy phép số ${l.number} hết hạn ngày ${d(l.expiresOn)} (còn ${daysLeft} ngày). Hồ sơ ${what} phải nộp chậm nhất ngày ${d(lastDay)}.`
        : `Giấy phép số ${l.number} hết hạn ngày ${d(l.expiresOn)} (còn ${daysLeft} ngày). Đã quá thời hạn nộp hồ sơ ${what} (ngày ${d(lastDay)}): cơ sở phải đề nghị cấp giấy phép mới.`,
    source: t.source,
  };
}

function inspectionReminder(
  v: ReminderDevice,
  today: string,
  settings: ReminderSettings,
): Reminder | undefined {
  const deadline =
    v.lastInspectionOn === null ? v.inServiceSince : inspectionValidUntil(v.lastInspectionOn, settings);
  const dueOn = v.lastInspectionOn === null ? v.inServiceSince : addCalendarDays(deadline, 1);
  if (dueOn > today) return undefined;
  return {
    kind: 'inspection_overdue',
    subjectId: v.id,
    holderId: v.holderId,
    threshold: v.lastInspectionOn === null ? `chua-kiem-dinh:${v.inServiceSince}` : deadline,
    dueOn,
    deadline,
    daysLeft: calendarDaysBetween(today, deadline),
    urgency: 'overdue',
    title: `Thiết bị ${v.label} quá hạn kiểm định`,
    message:
      v.lastInspectionOn === null
        ? `Thiết bị ${v.label} chưa có kết quả kiểm định trong hồ sơ của Sở. Đề nghị cơ sở kiểm định thiết bị và gửi chứng chỉ kiểm định.`
        : `Thiết bị ${v.label} được kiểm định lần cuối ngày ${d(v.lastInspectionOn)}, đã quá ${settings.inspectionIntervalMonths} tháng (hạn ${d(deadline)}). Đề nghị cơ sở kiểm định lại thiết bị.`,
    source: INSPECTION_INTERVAL_SOURCE,
  };
}

function correctionReminder(c: ReminderCorrection, today: string): Reminder | undefined {
  if (c.resolvedOn !== null || c.deadline >= today) return undefined;
  return {
    kind: 'correction_overdue',
    subjectId: c.id,
    holderId: c.holderId,
    threshold: c.deadline,
    dueOn: addCalendarDays(c.deadline, 1),
    deadline: c.deadline,
    daysLeft: calendarDaysBetween(today, c.deadline),
    urgency: 'overdue',
    title: `Quá hạn khắc phục: ${c.description}`,
    message: `Yêu cầu khắc phục "${c.description}" có hạn ngày ${d(c.deadline)}, đã quá hạn ${calendarDaysBetween(c.deadline, today)} ngày mà chưa có kết quả khắc phục.`,
    source: CORRECTION_DEADLINE_SOURCE,
  };
}

/**
 * The reminders due on `today`, overdue first, then by deadline: at most one per licence (the latest threshold
 * reached, until the expiry day), one per device whose inspection is overdue, one per unresolved correction past
 * its deadline.
 */
export function remindersDue(
  subjects: ReminderSubjects,
  today: string,
  settings: ReminderSettings = DEFAULT_REMINDER_SETTINGS,
): Reminder[] {
  const out: Reminder[] = [];
  for (const l of subjects.licences ?? []) {
    const r = licenceReminder(l, today, settings);
    if (r) out.push(r);
  }
  for (const v of subjects.devices ?? []) {
    const r = inspectionReminder(v, today, settings);
    if (r) out.push(r);
  }
  for (const c of subjects.corrections ?? []) {
    const r = correctionReminder(c, today);
    if (r) out.push(r);
  }
  // a subject listed twice gets its reminder once
  const seen = new Set<string>();
  const unique = out.filter((r) => {
    const key = `${r.kind}|${r.subjectId}|${r.threshold}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const rank = (r: Reminder) => (r.urgency === 'overdue' ? 0 : 1);
  return unique.sort(
    (a, b) =>
      rank(a) - rank(b) || a.deadline.localeCompare(b.deadline) || a.subjectId.localeCompare(b.subjectId),
  );
}

/** Settings with the department's overrides (e.g. other practice thresholds) over the defaults. */
export function reminderSettings(overrides: Partial<ReminderSettings> = {}): ReminderSettings {
  return { ...DEFAULT_REMINDER_SETTINGS, ...overrides };
}
