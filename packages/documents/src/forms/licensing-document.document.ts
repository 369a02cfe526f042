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

export const licensingDocumentSchema = documentHeaderSchema.extend({
  kind: z.enum([
    'radiation-licence',
    'declaration-confirmation',
    'safety-certificate',
    'postal-licence',
    'postal-confirmation',
  ]),
  dossierCode: textSchema(60).optional(),
  /** the facility, enterprise or (certificate) the organisation of the person */
  holder: applicantSchema.extend({ taxCode: textSchema(20).optional() }),
  /** the legal basis line, e.g. "Căn cứ Nghị định 332/2025/NĐ-CP…" */
  bases: z.array(textSchema(500)).max(8).default([]),
  /** devices covered, services and scope, or the person certified: one line each */
  items: z.array(textSchema(600)).max(60).default([]),
  itemsTitle: textSchema(200).optional(),
  validFrom: dateSchema.optional(),
  validUntil: dateSchema.optional(),
  /** the number of the document it replaces (renewal, amendment, re-issue) */
  replaces: textSchema(60).optional(),
  signer: signerSchema,
  recipients: recipientsSchema,
});

export type LicensingDocumentInput = z.input<typeof licensingDocumentSchema>;

/** A licence, a declaration confirmation, a certificate or a postal confirmation, with its verification QR code. */
export const licensingDocument = defineDocument(licensingDocumentSchema, (d) => {
  const items: Block[] = d.items.map((line) => ({
    kind: 'paragraph',
    runs: ['- ', line],
    align: 'left',
    indent: true,
  }));
  const validity =
    d.validUntil !== undefined
      ? paragraph(
          'Văn bản có hiệu lực từ ngày ',
          bold(formatDate(d.validFrom ?? d.issuedOn)),
          ' đến hết ngày ',
          bold(formatDate(d.validUntil)),
          '.',
        )
      : paragraph('Văn bản có hiệu lực kể từ ngày ký.');
  return {
    form: FORMS[d.kind],
    header: d,
    subtitles: d.dossierCode ? [['Mã hồ sơ: ', bold(d.dossierCode)]] : [],
    blocks: [
      ...d.bases.map((b) => ({
        kind: 'paragraph' as const,
        runs: [{ text: b, italic: true }],
        align: 'justify' as const,
        indent: true,
      })),
      paragraph(`${d.issuer.name} cấp cho: `, bold(d.holder.name)),
      ...field('Mã số thuế / mã số doanh nghiệp', d.holder.taxCode),
      ...field('Địa chỉ', d.holder.address),
      ...field('Số điện thoại', d.holder.phone),
      ...(d.itemsTitle ? [paragraph(`${d.itemsTitle}:`)] : []),
      ...items,
      ...(d.replaces ? [paragraph('Văn bản này thay thế văn bản số ', bold(d.replaces), '.')] : []),
      validity,
      officialSignature(d.signer, d.recipients),
    ],
  };
});
