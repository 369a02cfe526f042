import { z } from 'zod';

export const scienceReportSchema = z
  .object({
    fromYear: z.number().int().min(2000).max(2199),
    toYear: z.number().int().min(2000).max(2199),
  })
  .refine((r) => r.fromYear <= r.toYear, {
    message: 'Năm bắt đầu không được sau năm kết thúc.',
    path: ['toYear'],
  })
  .refine((r) => r.toYear - r.fromYear <= 20, { message: 'Báo cáo tối đa 20 năm.', path: ['fromYear'] });
export type ScienceReportInput = z.infer<typeof scienceReportSchema>;
