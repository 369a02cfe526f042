import type { z } from 'zod';
import { dossierCommandSchema, reasonTextSchema } from '../../one-stop';

/** Rút hồ sơ: the applicant withdraws (online, or by a written request recorded at the counter). */
export const withdrawSchema = dossierCommandSchema.extend({ reason: reasonTextSchema.optional() });
export type WithdrawInput = z.infer<typeof withdrawSchema>;
