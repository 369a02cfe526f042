import { z } from 'zod';
import { bold, paragraph, type Block } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import { dateSchema, documentHeaderSchema, dossierRefSchema, textSchema } from './common.schema';
import { defineDocument } from './define-document';
import { applicantBlocks } from './dossier-blocks';
import { FORMS } from './form-catalog.data';

export const additionsRequestSchema = documentHeaderSchema
  .extend(dossierRefSchema.shape)
  .extend({
    /** Each component to add or correct, and why */
    items: z
      .array(z.object({ component: textSchema(500), reason: textSchema(1000) }))
      .min(1, { message: 'Phải nêu ít nhất một nội dung cần bổ sung, hoàn thiện' }),
    /** The last day to supply the additions, when the procedure sets one */
    dueDate: dateSchema.optional(),
    /** Whom to call for guidance: "Bà Trần Thị Bích Ngọc, Bộ phận Một cửa, số điện thoại 0225 3842 456" */
    contact: textSchema(300).optional(),
    officer: z.object({ fullName: textSchema(120) }),
  })
  .refine((d) => d.dueDate === undefined || d.dueDate >= d.issuedOn, {
    message: 'Hạn bổ sung hồ sơ không được trước ngày ban hành phiếu',
    path: ['dueDate'],
  });

export type AdditionsRequestInput = z.input<typeof additionsRequestSchema>;

/** Mẫu 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
export const additionsRequestDocument = defineDocument(additionsRequestSchema, (d) => {
  const items: Block[] = d.items.flatMap((item, i): Block[] => [
    { kind: 'paragraph', runs: [`${i + 1}. `, bold(item.component)], align: 'left', indent: true },
    { kind: 'paragraph', runs: [`Lý do: ${item.reason}`], align: 'justify', indent: true },
  ]);
  return {
    form: FORMS['additions-request'],
    header: d,
    subtitles: [['Mã hồ sơ: ', bold(d.dossierCode)]],
    blocks: [
      ...applicantBlocks(d.applicant, 'Hồ sơ của'),
      {
        kind: 'paragraph',
        runs: ['Nội dung yêu cầu giải quyết: ', bold(d.procedureName)],
        align: 'left',
        indent: true,
      },
      paragraph(
        'Sau khi xem xét, đề nghị Ông/Bà (tổ chức) bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:',
      ),
      ...items,
      ...(d.dueDate
        ? [paragraph('Thời hạn bổ sung, hoàn thiện hồ sơ: trước ngày ', bold(formatDate(d.dueDate)), '.')]
        : []),
      ...(d.contact
        ? [
            paragraph(
              `Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà (tổ chức) liên hệ ${d.contact} để được hướng dẫn.`,
            ),
          ]
        : []),
      paragraph('Xin trân trọng cảm ơn./.'),
      {
        kind: 'signatures',
        right: {
          title: 'Người tiếp nhận hồ sơ',
          hint: '(Ký và ghi rõ họ tên)',
          fullName: d.officer.fullName,
        },
      },
    ],
  };
});
