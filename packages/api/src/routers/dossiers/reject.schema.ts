import type { z } from 'zod';
import { dossierCommandSchema, reasonsSchema } from '../../one-stop';

/** Từ chối giải quyết: the leader refuses the request; the reasons are required and go to the applicant. */
export const rejectSchema = dossierCommandSchema.extend({ reasons: reasonsSchema });
export type RejectInput = z.infer<typeof rejectSchema>;
