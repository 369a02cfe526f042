import { z } from 'zod';
import { SCIENCE_FIELDS } from '@skhcn/domain';
import { pageSchema } from './science-common.schema';

export const resultsQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    field: z.enum(SCIENCE_FIELDS).optional(),
    registered: z.boolean().optional(),
    ...pageSchema,
  })
  .default({ page: 1, pageSize: 20 });
export type ResultsQueryInput = z.infer<typeof resultsQuerySchema>;

export const certificateQuerySchema = z.object({
  number: z.string().trim().min(1, { message: 'Vui lòng nhập số giấy chứng nhận.' }).max(60),
});
export type CertificateQueryInput = z.infer<typeof certificateQuerySchema>;
