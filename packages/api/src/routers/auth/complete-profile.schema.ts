import { z } from 'zod';
import { taxCodeSchema } from '@skhcn/domain';

/** The organisation an applicant who signed in through an identity provider files for. */
export const completeProfileSchema = z.object({
  organisationName: z
    .string()
    .trim()
    .min(2, { error: 'Vui lòng nhập tên tổ chức.' })
    .max(300, { error: 'Tên tổ chức quá dài (tối đa 300 ký tự).' }),
  taxCode: taxCodeSchema,
});
export type CompleteProfileInput = z.output<typeof completeProfileSchema>;
