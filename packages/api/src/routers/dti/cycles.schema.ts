import { z } from 'zod';
import { dtiImputationRuleSchema, isoDateSchema } from '@skhcn/domain';
import { frameworkIdSchema } from './frameworks.schema';

export const cycleIdSchema = z.uuid({ message: 'Mã kỳ đánh giá không hợp lệ.' });
export const dtiUnitIdSchema = z.string().trim().min(1, { message: 'Vui lòng chọn đơn vị.' }).max(80);

export const cycleGetSchema = z.object({ cycleId: cycleIdSchema });
export type CycleGetInput = z.infer<typeof cycleGetSchema>;

export const cycleOpenSchema = z.object({
  frameworkId: frameworkIdSchema,
  name: z
    .string()
    .trim()
    .min(1, { message: 'Nhập tên kỳ đánh giá.' })
    .max(300, { message: 'Tên kỳ đánh giá dài tối đa 300 ký tự.' })
    .optional(),
  deadline: isoDateSchema,
  unitIds: z
    .array(dtiUnitIdSchema)
    .min(1, { message: 'Chọn ít nhất một đơn vị được đánh giá.' })
    .max(5000, { message: 'Tối đa 5.000 đơn vị trong một kỳ.' }),
  imputation: dtiImputationRuleSchema,
});
export type CycleOpenInput = z.infer<typeof cycleOpenSchema>;

export const cycleCloseSchema = z.object({
  cycleId: cycleIdSchema,
  expectedVersion: z.number().int().min(1, { message: 'Phiên bản kỳ đánh giá không hợp lệ.' }),
});
export type CycleCloseInput = z.infer<typeof cycleCloseSchema>;
