import { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';

/** Trả kết quả: the outcome document is handed to the applicant (status 10). */
export const returnResultSchema = dossierCommandSchema.extend({
  method: z.enum(['counter', 'post', 'online']).default('counter'),
  note: noteSchema,
});
export type ReturnResultInput = z.infer<typeof returnResultSchema>;
