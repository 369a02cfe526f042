// Date rules of the licensing field: the declaration window, the renewal window (radiation) and the re-issue-on-expiry
// window (postal), licence terms on issue, renewal, amendment and re-issue, and a register entry's status on a date.
// The windows and terms are read from the procedure catalog version in force (law as data, one place); this file
// only applies them.
import { addCalendarDays, addWorkingDays, calendarDaysBetween } from '../calendar';
import { addYearsToIsoDate } from '../conformity/declaration-validity';
import { DomainError } from '../errors';
import type { LegalSource } from '../legal-source';
import {
  findProcedureOrThrow,
  procedureInForce,
  procedureVersions,
  type ProcedureVersion,
} from '../procedures';
import { formatVietnameseDate } from '../text';
import { LUAT_BUU_CHINH_DIEU_22, POSTAL_REISSUE_ON_EXPIRY } from './licensing-sources.data';

export const RADIATION_DECLARATION_CODE = 'buc-xa.khai-bao';
export const RADIATION_LICENCE_CODE = 'buc-xa.cap-giay-phep';
export const RADIATION_RENEWAL_CODE = 'buc-xa.gia-han-giay-phep';
export const POSTAL_LICENCE_CODE = 'buu-chinh.cap-giay-phep';
export const POSTAL_REISSUE_ON_EXPIRY_CODE = 'buu-chinh.cap-lai-giay-phep-het-han';

/** The version in force on `onDate`, else the latest one (a date past the catalog's last version). */
function versionFor(code: string, onDate: string): ProcedureVersion {
  const v = procedureInForce(code, onDate) ?? procedureVersions(code).at(-1);
  if (!v) throw new DomainError('UNKNOWN_PROCEDURE', undefined, { procedureCode: code });
  return v;
}

function filingDaysBefore(code: string, onDate: string): { days: number; source: LegalSource } {
  const deadline = versionFor(code, onDate).filingDeadline;
  if (deadline?.unit !== 'calendar_days') {
    throw new Error(`${code}: the catalog has no filing deadline in calendar days`);
  }
  return { days: deadline.amount, source: deadline.source };
}

// ——— Radiation: the declaration window ———

export interface DeclarationWindow {
  /** the last day (ISO) the declaration may be filed */
  dueOn: string;
  workingDays: number;
  rule: string;
  source: LegalSource;
}

/**
 * The last day to declare a device after the event (acquiring, moving, disposing of it): 7 working days under
 * Nghị định 142/2020 (events before 01/01/2026), 10 working days under Nghị định 332/2025 — the version in force on
 * the event's date.
 */
export function declarationWindow(eventDate: string): DeclarationWindow {
  const deadline = findProcedureOrThrow(RADIATION_DECLARATION_CODE, eventDate).filingDeadline;
  if (deadline?.unit !== 'working_days') throw new Error('declaration deadline must be in working days');
  return {
    dueOn: addWorkingDays(eventDate, deadline.amount),
    workingDays: deadline.amount,
    rule: deadline.rule,
    source: deadline.source,
  };
}

/** Is a declaration filed on `filedOn` for an event on `eventDate` late? */
export function isDeclarationLate(eventDate: string, filedOn: string): boolean {
  return filedOn > declarationWindow(eventDate).dueOn;
}

// ——— Radiation: the renewal window ———

/**
 * The filing window before expiry of a field's licence in force on `onDate`: the radiation renewal (45 days) or the
 * postal re-issue on expiry (30 days), with its source (the catalog's).
 */
export function expiryFilingWindow(
  field: LicenceField,
  onDate: string,
): { days: number; source: LegalSource } {
  return filingDaysBefore(
    field === 'radiation' ? RADIATION_RENEWAL_CODE : POSTAL_REISSUE_ON_EXPIRY_CODE,
    onDate,
  );
}

/** The last day (ISO) a renewal may be filed: 45 days before the licence's expiry (else a new licence). */
export function latestRenewalFilingDate(expiry: string, filedOn: string = expiry): string {
  return addCalendarDays(expiry, -filingDaysBefore(RADIATION_RENEWAL_CODE, filedOn).days);
}

/** Throws FILING_TOO_LATE, with the legal reason, when a renewal filed on `filedOn` is too late. */
export function assertRenewalInTime(expiry: string, filedOn: string): void {
  const { days, source } = filingDaysBefore(RADIATION_RENEWAL_CODE, filedOn);
  const latest = addCalendarDays(expiry, -days);
  if (filedOn <= latest) return;
  const left = calendarDaysBetween(filedOn, expiry);
  throw new DomainError(
    'FILING_TOO_LATE',
    `Không thể gia hạn: hồ sơ gia hạn phải nộp ít nhất ${days} ngày trước ngày giấy phép hết hạn (${formatVietnameseDate(expiry)}), tức chậm nhất ngày ${formatVietnameseDate(latest)}; ${left > 0 ? `nay chỉ còn ${left} ngày` : 'giấy phép đã hết hạn'}. Theo ${source.document}${source.article ? ` ${source.article}` : ''}, cơ sở phải đề nghị cấp giấy phép mới.`,
    { expiry, latest, filedOn, daysBefore: days, source: source.document, reason: 'RENEWAL_WINDOW' },
  );
}

// ——— Postal: re-issue on expiry (1.003633) ———

export function latestPostalReissueFilingDate(expiry: string, filedOn: string = expiry): string {
  return addCalendarDays(expiry, -filingDaysBefore(POSTAL_REISSUE_ON_EXPIRY_CODE, filedOn).days);
}

export function assertPostalReissueInTime(expiry: string, filedOn: string): void {
  const { days } = filingDaysBefore(POSTAL_REISSUE_ON_EXPIRY_CODE, filedOn);
  const latest = addCalendarDays(expiry, -days);
  if (filedOn <= latest) return;
  throw new DomainError(
    'FILING_TOO_LATE',
    `Không thể cấp lại khi hết hạn: hồ sơ phải nộp ít nhất ${days} ngày trước ngày giấy phép bưu chính hết hạn (${formatVietnameseDate(expiry)}), tức chậm nhất ngày ${formatVietnameseDate(latest)} (thủ tục 1.003633). Doanh nghiệp phải đề nghị cấp giấy phép mới.`,
    { expiry, latest, filedOn, daysBefore: days, reason: 'REISSUE_WINDOW' },
  );
}

// ——— Terms ———

export type LicenceField = 'radiation' | 'postal';
/**
 * new: a first licence; renewal (radiation) and reissue_expiry (postal 1.003633): a new term from the old expiry;
 * amendment and reissue_loss: the licence's term is kept.
 */
export type LicenceEvent = 'new' | 'renewal' | 'amendment' | 'reissue_loss' | 'reissue_expiry';

export interface LicenceTermInput {
  field: LicenceField;
  event: LicenceEvent;
  /** ISO date of the decision */
  issuedOn: string;
  /** the licence it replaces (renewal, amendment, re-issue) */
  previous?: { validFrom: string; expiresOn: string };
  /** postal: the term the enterprise asked for, in years (≤ 10) */
  requestedYears?: number;
}

export interface LicenceTerm {
  validFrom: string;
  expiresOn: string;
  /** true when the term is the previous licence's */
  keptFromPrevious: boolean;
  source: LegalSource;
}

function termYears(input: LicenceTermInput): { years: number; source: LegalSource } {
  if (input.field === 'radiation') {
    const v = versionFor(RADIATION_LICENCE_CODE, input.issuedOn);
    const years = v.validity?.years;
    if (!years) throw new Error('radiation licence validity must be in years');
    return { years, source: v.validity?.source ?? v.processingTime.source };
  }
  const max = versionFor(POSTAL_LICENCE_CODE, input.issuedOn).validity?.years ?? 10;
  const asked = input.requestedYears;
  if (asked === undefined || !Number.isInteger(asked) || asked < 1 || asked > max) {
    throw new DomainError(
      'BAD_INPUT',
      `Thời hạn giấy phép bưu chính theo đề nghị của doanh nghiệp, là số năm nguyên từ 1 đến ${max} năm (Luật Bưu chính Điều 22).`,
      { requestedYears: asked, max },
    );
  }
  return { years: asked, source: LUAT_BUU_CHINH_DIEU_22 };
}

function needPrevious(input: LicenceTermInput): { validFrom: string; expiresOn: string } {
  if (!input.previous) {
    throw new DomainError(
      'BAD_INPUT',
      'Cần giấy phép đã cấp để tính thời hạn khi gia hạn, sửa đổi hoặc cấp lại.',
    );
  }
  return input.previous;
}

/**
 * The term of the licence issued by `event`. A new licence runs from the day after the decision for its years (the
 * period ends on the corresponding day, BLDS 2015); a renewal or a postal re-issue on expiry runs on from the old
 * expiry; an amendment and a re-issue after loss keep the term.
 */
export function licenceTerm(input: LicenceTermInput): LicenceTerm {
  switch (input.event) {
    case 'new': {
      const { years, source } = termYears(input);
      return {
        validFrom: input.issuedOn,
        expiresOn: addYearsToIsoDate(input.issuedOn, years),
        keptFromPrevious: false,
        source,
      };
    }
    case 'renewal':
    case 'reissue_expiry': {
      if (input.field === 'radiation' && input.event === 'reissue_expiry') {
        throw new DomainError('BAD_INPUT', 'Giấy phép bức xạ hết hạn được gia hạn, không cấp lại.');
      }
      if (input.field === 'postal' && input.event === 'renewal') {
        throw new DomainError('BAD_INPUT', 'Giấy phép bưu chính hết hạn được cấp lại (thủ tục 1.003633).');
      }
      const previous = needPrevious(input);
      const { years, source } = termYears(input);
      const validFrom = addCalendarDays(previous.expiresOn, 1);
      return {
        validFrom,
        expiresOn: addYearsToIsoDate(previous.expiresOn, years),
        keptFromPrevious: false,
        source: input.field === 'postal' ? POSTAL_REISSUE_ON_EXPIRY : source,
      };
    }
    case 'amendment':
    case 'reissue_loss': {
      const previous = needPrevious(input);
      const code = input.event === 'amendment' ? 'sua-doi-giay-phep' : 'cap-lai-giay-phep';
      const kept = versionFor(
        `${input.field === 'radiation' ? 'buc-xa' : 'buu-chinh'}.${code}`,
        input.issuedOn,
      );
      return {
        validFrom: previous.validFrom,
        expiresOn: previous.expiresOn,
        keptFromPrevious: true,
        source: kept.validity?.source ?? LUAT_BUU_CHINH_DIEU_22,
      };
    }
  }
}

// ——— Register status ———

export type LicenceStatus = 'in_force' | 'expiring' | 'expired' | 'revoked';
export const licenceStatusLabels: Readonly<Record<LicenceStatus, string>> = Object.freeze({
  in_force: 'Còn hiệu lực',
  expiring: 'Sắp hết hạn',
  expired: 'Hết hạn',
  revoked: 'Đã thu hồi',
});

/** Days before expiry from which a licence shows as expiring (the first reminder: licensing-reminders.data.ts). */
export const EXPIRING_WITHIN_DAYS = 90;

/** The register status of a licence (or confirmation, certificate) on `today`; `expiresOn` null: no expiry. */
export function licenceStatusOn(
  entry: { expiresOn: string | null; revokedOn?: string | null; validFrom?: string | null },
  today: string,
): LicenceStatus {
  if (entry.revokedOn && entry.revokedOn <= today) return 'revoked';
  if (entry.expiresOn === null) return 'in_force';
  if (entry.expiresOn < today) return 'expired';
  return calendarDaysBetween(today, entry.expiresOn) <= EXPIRING_WITHIN_DAYS ? 'expiring' : 'in_force';
}

/** A register entry's status: a licence replaced by its renewal, amendment or re-issue shows as replaced. */
export type RegisterStatus = LicenceStatus | 'replaced';
export const registerStatusLabels: Readonly<Record<RegisterStatus, string>> = Object.freeze({
  ...licenceStatusLabels,
  replaced: 'Đã được thay thế',
});

export function registerStatusOn(
  entry: { expiresOn: string | null; revokedOn?: string | null; replacedOn?: string | null },
  today: string,
): RegisterStatus {
  if (entry.revokedOn && entry.revokedOn <= today) return 'revoked';
  if (entry.replacedOn && entry.replacedOn <= today) return 'replaced';
  return licenceStatusOn(entry, today);
}
