import { z } from 'zod';
import { passwordIssues } from '@skhcn/domain';

/** auth.changePassword: the current password, and a new one meeting the password policy (TCVN 11930:2017). */
export const changePasswordSchema = z.object({
  currentPassword: z
    .string()
    .min(1, { error: 'Vui lòng nhập mật khẩu hiện tại.' })
    .max(200, { error: 'Mật khẩu quá dài.' }),
  newPassword: z.string().superRefine((password, ctx) => {
    for (const issue of passwordIssues(password)) ctx.addIssue({ code: 'custom', message: issue.message });
  }),
});
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
