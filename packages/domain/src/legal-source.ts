import { z } from 'zod';

/** Where a rule comes from: a document number and, where known, its article. */
export interface LegalSource {
  /** e.g. "Thông tư 28/2012/TT-BKHCN" */
  document: string;
  /** e.g. "Điều 15 khoản 2"; omitted when the whole document is the source */
  article?: string;
  /** ISO date the document was issued or took effect, where known */
  date?: string;
  url?: string;
  /** H, M or L as in docs/procedures.md; L and M values are configurable overrides */
  confidence?: 'H' | 'M' | 'L';
  note?: string;
}

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'Ngày phải có dạng YYYY-MM-DD' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Ngày không hợp lệ',
    },
  );
