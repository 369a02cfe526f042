import { z } from 'zod';
import { expertSchema, SCIENCE_FIELDS } from '@skhcn/domain';

/** The account an expert signs in with: a user name and a first password the office hands over. */
export const expertAccountSchema = z.object({
  username: z
    .string({ error: 'Vui lòng nhập tên đăng nhập.' })
    .trim()
    .toLowerCase()
    .regex(/^[a-z][a-z0-9._-]{2,49}$/, {
      message: 'Tên đăng nhập gồm 3–50 chữ thường không dấu, chữ số, dấu chấm, gạch ngang; bắt đầu bằng chữ.',
    }),
  password: z
    .string({ error: 'Vui lòng nhập mật khẩu.' })
    .min(8, { message: 'Mật khẩu có ít nhất 8 ký tự.' })
    .max(200, { message: 'Mật khẩu quá dài.' })
    .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), { message: 'Mật khẩu cần có cả chữ và số.' }),
});

export const createExpertSchema = z.object({ expert: expertSchema, account: expertAccountSchema.optional() });
export type CreateExpertInput = z.infer<typeof createExpertSchema>;

export const createExpertAccountSchema = expertAccountSchema.extend({
  expertId: z.uuid({ message: 'Chuyên gia không hợp lệ.' }),
});
export type CreateExpertAccountInput = z.infer<typeof createExpertAccountSchema>;

export const expertsQuerySchema = z
  .object({
    q: z.string().trim().max(200).optional(),
    field: z.enum(SCIENCE_FIELDS).optional(),
  })
  .default({});
export type ExpertsQueryInput = z.infer<typeof expertsQuerySchema>;
