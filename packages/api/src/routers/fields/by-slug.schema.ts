import { z } from 'zod';

export const fieldBySlugSchema = z.object({
  slug: z
    .string()
    .trim()
    .min(1, { message: 'Vui lòng chọn lĩnh vực.' })
    .max(100, { message: 'Mã lĩnh vực quá dài.' }),
});
export type FieldBySlugInput = z.infer<typeof fieldBySlugSchema>;
