import { z } from 'zod';
import { applicantContactSchema, attachmentsSchema, noteSchema, procedureCodeSchema } from '../../one-stop';

/** Online submission by an applicant (Mới đăng ký). */
export const submitSchema = z.object({
  procedureCode: procedureCodeSchema,
  contact: applicantContactSchema.optional(),
  attachments: attachmentsSchema.min(1, { message: 'Vui lòng đính kèm thành phần hồ sơ.' }),
  note: noteSchema,
});
export type SubmitInput = z.infer<typeof submitSchema>;
