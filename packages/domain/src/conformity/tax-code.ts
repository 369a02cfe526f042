import { z } from 'zod';
import type { LegalSource } from '../legal-source';
import { PERSONAL_ID_PROVINCE_CODES, TT_105_2020_BTC, TT_86_2024_BTC } from './conformity-sources.data';

/**
 * Enterprise / tax code (mã số doanh nghiệp, mã số thuế) of an organisation: 10 digits, the 10th a check
 * digit, or 10 digits + '-' + 3 digits for a dependent unit (branch). Thông tư 105/2020/TT-BTC, confidence M.
 * An individual or household business uses its 12-digit personal identification number, whose first three digits
 * are a province code (Thông tư 86/2024/TT-BTC, from 01/07/2025).
 */
export const TAX_CODE_RULES = {
  weights: [31, 29, 23, 19, 17, 13, 7, 5, 3] as const,
  modulus: 11,
  /** the result of 10 − (sum mod 11) that makes a code impossible */
  invalidCheck: 10,
  source: TT_105_2020_BTC satisfies LegalSource,
  personal: {
    digits: 12,
    provinceCodes: PERSONAL_ID_PROVINCE_CODES,
    source: TT_86_2024_BTC satisfies LegalSource,
  },
} as const;

/** The check digit of the first 9 digits, or null when no valid code starts with them. */
export function taxCodeCheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  const sum = TAX_CODE_RULES.weights.reduce((acc, weight, i) => acc + Number(first9[i]) * weight, 0);
  const check = 10 - (sum % TAX_CODE_RULES.modulus);
  return check === TAX_CODE_RULES.invalidCheck ? null : check;
}

export type TaxCodeProblem = 'format' | 'check_digit' | 'branch_suffix' | 'personal_province';

export const taxCodeProblemMessages: Record<TaxCodeProblem, string> = {
  format:
    'Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số, hoặc 10 chữ số, dấu gạch ngang và 3 chữ số đối với đơn vị phụ thuộc (ví dụ 0100109106 hoặc 0100109106-001); cá nhân, hộ kinh doanh dùng số định danh cá nhân 12 chữ số.',
  personal_province:
    'Số định danh cá nhân dùng làm mã số thuế phải bắt đầu bằng mã tỉnh (3 chữ số, ví dụ 031 của Hải Phòng).',
  check_digit: 'Mã số doanh nghiệp/mã số thuế không hợp lệ: chữ số kiểm tra (chữ số thứ 10) không đúng.',
  branch_suffix: 'Ba chữ số của đơn vị phụ thuộc phải từ 001 đến 999.',
};

export type TaxCodeCheck =
  | { valid: true; normalized: string; parent: string; branch?: string; personal?: true }
  | { valid: false; problem: TaxCodeProblem; message: string };

/**
 * Checks and normalises a tax code: spaces are ignored and a 13-digit code without the dash gets one
 * ("0100109106001" → "0100109106-001").
 */
export function checkTaxCode(input: string): TaxCodeCheck {
  const fail = (problem: TaxCodeProblem): TaxCodeCheck => ({
    valid: false,
    problem,
    message: taxCodeProblemMessages[problem],
  });
  const s = input.replace(/\s+/g, '');
  if (/^\d{12}$/.test(s)) {
    // a personal identification number used as tax code: no check digit, a province code first
    if (!TAX_CODE_RULES.personal.provinceCodes.includes(s.slice(0, 3))) return fail('personal_province');
    return { valid: true, normalized: s, parent: s, personal: true };
  }
  const [, parent, branch] = /^(\d{10})(?:-?(\d{3}))?$/.exec(s) ?? [];
  if (!parent) return fail('format');
  if (taxCodeCheckDigit(parent.slice(0, 9)) !== Number(parent[9])) return fail('check_digit');
  if (branch === '000') return fail('branch_suffix');
  return branch
    ? { valid: true, normalized: `${parent}-${branch}`, parent, branch }
    : { valid: true, normalized: parent, parent };
}

export function isValidTaxCode(input: string): boolean {
  return checkTaxCode(input).valid;
}

/** A tax code, normalised (see checkTaxCode), with Vietnamese messages. */
export const taxCodeSchema = z
  .string({ error: 'Mã số doanh nghiệp/mã số thuế là bắt buộc.' })
  .trim()
  .min(1, { error: 'Mã số doanh nghiệp/mã số thuế là bắt buộc.' })
  .transform((s, ctx) => {
    const r = checkTaxCode(s);
    if (!r.valid) {
      ctx.addIssue({ code: 'custom', message: r.message, input: s });
      return z.NEVER;
    }
    return r.normalized;
  });
