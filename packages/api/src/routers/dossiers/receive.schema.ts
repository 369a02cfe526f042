import { z } from 'zod';
import {
  applicantContactSchema,
  attachmentsSchema,
  dossierCommandSchema,
  noteSchema,
  procedureCodeSchema,
  taxCodeSchema,
} from '../../one-stop';

/**
 * Tiếp nhận hồ sơ: either accept a dossier submitted online (1 → 2), or take in a paper dossier at the counter or by
 * post on the applicant's behalf (a new dossier at 2). Both give the appointment date (Mẫu 01).
 */
export const receiveSchema = z.discriminatedUnion('mode', [
  dossierCommandSchema.extend({ mode: z.literal('accept'), note: noteSchema }),
  z.object({
    mode: z.literal('counter'),
    procedureCode: procedureCodeSchema,
    channel: z.enum(['direct', 'postal']).default('direct'),
    applicant: applicantContactSchema.extend({
      name: z.string().trim().min(1, { message: 'Vui lòng nhập tên tổ chức, cá nhân nộp hồ sơ.' }).max(300),
      taxCode: taxCodeSchema.optional(),
    }),
    attachments: attachmentsSchema,
    note: noteSchema,
  }),
]);
export type ReceiveInput = z.infer<typeof receiveSchema>;
