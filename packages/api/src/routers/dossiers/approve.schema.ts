import type { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';

/** Phê duyệt: the leader signs; processing ends (status 9) on time or late against the appointment date. */
export const approveSchema = dossierCommandSchema.extend({ note: noteSchema });
export type ApproveInput = z.infer<typeof approveSchema>;
