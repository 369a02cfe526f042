import { z } from 'zod';
import { isoDateField, taxCodeSchema } from '@skhcn/domain';
import { dossierIdSchema, reasonTextSchema } from '../../one-stop';
import { conformityProcedureCodeSchema } from './submit.schema';

export const declarationQuerySchema = z.object({ dossierId: dossierIdSchema });
export type DeclarationQueryInput = z.infer<typeof declarationQuerySchema>;

export const lookupEnterpriseSchema = z.object({ taxCode: taxCodeSchema });
export type LookupEnterpriseInput = z.infer<typeof lookupEnterpriseSchema>;

export const registryStatusSchema = z.enum(['in_force', 'expired', 'revoked'], {
  error: 'Trạng thái phải là còn hiệu lực, hết hiệu lực hoặc đã bị thu hồi.',
});

export const registrySearchSchema = z.object({
  q: z.string().trim().max(200, { message: 'Từ khóa tìm kiếm dài tối đa 200 ký tự.' }).optional(),
  status: registryStatusSchema.optional(),
  procedureCode: conformityProcedureCodeSchema.optional(),
  page: z.number().int().min(1, { message: 'Số trang bắt đầu từ 1.' }).max(10_000).default(1),
  pageSize: z
    .number()
    .int()
    .min(1, { message: 'Số dòng mỗi trang tối thiểu là 1.' })
    .max(100, { message: 'Số dòng mỗi trang tối đa là 100.' })
    .default(20),
});
export type RegistrySearchInput = z.infer<typeof registrySearchSchema>;

export const noticeNumberSchema = z
  .string({ error: 'Số thông báo tiếp nhận là bắt buộc.' })
  .trim()
  .min(1, { message: 'Số thông báo tiếp nhận là bắt buộc.' })
  .max(60, { message: 'Số thông báo tiếp nhận dài tối đa 60 ký tự.' });

export const registryEntrySchema = z.object({ noticeNumber: noticeNumberSchema });
export type RegistryEntryInput = z.infer<typeof registryEntrySchema>;

export const revokeSchema = z.object({ noticeNumber: noticeNumberSchema, reason: reasonTextSchema });
export type RevokeInput = z.infer<typeof revokeSchema>;

/** The longest period one report covers. */
export const REPORT_MAX_DAYS = 366 * 5;

export const reportSchema = z
  .object({
    from: isoDateField('Từ ngày'),
    to: isoDateField('Đến ngày'),
    procedureCode: conformityProcedureCodeSchema.optional(),
  })
  .refine((r) => r.from <= r.to, { message: '“Từ ngày” không được sau “Đến ngày”.', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 <= REPORT_MAX_DAYS, {
    message: 'Một báo cáo tính tối đa 5 năm.',
    path: ['to'],
  });
export type ReportInput = z.infer<typeof reportSchema>;
