import { z } from 'zod';
import { optionalNoteSchema, taskCommandSchema } from './science-common.schema';

/** The files of each dossier component, uploaded beforehand through POST /api/files. */
const componentFilesSchema = z
  .array(
    z.object({
      componentKey: z.string().trim().min(1, { message: 'Vui lòng chọn thành phần hồ sơ.' }).max(100),
      fileIds: z
        .array(z.uuid({ message: 'Mã tệp không hợp lệ.' }))
        .min(1, { message: 'Vui lòng đính kèm ít nhất một tệp cho thành phần hồ sơ.' })
        .max(50),
    }),
  )
  .max(50);

export const fileRegistrationSchema = taskCommandSchema.extend({
  components: componentFilesSchema,
  /** when the office takes in a paper dossier for the host: at the counter or by post */
  channel: z.enum(['direct', 'postal']).optional(),
  note: optionalNoteSchema,
});
export type FileRegistrationInput = z.infer<typeof fileRegistrationSchema>;
