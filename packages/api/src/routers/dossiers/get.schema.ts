import { z } from 'zod';
import { dossierIdSchema } from '../../one-stop';

export const getSchema = z.object({ dossierId: dossierIdSchema });
export type GetInput = z.infer<typeof getSchema>;
