// Registration of a task's results (thủ tục 1.004473): filed within 30 days of the final acceptance (TT 14/2014,
// confidence M), and the number of the certificate issued on approval.
import { z } from 'zod';
import { addCalendarDays, nextWorkingDayOnOrAfter } from '../calendar';
import { DomainError } from '../errors';
import { isoDateSchema, type LegalSource } from '../legal-source';
import { badInput } from '../one-stop/validation-error';
import { formatVietnameseDate } from '../text';
import { BLDS_2015_DAYS, DEPARTMENT_CONFIGURATION, TT_14_2014 } from './science-sources.data';

export const RESULT_REGISTRATION_WINDOW = {
  /** calendar days after the acceptance (the day of acceptance not counted) */
  days: 30,
  /** a last day on a weekend or public holiday moves to the next working day */
  rollToNextWorkingDay: true,
  source: TT_14_2014,
  periodSource: BLDS_2015_DAYS,
} as const satisfies {
  days: number;
  rollToNextWorkingDay: boolean;
  source: LegalSource;
  periodSource: LegalSource;
};

function isoDate(value: unknown, label: string): string {
  const r = isoDateSchema.safeParse(value);
  if (!r.success)
    throw new DomainError('BAD_INPUT', `${label} không hợp lệ (cần dạng YYYY-MM-DD): ${String(value)}`, {
      value,
    });
  return r.data;
}

/**
 * The last day to file the registration of results accepted on `acceptedOn`: 30 days later (Thông tư 14/2014/TT-BKHCN),
 * moved to the next working day when that day is not one (Bộ luật Dân sự 2015 Điều 148 khoản 5).
 */
export function latestResultRegistrationDate(acceptedOn: string): string {
  const last = addCalendarDays(isoDate(acceptedOn, 'Ngày nghiệm thu'), RESULT_REGISTRATION_WINDOW.days);
  return RESULT_REGISTRATION_WINDOW.rollToNextWorkingDay ? nextWorkingDayOnOrAfter(last) : last;
}

/**
 * Refuses a filing on `filedOn` of results accepted on `acceptedOn` when it is past the window (INVALID_TRANSITION,
 * reason REGISTRATION_WINDOW_CLOSED, with the legal source in the message) or before the acceptance (BAD_INPUT).
 */
export function assertResultRegistrationOnTime(acceptedOn: string, filedOn: string): void {
  const accepted = isoDate(acceptedOn, 'Ngày nghiệm thu');
  const filed = isoDate(filedOn, 'Ngày nộp hồ sơ');
  if (filed < accepted)
    throw new DomainError('BAD_INPUT', 'Chưa thể đăng ký kết quả trước ngày nghiệm thu.', {
      acceptedOn,
      filedOn,
    });
  const latest = latestResultRegistrationDate(accepted);
  if (filed > latest) {
    const s = RESULT_REGISTRATION_WINDOW.source;
    throw new DomainError(
      'INVALID_TRANSITION',
      `Đã quá thời hạn nộp hồ sơ đăng ký kết quả: hồ sơ phải nộp trong ${RESULT_REGISTRATION_WINDOW.days} ngày kể từ ngày nghiệm thu chính thức ${formatVietnameseDate(accepted)}, tức là đến hết ngày ${formatVietnameseDate(latest)} (${s.document}).`,
      { reason: 'REGISTRATION_WINDOW_CLOSED', acceptedOn: accepted, latest, filedOn: filed },
    );
  }
}

/**
 * Number of a registration certificate: `<seq>/<year>/ĐKKQ-<unit>`, e.g. "3/2026/ĐKKQ-SKHCN". The sequence runs per
 * year from 1 and is never reused. System numbering, not prescribed by law.
 */
export const CERTIFICATE_NUMBER_FORMAT = {
  pattern: '<số thứ tự>/<năm>/ĐKKQ-<ký hiệu cơ quan>',
  marker: 'ĐKKQ',
  source: {
    ...DEPARTMENT_CONFIGURATION,
    note: 'Giấy chứng nhận có ô số; cách đánh số do hệ thống quy định.',
  } satisfies LegalSource,
} as const;

const certificatePartsSchema = z.object({
  seq: z.number().int().min(1, { error: 'Số thứ tự bắt đầu từ 1.' }).max(999_999),
  year: z.number().int().min(2000).max(2199),
  unit: z
    .string()
    .max(30)
    .regex(/^[A-ZĐ0-9]+(?:[.-][A-ZĐ0-9]+)*$/, { error: 'Ký hiệu cơ quan chỉ gồm chữ in hoa và chữ số.' }),
});
export type CertificateNumberParts = z.infer<typeof certificatePartsSchema>;

export function formatCertificateNumber(parts: CertificateNumberParts): string {
  const r = certificatePartsSchema.safeParse(parts);
  if (!r.success) throw badInput(r.error, parts);
  return `${r.data.seq}/${r.data.year}/${CERTIFICATE_NUMBER_FORMAT.marker}-${r.data.unit}`;
}

/** Parses a certificate number (spaces ignored, upper-cased); throws BAD_INPUT. */
export function parseCertificateNumber(input: string): CertificateNumberParts {
  const s = typeof input === 'string' ? input.normalize('NFC').replace(/\s+/g, '').toUpperCase() : '';
  const m = /^([1-9]\d{0,5})\/(\d{4})\/ĐKKQ-(.+)$/.exec(s);
  if (!m)
    throw new DomainError(
      'BAD_INPUT',
      `Số giấy chứng nhận phải có dạng ${CERTIFICATE_NUMBER_FORMAT.pattern}, ví dụ 3/2026/ĐKKQ-SKHCN.`,
      { value: input },
    );
  const r = certificatePartsSchema.safeParse({ seq: Number(m[1]), year: Number(m[2]), unit: m[3] });
  if (!r.success) throw badInput(r.error, input);
  return r.data;
}
