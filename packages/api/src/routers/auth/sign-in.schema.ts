import { z } from 'zod';

export const signInSchema = z.object({
  username: z
    .string()
    .trim()
    .min(1, { message: 'Vui lòng nhập tên đăng nhập.' })
    .max(100, { message: 'Tên đăng nhập quá dài.' })
    .transform((s) => s.toLowerCase()),
  password: z
    .string()
    .min(1, { message: 'Vui lòng nhập mật khẩu.' })
    .max(200, { message: 'Mật khẩu quá dài.' }),
});

export type SignInInput = z.infer<typeof signInSchema>;
