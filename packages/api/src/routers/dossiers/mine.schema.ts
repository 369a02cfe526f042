import { z } from 'zod';

export const mineSchema = z
  .object({
    statuses: z.array(z.number().int().min(1).max(10)).max(10).optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  })
  .default({ page: 1, pageSize: 20 });
export type MineInput = z.infer<typeof mineSchema>;
