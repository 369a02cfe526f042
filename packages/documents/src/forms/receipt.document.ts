import { z } from 'zod';
import { bold, type Block, type Inline } from '../layout/document-layout';
import { formatDate, formatDateTime, localDateTime } from '../format/vietnamese-date';
import {
  dateSchema,
  documentHeaderSchema,
  dossierRefSchema,
  textSchema,
  timestampSchema,
} from './common.schema';
import { defineDocument } from './define-document';
import { applicantBlocks, formatDuration } from './dossier-blocks';
import { FORMS } from './form-catalog.data';

export const receiptSchema = documentHeaderSchema
  .extend(dossierRefSchema.shape)
  .extend({
    /** The unit that receives, e.g. "Bộ phận Một cửa Sở Khoa học và Công nghệ" */
    receivingUnit: textSchema(200).default('Bộ phận Tiếp nhận và Trả kết quả'),
    components: z
      .array(
        z.object({
          name: textSchema(500),
          /** "Bản chính", "Bản sao có chứng thực", "Bản điện tử"… */
          form: textSchema(100).optional(),
          copies: z.number().int().min(1).max(99),
        }),
      )
      .min(1, { message: 'Phải có ít nhất một thành phần hồ sơ' }),
    dossierSets: z.number().int().min(1).max(99).default(1),
    processingTime: z
      .object({ amount: z.number().int().min(0).max(999), unit: z.enum(['working_days', 'calendar_days']) })
      .optional(),
    receivedAt: timestampSchema,
    appointmentDate: dateSchema,
    /** Where or how the result is handed over, e.g. "Bộ phận Một cửa" or "Dịch vụ bưu chính công ích" */
    resultDelivery: textSchema(300).optional(),
    submitterName: textSchema(120).optional(),
    receivingOfficer: z.object({ fullName: textSchema(120) }),
  })
  .refine((d) => d.appointmentDate >= localDateTime(d.receivedAt).date, {
    message: 'Ngày hẹn trả kết quả không được trước ngày tiếp nhận',
    path: ['appointmentDate'],
  });

export type ReceiptInput = z.input<typeof receiptSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** Mẫu 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
export const receiptDocument = defineDocument(receiptSchema, (d) => {
  // item 1 (the components) is followed by their table; the others follow it
  const items: Inline[][] = [
    [`Số lượng hồ sơ: `, bold(`${pad(d.dossierSets)} bộ`), '.'],
    ...(d.processingTime
      ? [['Thời gian giải quyết hồ sơ theo quy định: ', bold(formatDuration(d.processingTime)), '.']]
      : []),
    ['Thời gian nhận hồ sơ: ', bold(formatDateTime(d.receivedAt)), '.'],
    ['Thời gian trả kết quả giải quyết hồ sơ: ', bold(`ngày ${formatDate(d.appointmentDate)}`), '.'],
    ...(d.resultDelivery ? [['Đăng ký nhận kết quả tại: ', bold(d.resultDelivery), '.']] : []),
  ];
  const numbered = (n: number, runs: Inline[]): Block => ({
    kind: 'paragraph',
    runs: [`${n}. `, ...runs],
    align: 'left',
    indent: true,
  });
  const table: Block = {
    kind: 'table',
    columns: [
      { header: 'TT', weight: 1, align: 'center' },
      { header: 'Tên giấy tờ', weight: 10 },
      { header: 'Hình thức', weight: 4, align: 'center' },
      { header: 'Số lượng (bản)', weight: 2.4, align: 'center' },
    ],
    rows: d.components.map((c, i) => [String(i + 1), c.name, c.form ?? '', pad(c.copies)]),
  };
  return {
    form: FORMS.receipt,
    header: d,
    subtitles: [['Mã hồ sơ: ', bold(d.dossierCode)]],
    blocks: [
      { kind: 'paragraph', runs: [`${d.receivingUnit} tiếp nhận hồ sơ của:`], align: 'left', indent: true },
      ...applicantBlocks(d.applicant),
      {
        kind: 'paragraph',
        runs: ['Nội dung yêu cầu giải quyết: ', bold(d.procedureName)],
        align: 'left',
        indent: true,
      },
      numbered(1, ['Thành phần hồ sơ nộp gồm:']),
      table,
      ...items.map((runs, i) => numbered(i + 2, runs)),
      {
        kind: 'signatures',
        left: {
          title: 'Người nộp hồ sơ',
          hint: '(Ký và ghi rõ họ tên)',
          ...(d.submitterName ? { fullName: d.submitterName } : {}),
        },
        right: {
          title: 'Người tiếp nhận hồ sơ',
          hint: '(Ký và ghi rõ họ tên)',
          fullName: d.receivingOfficer.fullName,
        },
      },
    ],
  };
});
