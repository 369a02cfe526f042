import { z } from 'zod';
import type { LegalSource } from '../legal-source';
import { TT_31_2022_BTC } from './conformity-sources.data';

/** HS codes: 4 (heading), 6 (subheading) or 8 digits (Vietnamese tariff line). */
export const HS_CODE_RULES = {
  lengths: [4, 6, 8] as const,
  source: TT_31_2022_BTC satisfies LegalSource,
} as const;

const HS_INPUT = /^(\d{4})(?:\.?(\d{2}))?(?:\.?(\d{2}))?$/;

/**
 * The dotted canonical form of an HS code ("85161010", "8516.1010" or "8516.10.10" → "8516.10.10";
 * "851610" → "8516.10"; "8516" → "8516"), or null when it is not 4, 6 or 8 digits. Spaces are ignored.
 */
export function normalizeHsCode(input: string): string | null {
  const m = HS_INPUT.exec(input.replace(/\s+/g, ''));
  if (!m) return null;
  if (m[1] === '0000') return null;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).join('.');
}

export const HS_CODE_MESSAGE =
  'Mã HS phải gồm 4, 6 hoặc 8 chữ số, có thể viết có dấu chấm (ví dụ 8516, 8516.10 hoặc 8516.10.10).';

/** An HS code, normalised to its dotted form; `requiredMessage` is shown when it is missing or blank. */
export function hsCodeField(requiredMessage = 'Mã HS là bắt buộc.') {
  return z
    .string({
      error: (iss) =>
        iss.input === undefined || iss.input === null ? requiredMessage : 'Mã HS phải là chuỗi ký tự.',
    })
    .transform((s, ctx) => {
      const n = s.trim() === '' ? null : normalizeHsCode(s);
      if (n === null) {
        ctx.addIssue({
          code: 'custom',
          message: s.trim() === '' ? requiredMessage : HS_CODE_MESSAGE,
          input: s,
        });
        return z.NEVER;
      }
      return n;
    });
}

export const hsCodeSchema = hsCodeField();
