import type { z } from 'zod';
import { bold, paragraph } from '../layout/document-layout';
import { formatDate, formatLongDate } from '../format/vietnamese-date';
import {
  dateSchema,
  documentHeaderSchema,
  dossierRefSchema,
  recipientsSchema,
  signerSchema,
  textSchema,
} from './common.schema';
import { defineDocument } from './define-document';
import { addressee, officialSignature } from './letter-blocks';
import { FORMS } from './form-catalog.data';

export const apologySchema = documentHeaderSchema
  .extend(dossierRefSchema.shape)
  .extend({
    receivedOn: dateSchema,
    /** The appointment date on the receipt (Mẫu 01) */
    originalAppointmentDate: dateSchema,
    reason: textSchema(2000),
    newAppointmentDate: dateSchema,
    signer: signerSchema,
    recipients: recipientsSchema,
  })
  .refine((d) => d.originalAppointmentDate >= d.receivedOn, {
    message: 'Ngày hẹn trả kết quả không được trước ngày tiếp nhận',
    path: ['originalAppointmentDate'],
  })
  .refine((d) => d.newAppointmentDate > d.originalAppointmentDate, {
    message: 'Ngày hẹn lại phải sau ngày hẹn trả kết quả ban đầu',
    path: ['newAppointmentDate'],
  });

export type ApologyInput = z.input<typeof apologySchema>;

/** Mẫu 04: Văn bản xin lỗi và hẹn lại ngày trả kết quả. */
export const apologyDocument = defineDocument(apologySchema, (d) => {
  const agency = d.issuer.name;
  return {
    form: FORMS.apology,
    header: d,
    blocks: [
      addressee(d.applicant.name),
      paragraph(
        `${capitalise(formatLongDate(d.receivedOn))}, ${agency} tiếp nhận giải quyết hồ sơ của Ông/Bà (tổ chức) `,
        bold(d.applicant.name),
        ', mã hồ sơ ',
        bold(d.dossierCode),
        '.',
      ),
      paragraph('Nội dung yêu cầu giải quyết: ', bold(d.procedureName), '.'),
      paragraph('Ngày hẹn trả kết quả giải quyết hồ sơ: ', bold(formatDate(d.originalAppointmentDate)), '.'),
      paragraph(
        `Tuy nhiên đến nay, ${agency} chưa trả kết quả giải quyết hồ sơ của Ông/Bà (tổ chức) đúng hạn ghi trên Giấy tiếp nhận hồ sơ và hẹn trả kết quả.`,
      ),
      paragraph(`Lý do: ${d.reason}`),
      paragraph(
        `Sự chậm trễ này đã gây phiền hà cho Ông/Bà (tổ chức). ${agency} xin lỗi Ông/Bà (tổ chức) và sẽ trả kết quả giải quyết hồ sơ cho Ông/Bà (tổ chức) vào ngày `,
        bold(formatDate(d.newAppointmentDate)),
        '.',
      ),
      paragraph('Xin trân trọng cảm ơn sự hợp tác của Ông/Bà (tổ chức)./.'),
      officialSignature(d.signer, d.recipients),
    ],
  };
});

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
