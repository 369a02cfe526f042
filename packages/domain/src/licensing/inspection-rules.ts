// Inspections (kiểm tra) of a radiation facility by the department: planned or unplanned, their findings, and the
// corrections required with deadlines, followed up until resolved. An unresolved correction past its deadline is a
// reminder (licensing-reminders.ts).
import { DomainError } from '../errors';
import { formatVietnameseDate } from '../text';

export const INSPECTION_KINDS = ['planned', 'unplanned'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];
export const inspectionKindLabels: Readonly<Record<InspectionKind, string>> = Object.freeze({
  planned: 'Kiểm tra theo kế hoạch',
  unplanned: 'Kiểm tra đột xuất',
});

export type CorrectionStatus = 'open' | 'overdue' | 'resolved';
export const correctionStatusLabels: Readonly<Record<CorrectionStatus, string>> = Object.freeze({
  open: 'Đang khắc phục',
  overdue: 'Quá hạn khắc phục',
  resolved: 'Đã khắc phục',
});

/** A correction's status on `today`: resolved, else overdue after its deadline, else open. */
export function correctionStatusOn(
  c: { deadline: string; resolvedOn: string | null },
  today: string,
): CorrectionStatus {
  if (c.resolvedOn !== null) return 'resolved';
  return c.deadline < today ? 'overdue' : 'open';
}

/**
 * Checks an inspection record before it is saved: done on or before today, every correction's deadline after the
 * inspection. Throws BAD_INPUT naming the first problem.
 */
export function assertInspectionRecord(
  input: { inspectedOn: string; corrections: readonly { description: string; deadline: string }[] },
  today: string,
): void {
  if (input.inspectedOn > today) {
    throw new DomainError(
      'BAD_INPUT',
      `Ngày kiểm tra (${formatVietnameseDate(input.inspectedOn)}) không được sau ngày hôm nay (${formatVietnameseDate(today)}).`,
      { field: 'inspectedOn' },
    );
  }
  input.corrections.forEach((c, i) => {
    if (c.deadline <= input.inspectedOn) {
      throw new DomainError(
        'BAD_INPUT',
        `Hạn khắc phục của yêu cầu thứ ${i + 1} (${formatVietnameseDate(c.deadline)}) phải sau ngày kiểm tra (${formatVietnameseDate(input.inspectedOn)}).`,
        { field: `corrections.${i}.deadline` },
      );
    }
  });
}

/** Checks a follow-up: a correction is resolved on a day between the inspection and today. */
export function assertCorrectionResolution(
  input: { inspectedOn: string; resolvedOn: string },
  today: string,
): void {
  if (input.resolvedOn > today || input.resolvedOn < input.inspectedOn) {
    throw new DomainError(
      'BAD_INPUT',
      `Ngày khắc phục phải từ ngày kiểm tra (${formatVietnameseDate(input.inspectedOn)}) đến hôm nay (${formatVietnameseDate(today)}).`,
      { field: 'resolvedOn' },
    );
  }
}
