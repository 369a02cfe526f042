import type { z } from 'zod';
import { dossierCommandSchema, reasonTextSchema } from '../../one-stop';

/** Dừng xử lý (Mẫu 05): e.g. the applicant did not supply the additions within the procedure's time. */
export const stopSchema = dossierCommandSchema.extend({ reason: reasonTextSchema });
export type StopInput = z.infer<typeof stopSchema>;
