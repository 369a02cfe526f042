import { z } from 'zod';
import { DomainError } from '../errors';
import type { LegalSource } from '../legal-source';
import { badInput } from '../one-stop/validation-error';
import { TT_28_2012_BKHCN } from './conformity-sources.data';

/**
 * Number of a receipt notice (Thông báo tiếp nhận hồ sơ công bố, Mẫu 3.TBTNHS Phụ lục III TT 28/2012/TT-BKHCN):
 * `<seq>/<year>/TBTNHS-<unit>`, e.g. "125/2026/TBTNHS-CCTĐC". The sequence runs per unit and year from 1; the
 * year is part of the number, so a number is never issued twice, and a cancelled number is not reused.
 */
export const NOTICE_NUMBER_FORMAT = {
  pattern: '<số thứ tự>/<năm>/TBTNHS-<ký hiệu đơn vị>',
  marker: 'TBTNHS',
  maxSeq: 999_999,
  source: {
    ...TT_28_2012_BKHCN,
    article: 'Phụ lục III, Mẫu 3.TBTNHS',
    confidence: 'M',
    note: 'Biểu mẫu có ô số văn bản; cách đánh số do hệ thống quy định (không do văn bản pháp luật quy định).',
  } satisfies LegalSource,
} as const;

export interface NoticeNumberParts {
  seq: number;
  year: number;
  /** abbreviation of the issuing unit, e.g. "CCTĐC" */
  unit: string;
}

const UNIT = /^[A-ZĐ0-9]+(?:[.-][A-ZĐ0-9]+)*$/;

export const noticeNumberPartsSchema = z.object({
  seq: z
    .number({ error: 'Số thứ tự thông báo phải là số.' })
    .int({ error: 'Số thứ tự thông báo phải là số nguyên.' })
    .min(1, { error: 'Số thứ tự thông báo bắt đầu từ 1.' })
    .max(NOTICE_NUMBER_FORMAT.maxSeq, {
      error: `Số thứ tự thông báo không vượt quá ${NOTICE_NUMBER_FORMAT.maxSeq}.`,
    }),
  year: z
    .number({ error: 'Năm phải là số.' })
    .int({ error: 'Năm phải là số nguyên.' })
    .min(2000, { error: 'Năm phải trong khoảng 2000–2199.' })
    .max(2199, { error: 'Năm phải trong khoảng 2000–2199.' }),
  unit: z
    .string({ error: 'Ký hiệu đơn vị phải là chuỗi ký tự.' })
    .max(30, { error: 'Ký hiệu đơn vị dài tối đa 30 ký tự.' })
    .regex(UNIT, {
      error: 'Ký hiệu đơn vị chỉ gồm chữ in hoa, chữ số, dấu chấm hoặc gạch ngang (ví dụ CCTĐC).',
    }),
});

const NOTICE = /^(\d{1,6})\/(\d{4})\/TBTNHS-(.+)$/;

export function formatNoticeNumber(parts: NoticeNumberParts): string {
  const r = noticeNumberPartsSchema.safeParse(parts);
  if (!r.success) throw badInput(r.error, parts);
  return `${r.data.seq}/${r.data.year}/${NOTICE_NUMBER_FORMAT.marker}-${r.data.unit}`;
}

/** Parses a notice number (spaces ignored, unit upper-cased); throws DomainError('BAD_INPUT'). */
export function parseNoticeNumber(input: string): NoticeNumberParts {
  const s = typeof input === 'string' ? input.normalize('NFC').replace(/\s+/g, '').toUpperCase() : '';
  const [, seq, year, unit] = NOTICE.exec(s) ?? [];
  if (!seq || !year || !unit || seq.startsWith('0')) {
    throw new DomainError(
      'BAD_INPUT',
      `Số thông báo tiếp nhận phải có dạng ${NOTICE_NUMBER_FORMAT.pattern}, ví dụ 125/2026/TBTNHS-CCTĐC.`,
      {
        value: input,
      },
    );
  }
  const parts = { seq: Number(seq), year: Number(year), unit };
  const r = noticeNumberPartsSchema.safeParse(parts);
  if (!r.success) throw badInput(r.error, input);
  return r.data;
}

function tryParseNoticeNumber(input: string): NoticeNumberParts | null {
  try {
    return parseNoticeNumber(input);
  } catch {
    return null;
  }
}

/**
 * The next notice number of a unit in a year: one more than the highest number ever issued (cancelled numbers
 * included), so no number is reused even after a gap. Numbers of other units or years, and unparsable entries,
 * are ignored.
 */
export function nextNoticeNumber(issued: readonly string[], unit: string, year: number): string {
  const r = noticeNumberPartsSchema.pick({ unit: true, year: true }).safeParse({ unit, year });
  if (!r.success) throw badInput(r.error, { unit, year });
  let max = 0;
  for (const n of issued) {
    const p = tryParseNoticeNumber(n);
    if (p && p.unit === r.data.unit && p.year === r.data.year && p.seq > max) max = p.seq;
  }
  return formatNoticeNumber({ seq: max + 1, year: r.data.year, unit: r.data.unit });
}

/** Throws DomainError('NUMBER_ALREADY_ISSUED') when `number` (in any spacing or case) was issued before. */
export function assertNoticeNumberUnused(number: string, issued: readonly string[]): void {
  const key = formatNoticeNumber(parseNoticeNumber(number));
  const taken = issued.some((n) => {
    const p = tryParseNoticeNumber(n);
    return p !== null && formatNoticeNumber(p) === key;
  });
  if (taken) throw new DomainError('NUMBER_ALREADY_ISSUED', undefined, { number: key });
}
