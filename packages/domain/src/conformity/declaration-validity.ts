import { isoDateSchema, type LegalSource } from '../legal-source';
import { DomainError } from '../errors';
import type { ConformityBasis } from './conformity-regime';
import { BLDS_2015_PERIOD_END, TT_28_2012_BKHCN } from './conformity-sources.data';

/** How long a declaration stays valid (TT 28/2012/TT-BKHCN as amended by TT 02/2017/TT-BKHCN). */
export const DECLARATION_VALIDITY = {
  /** self-assessment: this many years from the signing of the self-assessment report */
  selfAssessmentYears: 3,
  selfAssessmentSource: {
    ...TT_28_2012_BKHCN,
    confidence: 'H',
    note: 'Bản công bố dựa trên kết quả tự đánh giá có giá trị 3 năm kể từ ngày lãnh đạo tổ chức, cá nhân ký báo cáo đánh giá hợp chuẩn/hợp quy (Thông tư 28/2012/TT-BKHCN, sửa đổi bởi Thông tư 02/2017/TT-BKHCN).',
  } satisfies LegalSource,
  /** certification: as long as the certificate */
  certificateSource: {
    ...TT_28_2012_BKHCN,
    confidence: 'H',
    note: 'Bản công bố dựa trên kết quả chứng nhận có giá trị theo giá trị hiệu lực của giấy chứng nhận.',
  } satisfies LegalSource,
  /** how the last day of a period in years is found */
  periodEndSource: BLDS_2015_PERIOD_END,
} as const;

function assertIsoDate(value: unknown, label: string): string {
  const r = isoDateSchema.safeParse(value);
  if (!r.success)
    throw new DomainError('BAD_INPUT', `${label} không hợp lệ (cần dạng YYYY-MM-DD): ${String(value)}`, {
      value,
    });
  return r.data;
}

/**
 * The same day and month `years` later (the last day of a period counted in years); 29/02 falls back to 28/02
 * when the target year is not a leap year.
 */
export function addYearsToIsoDate(isoDate: string, years: number): string {
  const d = assertIsoDate(isoDate, 'Ngày');
  const y = Number(d.slice(0, 4)) + years;
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  const lastOfMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(day, lastOfMonth)).padStart(2, '0')}`;
}

export interface DeclarationValidityInput {
  basis: ConformityBasis;
  /** ISO date the certificate expires (certifier bases) */
  certificateExpiry?: string;
  /** ISO date the self-assessment report was signed (self-assessment basis) */
  selfAssessmentReportDate?: string;
}

/**
 * The last day (ISO) a declaration is valid: the certificate's expiry for a certifier basis, or 3 years from
 * the signing of the self-assessment report. Throws DomainError('BAD_INPUT') when the needed date is missing.
 */
export function declarationValidity(input: DeclarationValidityInput): string {
  if (input.basis === 'self_assessment') {
    if (input.selfAssessmentReportDate === undefined) {
      throw new DomainError(
        'BAD_INPUT',
        'Thiếu ngày ký báo cáo tự đánh giá để tính thời hạn hiệu lực của bản công bố.',
      );
    }
    assertIsoDate(input.selfAssessmentReportDate, 'Ngày ký báo cáo tự đánh giá');
    return addYearsToIsoDate(input.selfAssessmentReportDate, DECLARATION_VALIDITY.selfAssessmentYears);
  }
  if (input.certificateExpiry === undefined) {
    throw new DomainError(
      'BAD_INPUT',
      'Thiếu ngày hết hạn của giấy chứng nhận để tính thời hạn hiệu lực của bản công bố.',
    );
  }
  return assertIsoDate(input.certificateExpiry, 'Ngày hết hạn của giấy chứng nhận');
}

export type DeclarationStatus = 'in_force' | 'expired' | 'revoked';

export const declarationStatusLabels: Record<DeclarationStatus, string> = {
  in_force: 'Còn hiệu lực',
  expired: 'Hết hiệu lực',
  revoked: 'Đã bị thu hồi',
};

/**
 * The status of a declaration on a day (ISO dates): revoked from the revocation date if that came before it
 * expired, expired after its last valid day, otherwise in force.
 */
export function declarationStatusOn(
  expiry: string,
  revokedOn: string | undefined,
  onDate: string,
): DeclarationStatus {
  assertIsoDate(expiry, 'Ngày hết hiệu lực');
  assertIsoDate(onDate, 'Ngày xem xét');
  if (revokedOn !== undefined) {
    assertIsoDate(revokedOn, 'Ngày thu hồi');
    if (revokedOn <= onDate && revokedOn <= expiry) return 'revoked';
  }
  return onDate > expiry ? 'expired' : 'in_force';
}
