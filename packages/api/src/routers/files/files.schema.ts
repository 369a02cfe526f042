import { z } from 'zod';

export const filesByIdsSchema = z.object({
  ids: z
    .array(z.uuid({ message: 'Mã tệp không hợp lệ.' }))
    .min(1)
    .max(100),
});
export type FilesByIdsInput = z.infer<typeof filesByIdsSchema>;
