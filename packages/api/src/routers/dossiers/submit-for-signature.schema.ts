import { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';

/** Trình ký: the officer proposes the outcome to the leader with authority. */
export const submitForSignatureSchema = dossierCommandSchema.extend({
  proposal: z.enum(['approve', 'reject']).default('approve'),
  note: noteSchema,
});
export type SubmitForSignatureInput = z.infer<typeof submitForSignatureSchema>;
