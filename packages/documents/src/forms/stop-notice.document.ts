import { z } from 'zod';
import { bold, paragraph } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import {
  dateSchema,
  documentHeaderSchema,
  dossierRefSchema,
  recipientsSchema,
  signerSchema,
  textSchema,
} from './common.schema';
import { defineDocument } from './define-document';
import { numbered } from './dossier-blocks';
import { addressee, officialSignature } from './letter-blocks';
import { FORMS } from './form-catalog.data';

export const stopNoticeSchema = documentHeaderSchema
  .extend(dossierRefSchema.shape)
  .extend({
    receivedOn: dateSchema,
    reasons: z.array(textSchema(1000)).min(1, { message: 'Phải nêu ít nhất một lý do dừng giải quyết' }),
    /** The provision that allows stopping, e.g. "khoản 3 Điều 19 Nghị định 118/2025/NĐ-CP" */
    legalBasis: textSchema(500).optional(),
    /** What happens next, e.g. where to collect the dossier */
    followUp: textSchema(1000).optional(),
    signer: signerSchema,
    recipients: recipientsSchema,
  })
  .refine((d) => d.issuedOn >= d.receivedOn, {
    message: 'Ngày thông báo không được trước ngày tiếp nhận',
    path: ['issuedOn'],
  });

export type StopNoticeInput = z.input<typeof stopNoticeSchema>;

/** Mẫu 05: Thông báo dừng giải quyết hồ sơ. */
export const stopNoticeDocument = defineDocument(stopNoticeSchema, (d) => {
  const agency = d.issuer.name;
  return {
    form: FORMS['stop-notice'],
    header: d,
    blocks: [
      addressee(d.applicant.name),
      paragraph(
        `Ngày ${formatDate(d.receivedOn)}, ${agency} tiếp nhận hồ sơ của Ông/Bà (tổ chức) `,
        bold(d.applicant.name),
        ', mã hồ sơ ',
        bold(d.dossierCode),
        ', nội dung yêu cầu giải quyết: ',
        bold(d.procedureName),
        '.',
      ),
      paragraph(
        `${d.legalBasis ? `Căn cứ ${d.legalBasis}, ` : ''}${agency} thông báo dừng giải quyết hồ sơ nêu trên vì các lý do sau:`,
      ),
      ...numbered(d.reasons),
      ...(d.followUp ? [paragraph(d.followUp)] : []),
      paragraph(`${agency} thông báo để Ông/Bà (tổ chức) biết./.`),
      officialSignature(d.signer, d.recipients),
    ],
  };
});
