import { z } from 'zod';
import { DTI_ITEM_STATUSES, dtiValueSchema } from '@skhcn/domain';
import { cycleIdSchema, dtiUnitIdSchema } from './cycles.schema';
import { componentIdSchema } from './inputs.schema';

export const reviewQueueSchema = z.object({
  cycleId: cycleIdSchema,
  unitId: dtiUnitIdSchema.optional(),
  status: z.enum(DTI_ITEM_STATUSES).default('submitted'),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});
export type ReviewQueueInput = z.infer<typeof reviewQueueSchema>;

export const reviewDecisionSchema = z
  .object({
    unitId: dtiUnitIdSchema,
    componentId: componentIdSchema,
    expectedVersion: z.number().int().min(1),
    decision: z.enum(['accept', 'return'], { error: 'Chọn chấp nhận hoặc trả lại.' }),
    comment: z.string().trim().max(2000, { message: 'Nhận xét dài tối đa 2.000 ký tự.' }).optional(),
    /** When accepting: the reviewer's value, if it differs from the unit's */
    appraisedValue: dtiValueSchema.optional(),
  })
  .refine((d) => d.decision !== 'return' || !!d.comment, {
    message: 'Trả lại cần nêu lý do để đơn vị sửa.',
    path: ['comment'],
  });

export const reviewDecideSchema = z.object({
  cycleId: cycleIdSchema,
  decisions: z
    .array(reviewDecisionSchema)
    .min(1, { message: 'Chọn ít nhất một mục để thẩm định.' })
    .max(500, { message: 'Tối đa 500 mục mỗi lần.' }),
});
export type ReviewDecideInput = z.infer<typeof reviewDecideSchema>;
