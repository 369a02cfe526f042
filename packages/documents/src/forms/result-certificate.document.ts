import { z } from 'zod';
import { bold, field, paragraph } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import {
  dateSchema,
  documentHeaderSchema,
  recipientsSchema,
  signerSchema,
  textSchema,
} from './common.schema';
import { defineDocument } from './define-document';
import { FORMS } from './form-catalog.data';
import { officialSignature } from './letter-blocks';

export const resultCertificateSchema = documentHeaderSchema
  .extend({
    taskCode: textSchema(40),
    taskTitle: textSchema(500),
    /** level-1 research field, e.g. "Khoa học nông nghiệp" */
    field: textSchema(120),
    host: z.object({ name: textSchema(300), taxCode: textSchema(20).optional() }),
    principalInvestigator: textSchema(160),
    contractNumber: textSchema(60).optional(),
    acceptedOn: dateSchema,
    grade: textSchema(40),
    dossierCode: textSchema(60),
    signer: signerSchema,
    recipients: recipientsSchema,
  })
  .refine((d) => d.acceptedOn <= d.issuedOn, {
    message: 'Ngày nghiệm thu không được sau ngày cấp giấy chứng nhận',
    path: ['acceptedOn'],
  });

export type ResultCertificateInput = z.input<typeof resultCertificateSchema>;

/** Giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ KH&CN (outcome of thủ tục 1.004473). */
export const resultCertificateDocument = defineDocument(resultCertificateSchema, (d) => ({
  form: FORMS['result-certificate'],
  header: d,
  subtitles: [['Mã hồ sơ: ', bold(d.dossierCode)]],
  blocks: [
    paragraph(
      `${d.issuer.name} chứng nhận kết quả thực hiện nhiệm vụ khoa học và công nghệ sau đã được đăng ký:`,
    ),
    ...field('Tên nhiệm vụ', d.taskTitle),
    ...field('Mã số nhiệm vụ', d.taskCode),
    ...field('Lĩnh vực nghiên cứu', d.field),
    ...field(
      'Tổ chức chủ trì',
      d.host.taxCode ? `${d.host.name} (mã số thuế ${d.host.taxCode})` : d.host.name,
    ),
    ...field('Chủ nhiệm nhiệm vụ', d.principalInvestigator),
    ...field('Hợp đồng thực hiện', d.contractNumber),
    ...field('Ngày nghiệm thu chính thức', formatDate(d.acceptedOn)),
    ...field('Kết quả đánh giá, nghiệm thu', d.grade),
    paragraph(
      'Kết quả được lưu giữ, công bố theo quy định về thu thập, đăng ký, lưu giữ và công bố thông tin về nhiệm vụ khoa học và công nghệ. Tra cứu giấy chứng nhận bằng mã QR ở cuối trang.',
    ),
    officialSignature(d.signer, d.recipients),
  ],
}));
