import { z } from 'zod';
import { timelinessLabels, type Timeliness } from '@skhcn/domain';
import { bold, field, italic, type Block } from '../layout/document-layout';
import { formatDate, localDateTime } from '../format/vietnamese-date';
import { documentHeaderSchema, dossierRefSchema, textSchema, timestampSchema } from './common.schema';
import { defineDocument } from './define-document';
import { FORMS } from './form-catalog.data';

const timeliness = z.enum(Object.keys(timelinessLabels) as [Timeliness, ...Timeliness[]]);

export const controlSheetSchema = documentHeaderSchema
  .extend(dossierRefSchema.shape)
  .extend({
    /** Number of the receipt (Mẫu 01) the sheet goes with */
    receiptNumber: textSchema(60).optional(),
    handlingUnit: textSchema(300),
    coordinatingUnits: textSchema(500).optional(),
    steps: z
      .array(
        z.object({
          /** The unit that receives the dossier at this step */
          unit: textSchema(300),
          handedOverAt: timestampSchema,
          giver: textSchema(120),
          receiver: textSchema(120),
          /** Trước hạn / Đúng hạn / Quá hạn; absent while the step is still open */
          result: timeliness.optional(),
          note: textSchema(500).optional(),
        }),
      )
      .min(1, { message: 'Phải có ít nhất một bước giao, nhận hồ sơ' }),
  })
  .superRefine((d, ctx) => {
    d.steps.forEach((step, i) => {
      const previous = d.steps[i - 1];
      if (previous && Date.parse(step.handedOverAt) < Date.parse(previous.handedOverAt)) {
        ctx.addIssue({
          code: 'custom',
          message: 'Thời gian giao, nhận phải theo thứ tự các bước',
          path: ['steps', i, 'handedOverAt'],
        });
      }
    });
  });

export type ControlSheetInput = z.input<typeof controlSheetSchema>;

/** "08:00\n05/03/2026": the hand-over time in Vietnam time, on two short lines to fit the column. */
function when(timestamp: string): string {
  const { date, hour, minute } = localDateTime(timestamp);
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}\n${formatDate(date)}`;
}

/** Mẫu 06: Phiếu kiểm soát quá trình giải quyết hồ sơ — one row per hand-over, breaking across pages. */
export const controlSheetDocument = defineDocument(controlSheetSchema, (d) => {
  const table: Block = {
    kind: 'table',
    columns: [
      { header: 'TT', weight: 1.4, align: 'center' },
      { header: 'Tên cơ quan, đơn vị', weight: 4.8 },
      { header: 'Thời gian giao, nhận', weight: 3.1, align: 'center' },
      { header: 'Người giao', weight: 3.3, align: 'center' },
      { header: 'Người nhận', weight: 3.3, align: 'center' },
      { header: 'Kết quả giải quyết', weight: 2.9, align: 'center' },
      { header: 'Ghi chú', weight: 3.7 },
    ],
    rows: d.steps.map((s, i) => [
      String(i + 1),
      s.unit,
      when(s.handedOverAt),
      s.giver,
      s.receiver,
      s.result ? timelinessLabels[s.result] : '',
      s.note ?? '',
    ]),
  };
  return {
    form: FORMS['control-sheet'],
    header: d,
    subtitles: [
      ['Mã hồ sơ: ', bold(d.dossierCode)],
      ...(d.receiptNumber
        ? [[italic(`(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả số: ${d.receiptNumber})`)]]
        : []),
    ],
    blocks: [
      ...field('Tổ chức, cá nhân', d.applicant.name),
      ...field('Nội dung yêu cầu giải quyết', d.procedureName),
      ...field('Cơ quan (bộ phận) giải quyết hồ sơ', d.handlingUnit),
      ...field('Cơ quan phối hợp giải quyết hồ sơ', d.coordinatingUnits),
      table,
    ],
  };
});
