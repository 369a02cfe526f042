import { z } from 'zod';
import { DomainError, isoDateSchema, vietnamLocalTime } from '@skhcn/domain';

/** Trimmed, NFC-normalised Vietnamese text (decomposed diacritics from some keyboards become precomposed). */
export const textSchema = (max = 500) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { message: 'Không được để trống' })
        .max(max, { message: `Tối đa ${max} ký tự` }),
    );

/** Multi-paragraph text: keeps line breaks, trims each line. */
export const longTextSchema = (max = 4000) =>
  z
    .string()
    .transform((s) =>
      s
        .normalize('NFC')
        .split(/\r?\n/)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.length > 0)
        .join('\n'),
    )
    .pipe(
      z
        .string()
        .min(1, { message: 'Không được để trống' })
        .max(max, { message: `Tối đa ${max} ký tự` }),
    );

export const dateSchema = isoDateSchema;

/** A timestamp with an explicit offset, e.g. "2026-03-02T16:10:00+07:00". */
export const timestampSchema = z.string().refine(
  (s) => {
    try {
      vietnamLocalTime(s);
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Thời điểm phải có dạng YYYY-MM-DDTHH:mm:ss+07:00' },
);

/** The document number written after "Số:", e.g. "125/GTN-CCTĐC". */
export const documentNumberSchema = textSchema(60);

export const issuerSchema = z.object({
  /** Superior bodies, top first, e.g. ["UBND THÀNH PHỐ HẢI PHÒNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ"] */
  parentBodies: z.array(textSchema(120)).max(3).default([]),
  /**
   * The issuing body as written in running text, e.g. "Chi cục Tiêu chuẩn Đo lường Chất lượng" (OrgUnit.name);
   * the heading prints it in capitals.
   */
  name: textSchema(120),
});

export const signerSchema = z.object({
  /** The line of authority above the title, e.g. "KT. CHI CỤC TRƯỞNG" or "TL. GIÁM ĐỐC" */
  authority: textSchema(120).optional(),
  /** e.g. "PHÓ CHI CỤC TRƯỞNG" */
  title: textSchema(120),
  fullName: textSchema(120),
});

/** Who receives an official letter besides the addressee ("Nơi nhận"); the last entry is usually "Lưu: VT". */
export const recipientsSchema = z.array(textSchema(200)).min(1).max(12).default(['Như trên', 'Lưu: VT']);

export const applicantSchema = z.object({
  name: textSchema(300),
  address: textSchema(500).optional(),
  phone: textSchema(40).optional(),
  email: textSchema(200).optional(),
});

/** What every document has: who issues it, its number, place and date, and where to verify it. */
export const documentHeaderSchema = z.object({
  issuer: issuerSchema,
  number: documentNumberSchema,
  /** Place name of the date line, e.g. "Hải Phòng" */
  place: textSchema(80),
  issuedOn: dateSchema,
  /** URL encoded in the QR code; opens the public verification page of this document */
  verificationUrl: z.url({ protocol: /^https?$/, message: 'Địa chỉ xác thực phải là URL http(s)' }).max(500),
});

/** The dossier a one-stop form belongs to. */
export const dossierRefSchema = z.object({
  dossierCode: textSchema(60),
  applicant: applicantSchema,
  procedureName: textSchema(500),
});

export type Issuer = z.output<typeof issuerSchema>;
export type Signer = z.output<typeof signerSchema>;
export type Applicant = z.output<typeof applicantSchema>;
export type DocumentHeader = z.output<typeof documentHeaderSchema>;

/** Parse a document's input; any problem is a DomainError('BAD_INPUT') listing the fields at fault. */
const vietnameseErrors = z.locales.vi().localeError;

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input, { error: vietnameseErrors });
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
  const list = issues.map((i) => `${i.path || '(gốc)'}: ${i.message}`).join('; ');
  throw new DomainError('BAD_INPUT', `Dữ liệu văn bản không hợp lệ — ${list}`, { issues });
}
