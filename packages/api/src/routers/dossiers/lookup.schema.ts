import { z } from 'zod';
import { taxCodeSchema } from '../../one-stop';

/** Public look-up (tra cứu hồ sơ): the dossier code and the applicant's tax code, both needed. */
export const lookupSchema = z.object({
  code: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9.]+-\d{6}-\d{4}$/, { message: 'Mã hồ sơ không đúng dạng (ví dụ CCTDC-260302-0001).' }),
  taxCode: taxCodeSchema,
});
export type LookupInput = z.infer<typeof lookupSchema>;
