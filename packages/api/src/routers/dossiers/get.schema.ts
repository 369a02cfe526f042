import { z } from 'zod';
import { dossierIdSchema } from './dossier-common.schema';

export const getSchema = z.object({ dossierId: dossierIdSchema });
export type GetInput = z.infer<typeof getSchema>;
