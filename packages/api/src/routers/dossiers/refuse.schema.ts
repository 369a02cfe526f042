import type { z } from 'zod';
import { dossierCommandSchema, reasonsSchema } from './dossier-common.schema';

/** Từ chối tiếp nhận (Mẫu 03): the reasons are required. */
export const refuseSchema = dossierCommandSchema.extend({ reasons: reasonsSchema });
export type RefuseInput = z.infer<typeof refuseSchema>;
