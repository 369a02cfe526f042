import { z } from 'zod';

export const dossierIdSchema = z.uuid({ message: 'Mã định danh hồ sơ không hợp lệ.' });

/** Every command names the dossier and the version the user saw (optimistic concurrency). */
export const dossierCommandSchema = z.object({
  dossierId: dossierIdSchema,
  expectedVersion: z.number().int().min(1, { message: 'Phiên bản hồ sơ không hợp lệ.' }),
});
export type DossierCommandInput = z.infer<typeof dossierCommandSchema>;

export const reasonTextSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vui lòng nêu lý do.' })
  .max(2000, { message: 'Lý do quá dài (tối đa 2.000 ký tự).' });

/** One or more reasons (refusal Mẫu 03, rejection): each a non-empty line. */
export const reasonsSchema = z
  .array(reasonTextSchema)
  .min(1, { message: 'Vui lòng nêu ít nhất một lý do.' })
  .max(50, { message: 'Quá nhiều lý do.' });

export const noteSchema = z
  .string()
  .trim()
  .max(2000, { message: 'Ghi chú quá dài (tối đa 2.000 ký tự).' })
  .optional();

/** A file (uploaded through POST /api/files) attached to a dossier component (thành phần hồ sơ). */
export const attachmentSchema = z.object({
  componentKey: z.string().trim().min(1, { message: 'Vui lòng chọn thành phần hồ sơ.' }).max(100),
  fileId: z.uuid({ message: 'Mã tệp không hợp lệ.' }),
});
export type AttachmentInput = z.infer<typeof attachmentSchema>;

export const attachmentsSchema = z
  .array(attachmentSchema)
  .max(100, { message: 'Quá nhiều tệp đính kèm (tối đa 100).' });

/** Mã số thuế: an organisation's 10 (or 10-3) digits, or a person's 12-digit identification number (domain rule). */
export { taxCodeSchema } from '@skhcn/domain';

export const procedureCodeSchema = z.string().trim().min(1, { message: 'Vui lòng chọn thủ tục.' }).max(100);

/** Contact details of the applicant kept on the dossier. */
export const applicantContactSchema = z.object({
  address: z.string().trim().max(500).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+().\s-]{6,20}$/, { message: 'Số điện thoại không hợp lệ.' })
    .optional(),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).optional(),
  representative: z.string().trim().max(200).optional(),
});
