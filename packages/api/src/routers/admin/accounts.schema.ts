import { z } from 'zod';
import { ROLES, taxCodeSchema, type Role } from '@skhcn/domain';

const roleSchema = z.enum(ROLES as [Role, ...Role[]], { error: 'Vai trò không hợp lệ.' });
const kindSchema = z.enum(['staff', 'applicant', 'external'], { error: 'Loại tài khoản không hợp lệ.' });
const idSchema = z.uuid({ error: 'Mã tài khoản không hợp lệ.' });
const versionSchema = z.number().int().min(1);

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,100}$/, {
    error: 'Tên đăng nhập gồm 3–100 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
  });

const fullNameSchema = z
  .string()
  .trim()
  .min(2, { error: 'Vui lòng nhập họ và tên.' })
  .max(200, { error: 'Họ và tên quá dài (tối đa 200 ký tự).' });

export const membershipsSchema = z
  .array(
    z.object({
      unitCode: z.string().trim().min(1, { error: 'Vui lòng chọn đơn vị.' }).max(32),
      role: roleSchema,
    }),
  )
  .min(1, { error: 'Cán bộ phải có ít nhất một vai trò trong một đơn vị.' })
  .max(20, { error: 'Quá nhiều vai trò (tối đa 20).' })
  .refine((list) => new Set(list.map((m) => `${m.unitCode}/${m.role}`)).size === list.length, {
    error: 'Một vai trò trong cùng đơn vị được chọn hai lần.',
  });

export const ACCOUNT_PAGE_SIZES = [10, 20, 50] as const;

export const listAccountsSchema = z.object({
  unitCode: z.string().trim().max(32).optional(),
  role: roleSchema.optional(),
  kind: kindSchema.optional(),
  active: z.boolean().optional(),
  search: z.string().trim().max(100, { error: 'Từ khoá tìm kiếm quá dài.' }).optional(),
  sort: z.enum(['fullName', 'username', 'createdAt']).default('fullName'),
  direction: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z
    .number()
    .int()
    .refine((n) => (ACCOUNT_PAGE_SIZES as readonly number[]).includes(n), {
      error: 'Số dòng mỗi trang phải là 10, 20 hoặc 50.',
    })
    .default(20),
});
export type ListAccountsInput = z.input<typeof listAccountsSchema>;
export type ListAccountsParsed = z.output<typeof listAccountsSchema>;

export const accountIdSchema = z.object({ id: idSchema });
export type AccountIdInput = z.infer<typeof accountIdSchema>;

export const createStaffSchema = z.object({
  username: usernameSchema,
  fullName: fullNameSchema,
  memberships: membershipsSchema,
});
export type CreateStaffInput = z.output<typeof createStaffSchema>;

export const createApplicantSchema = z.object({
  username: usernameSchema,
  /** the person who will sign in for the organisation */
  fullName: fullNameSchema,
  organisationName: z
    .string()
    .trim()
    .min(2, { error: 'Vui lòng nhập tên tổ chức.' })
    .max(300, { error: 'Tên tổ chức quá dài (tối đa 300 ký tự).' }),
  taxCode: taxCodeSchema,
});
export type CreateApplicantInput = z.output<typeof createApplicantSchema>;

export const setMembershipsSchema = z.object({
  id: idSchema,
  version: versionSchema,
  memberships: membershipsSchema,
});
export type SetMembershipsInput = z.output<typeof setMembershipsSchema>;

export const setActiveSchema = z.object({ id: idSchema, version: versionSchema, active: z.boolean() });
export type SetActiveInput = z.infer<typeof setActiveSchema>;

export const resetPasswordSchema = z.object({ id: idSchema, version: versionSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;
