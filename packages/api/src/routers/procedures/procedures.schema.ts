import { z } from 'zod';
import { isoDateSchema } from '@skhcn/domain';

export const procedureCodeSchema = z
  .string()
  .trim()
  .min(1, { message: 'Vui lòng nhập mã thủ tục.' })
  .max(100, { message: 'Mã thủ tục quá dài.' });

export const proceduresListSchema = z
  .object({
    khoan: z.number().int().min(1).max(29).optional(),
    fieldSlug: z.string().trim().min(1).max(100).optional(),
    onDate: isoDateSchema.optional(),
  })
  .optional();
export type ProceduresListInput = z.infer<typeof proceduresListSchema>;

export const procedureByCodeSchema = z.object({
  code: procedureCodeSchema,
  onDate: isoDateSchema.optional(),
});
export type ProcedureByCodeInput = z.infer<typeof procedureByCodeSchema>;

export const procedureVersionsSchema = z.object({ code: procedureCodeSchema });
export type ProcedureVersionsInput = z.infer<typeof procedureVersionsSchema>;
