import { z } from 'zod';
import { applicationIdSchema, councilIdSchema } from './science-common.schema';

export const memberApplicationSchema = z.object({
  councilId: councilIdSchema,
  applicationId: applicationIdSchema,
});
export type MemberApplicationInput = z.infer<typeof memberApplicationSchema>;

export const declareConflictSchema = memberApplicationSchema.extend({
  conflicted: z.boolean({ error: 'Vui lòng cho biết có hay không có xung đột lợi ích.' }),
  note: z.string().trim().max(2000, { message: 'Ghi chú quá dài (tối đa 2.000 ký tự).' }).optional(),
});
export type DeclareConflictInput = z.infer<typeof declareConflictSchema>;

export const saveSheetSchema = memberApplicationSchema.extend({
  /** 0 for a sheet not yet saved */
  expectedVersion: z.number().int().min(0),
  scores: z.record(z.string(), z.number({ error: 'Điểm phải là số.' })),
  comment: z.string().trim().max(4000, { message: 'Nhận xét quá dài (tối đa 4.000 ký tự).' }).optional(),
  /** true: submit the sheet (final, all criteria scored); false: keep it as a draft */
  submit: z.boolean(),
});
export type SaveSheetInput = z.infer<typeof saveSheetSchema>;
