import { z } from 'zod';
import { COUNCIL_KINDS, COUNCIL_ROLES } from '@skhcn/domain';
import { councilIdSchema, isoDateField, taskIdSchema } from './science-common.schema';

const criterionSchema = z.object({
  id: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,40}$/, { message: 'Mã tiêu chí gồm chữ thường không dấu, chữ số và gạch ngang.' }),
  label: z.string().trim().min(1, { message: 'Vui lòng nhập tên tiêu chí.' }).max(300),
  max: z
    .number({ error: 'Điểm tối đa phải là số.' })
    .positive({ message: 'Điểm tối đa phải lớn hơn 0.' })
    .max(1000),
});

/** A sheet of the catalog by id, or one defined for this call (criteria, maxima, pass average, zero rule). */
export const councilSheetSchema = z.union([
  z.object({ id: z.string().trim().min(1).max(60) }),
  z.object({
    custom: z.object({
      label: z.string().trim().min(1, { message: 'Vui lòng đặt tên phiếu đánh giá.' }).max(300),
      criteria: z.array(criterionSchema).min(1, { message: 'Phiếu cần ít nhất một tiêu chí.' }).max(20),
      passAverage: z.number().min(0),
      maxZeroShare: z.number().min(0).max(1),
    }),
  }),
]);

export const formCouncilSchema = z.object({
  taskId: taskIdSchema,
  kind: z.enum(COUNCIL_KINDS, { error: 'Vui lòng chọn loại hội đồng.' }),
  name: z.string().trim().min(1, { message: 'Vui lòng nhập tên hội đồng.' }).max(300),
  compositionModel: z.string().trim().min(1, { message: 'Vui lòng chọn mô hình hội đồng.' }).max(60),
  meetingOn: isoDateField('Ngày họp hội đồng').optional(),
  /** selection councils: the scoring sheet (the default sheet when omitted) */
  sheet: councilSheetSchema.optional(),
  members: z
    .array(
      z.object({
        expertId: z.uuid({ message: 'Chuyên gia không hợp lệ.' }),
        role: z.enum(COUNCIL_ROLES, { error: 'Vui lòng chọn vai trò trong hội đồng.' }),
      }),
    )
    .min(1, { message: 'Hội đồng cần có thành viên.' })
    .max(15, { message: 'Hội đồng có tối đa 15 thành viên.' }),
});
export type FormCouncilInput = z.infer<typeof formCouncilSchema>;

export const councilQuerySchema = z.object({ councilId: councilIdSchema });
export type CouncilQueryInput = z.infer<typeof councilQuerySchema>;

export const closeScoringSchema = z.object({
  councilId: councilIdSchema,
  expectedVersion: z.number().int().min(1, { message: 'Phiên bản hội đồng không hợp lệ.' }),
});
export type CloseScoringInput = z.infer<typeof closeScoringSchema>;
