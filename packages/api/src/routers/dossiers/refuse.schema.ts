import type { z } from 'zod';
import { dossierCommandSchema, reasonsSchema } from '../../one-stop';

/** Từ chối tiếp nhận (Mẫu 03): the reasons are required. */
export const refuseSchema = dossierCommandSchema.extend({ reasons: reasonsSchema });
export type RefuseInput = z.infer<typeof refuseSchema>;
