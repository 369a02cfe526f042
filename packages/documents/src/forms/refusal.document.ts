import { z } from 'zod';
import { bold, paragraph, type Block } from '../layout/document-layout';
import { documentHeaderSchema, dossierRefSchema, textSchema } from './common.schema';
import { defineDocument } from './define-document';
import { applicantBlocks, numbered } from './dossier-blocks';
import { FORMS } from './form-catalog.data';

export const refusalSchema = documentHeaderSchema.extend(dossierRefSchema.shape).extend({
  receivingUnit: textSchema(200).default('Bộ phận Tiếp nhận và Trả kết quả'),
  /** The provisions the dossier was checked against, e.g. "Thông tư 28/2012/TT-BKHCN" */
  legalBasis: textSchema(500).optional(),
  reasons: z.array(textSchema(1000)).min(1, { message: 'Phải nêu ít nhất một lý do từ chối' }),
  officer: z.object({ fullName: textSchema(120) }),
});

export type RefusalInput = z.input<typeof refusalSchema>;

/** Mẫu 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
export const refusalDocument = defineDocument(refusalSchema, (d) => {
  const basis = d.legalBasis ? ` với quy định tại ${d.legalBasis}` : ' với quy định hiện hành';
  const blocks: Block[] = [
    { kind: 'paragraph', runs: [`${d.receivingUnit} tiếp nhận hồ sơ của:`], align: 'left', indent: true },
    ...applicantBlocks(d.applicant),
    {
      kind: 'paragraph',
      runs: ['Nội dung yêu cầu giải quyết: ', bold(d.procedureName)],
      align: 'left',
      indent: true,
    },
    paragraph(
      `Qua nghiên cứu, đối chiếu${basis}, ${d.receivingUnit} không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:`,
    ),
    ...numbered(d.reasons),
    paragraph('Xin thông báo để Ông/Bà (tổ chức) biết và thực hiện./.'),
    {
      kind: 'signatures',
      right: { title: 'Người tiếp nhận hồ sơ', hint: '(Ký và ghi rõ họ tên)', fullName: d.officer.fullName },
    },
  ];
  return { form: FORMS.refusal, header: d, subtitles: [['Mã hồ sơ: ', bold(d.dossierCode)]], blocks };
});
