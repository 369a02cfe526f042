import { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';

/** Chuyển thụ lý: the unit head gives the dossier to an officer of the unit it is routed to. */
export const assignSchema = dossierCommandSchema.extend({
  assigneeUserId: z.uuid({ message: 'Vui lòng chọn cán bộ thụ lý.' }),
  note: noteSchema,
});
export type AssignInput = z.infer<typeof assignSchema>;
