import { z } from 'zod';
import { bold, field, paragraph, type Block } from '../layout/document-layout';
import { formatDate } from '../format/vietnamese-date';
import {
  applicantSchema,
  dateSchema,
  documentHeaderSchema,
  recipientsSchema,
  signerSchema,
  textSchema,
} from './common.schema';
import { defineDocument } from './define-document';
import { FORMS } from './form-catalog.data';
import { officialSignature } from './letter-blocks';

const basisSchema = z.discriminatedUnion('kind', [
  z.object({
    /** certified by a designated (hợp quy) or any (hợp chuẩn) certification body */
    kind: z.literal('certification'),
    certifier: textSchema(300),
    certificateNumber: textSchema(100),
    certificateDate: dateSchema.optional(),
    /** the certificate's own expiry; the notice cannot outlive it */
    certificateValidUntil: dateSchema.optional(),
  }),
  z.object({
    /** the organisation's own assessment; the notice runs at most 3 years from the report's signing */
    kind: z.literal('self_assessment'),
    reportDate: dateSchema,
  }),
]);

export const conformityAcceptanceSchema = documentHeaderSchema
  .extend({
    /** hợp quy (technical regulation, QCVN/QCĐP) or hợp chuẩn (standard, TCVN…) */
    kind: z.enum(['hop_quy', 'hop_chuan']).default('hop_quy'),
    dossierCode: textSchema(60).optional(),
    declaration: z.object({ number: textSchema(60).optional(), date: dateSchema }),
    organisation: applicantSchema,
    /** name, type, model, trade mark… of each product */
    products: z.array(z.object({ name: textSchema(300), description: textSchema(1000).optional() })).min(1, {
      message: 'Phải có ít nhất một sản phẩm, hàng hóa',
    }),
    /** e.g. "QCVN 7:2019/BKHCN" or "TCVN 1651-2:2018" */
    standard: textSchema(300),
    /** "Phương thức 5" … (Thông tư 28/2012/TT-BKHCN, Phụ lục II) */
    assessmentMethod: textSchema(200).optional(),
    basis: basisSchema,
    validUntil: dateSchema,
    signer: signerSchema,
    recipients: recipientsSchema,
  })
  .refine((d) => d.declaration.date <= d.issuedOn, {
    message: 'Ngày của bản công bố không được sau ngày thông báo',
    path: ['declaration', 'date'],
  })
  .refine((d) => d.validUntil > d.issuedOn, {
    message: 'Ngày hết hiệu lực phải sau ngày thông báo',
    path: ['validUntil'],
  })
  .refine(
    (d) =>
      d.basis.kind !== 'certification' ||
      !d.basis.certificateValidUntil ||
      d.validUntil <= d.basis.certificateValidUntil,
    { message: 'Thông báo không thể có hiệu lực quá thời hạn của giấy chứng nhận', path: ['validUntil'] },
  );

export type ConformityAcceptanceInput = z.input<typeof conformityAcceptanceSchema>;

/** Mẫu 3. TBTNHS (Thông tư 28/2012/TT-BKHCN): Thông báo tiếp nhận hồ sơ công bố hợp quy / hợp chuẩn. */
export const conformityAcceptanceDocument = defineDocument(conformityAcceptanceSchema, (d) => {
  const hopQuy = d.kind === 'hop_quy';
  const declarationName = hopQuy ? 'Bản công bố hợp quy' : 'Bản công bố hợp chuẩn';
  const norm = hopQuy ? 'quy chuẩn kỹ thuật' : 'tiêu chuẩn';
  const org = d.organisation.name;
  const products: Block[] = d.products.map((p) => ({
    kind: 'paragraph',
    runs: ['- ', bold(p.name), ...(p.description ? [`: ${p.description}`] : [])],
    align: 'left',
    indent: true,
  }));
  const basis =
    d.basis.kind === 'certification'
      ? `Giấy chứng nhận số ${d.basis.certificateNumber}${d.basis.certificateDate ? ` ngày ${formatDate(d.basis.certificateDate)}` : ''} của ${d.basis.certifier}`
      : `Kết quả tự đánh giá của ${org} (báo cáo đánh giá ký ngày ${formatDate(d.basis.reportDate)})`;

  return {
    form: hopQuy ? FORMS['conformity-acceptance'] : FORMS['standard-conformity-acceptance'],
    header: d,
    subtitles: d.dossierCode ? [['Mã hồ sơ: ', bold(d.dossierCode)]] : [],
    blocks: [
      paragraph(
        `${d.issuer.name} xác nhận đã nhận ${declarationName}${d.declaration.number ? ' số ' : ''}`,
        bold(d.declaration.number ?? ''),
        ` ngày ${formatDate(d.declaration.date)} của: `,
        bold(org),
      ),
      ...field('Địa chỉ', d.organisation.address),
      ...field('Số điện thoại', d.organisation.phone),
      ...field('Thư điện tử', d.organisation.email),
      paragraph('cho sản phẩm, hàng hóa:'),
      ...products,
      paragraph(`phù hợp ${norm}: `, bold(d.standard)),
      ...field('Phương thức đánh giá sự phù hợp', d.assessmentMethod),
      ...field('Căn cứ công bố', basis),
      paragraph(
        `Bản thông báo này chỉ ghi nhận sự cam kết của tổ chức, cá nhân, không có giá trị chứng nhận cho sản phẩm, hàng hóa phù hợp với ${norm} tương ứng. ${org} phải hoàn toàn chịu trách nhiệm về tính phù hợp của sản phẩm, hàng hóa do mình sản xuất, kinh doanh, bảo quản, vận chuyển, sử dụng, khai thác.`,
      ),
      paragraph('Thông báo này có giá trị đến ngày ', bold(formatDate(d.validUntil)), '.'),
      officialSignature(d.signer, d.recipients),
    ],
  };
});
