import { addCalendarDays } from '../calendar';
import { DEADLINE_RULES } from '../dossier';
import type { LegalSource } from '../legal-source';

/**
 * Rules of the one-stop mechanism that every procedure shares, each with its source. The deadline engine of
 * ../dossier applies them; this is the same law read as data for forms, checks and help texts (sources are
 * taken from DEADLINE_RULES so each lives once).
 */
export const ONE_STOP_RULES = {
  /** The applicant may be asked to amend or complete the dossier only once (Mẫu 02). */
  additionRequests: {
    max: 1,
    source: {
      ...DEADLINE_RULES.additionsOnce,
      note: `${DEADLINE_RULES.additionsOnce.note ?? ''} Độ tin cậy: trung bình – cao.`.trim(),
    } satisfies LegalSource,
  },
  /** The apology letter (Mẫu 04) goes out at least this many days before the deadline. */
  apologyLetter: {
    minDaysBeforeDeadline: 1,
    source: DEADLINE_RULES.apologyExtension satisfies LegalSource,
  },
  /** The return date may be moved (by the apology letter) at most this many times. */
  returnDateChanges: {
    max: 1,
    source: DEADLINE_RULES.apologyExtension satisfies LegalSource,
  },
  /** Receipts after this Vietnam local time count from the next working day. */
  receiptCutoff: {
    hour: DEADLINE_RULES.receiptCutoff.hour,
    minute: DEADLINE_RULES.receiptCutoff.minute,
    source: DEADLINE_RULES.receiptCutoff.source satisfies LegalSource,
  },
} as const;

/** May another request for additions be sent, given how many were sent already? */
export function canRequestAdditionsAgain(requestsSoFar: number): boolean {
  return requestsSoFar < ONE_STOP_RULES.additionRequests.max;
}

/** May the return date be moved again, given how many times it was moved already? */
export function canMoveReturnDate(changesSoFar: number): boolean {
  return changesSoFar < ONE_STOP_RULES.returnDateChanges.max;
}

/** "15:00" */
export function receiptCutoffLabel(): string {
  const { hour, minute } = ONE_STOP_RULES.receiptCutoff;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The last date the apology letter (Mẫu 04) may be sent for a deadline (ISO dates, calendar days). */
export function latestApologyLetterDate(deadline: string): string {
  return addCalendarDays(deadline, -ONE_STOP_RULES.apologyLetter.minDaysBeforeDeadline);
}
