import { z } from 'zod';
import { taxCodeSchema } from '../../one-stop';

/**
 * Public look-up (tra cứu hồ sơ): the dossier code with either the applicant's tax code (typed on the look-up
 * page) or the key printed in the QR code of the dossier's forms (Mẫu 01, 02, 06).
 */
export const lookupSchema = z
  .object({
    code: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9.]+-\d{6}-\d{4,6}$/, {
        message: 'Mã hồ sơ không đúng dạng (ví dụ CCTDC-260302-0001).',
      }),
    taxCode: taxCodeSchema.optional(),
    key: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{32}$/, { message: 'Mã xác thực trên mã QR không hợp lệ.' })
      .optional(),
  })
  .refine((i) => i.taxCode !== undefined || i.key !== undefined, {
    message: 'Vui lòng nhập mã số thuế của tổ chức, cá nhân nộp hồ sơ.',
    path: ['taxCode'],
  });
export type LookupInput = z.infer<typeof lookupSchema>;
