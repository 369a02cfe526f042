import type { z } from 'zod';
import { attachmentsSchema, dossierCommandSchema, noteSchema } from '../../one-stop';

/** The applicant (or the counter on their behalf) hands in the requested documents: the clock resumes. */
export const supplyAdditionsSchema = dossierCommandSchema.extend({
  attachments: attachmentsSchema.min(1, { message: 'Vui lòng đính kèm giấy tờ bổ sung.' }),
  note: noteSchema,
});
export type SupplyAdditionsInput = z.infer<typeof supplyAdditionsSchema>;
