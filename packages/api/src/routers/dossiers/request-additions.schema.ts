import { z } from 'zod';
import { dossierCommandSchema, noteSchema, reasonTextSchema } from '../../one-stop';

/** Yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02): what is missing or wrong, each with its reason. */
export const requestAdditionsSchema = dossierCommandSchema.extend({
  items: z
    .array(
      z.object({
        componentKey: z.string().trim().max(100).optional(),
        name: z.string().trim().min(1, { message: 'Vui lòng nêu giấy tờ cần bổ sung.' }).max(500),
        reason: reasonTextSchema,
      }),
    )
    .min(1, { message: 'Vui lòng nêu ít nhất một nội dung cần bổ sung.' })
    .max(50),
  note: noteSchema,
});
export type RequestAdditionsInput = z.infer<typeof requestAdditionsSchema>;
