import { z } from 'zod';
import {
  acceptanceGradesSchema,
  callSchema,
  contractSchema,
  followUpSchema,
  proposalSchema,
} from '@skhcn/domain';
import {
  applicationIdSchema,
  isoDateField,
  optionalNoteSchema,
  reasonSchema,
  taskCommandSchema,
} from './science-common.schema';

export const proposeSchema = proposalSchema;
export type ProposeInput = z.infer<typeof proposeSchema>;

export const identifySchema = taskCommandSchema.extend({
  meetingOn: isoDateField('Ngày họp hội đồng xác định nhiệm vụ'),
  conclusion: z
    .string({ error: 'Vui lòng ghi kết luận của hội đồng tư vấn xác định nhiệm vụ.' })
    .trim()
    .min(1, { message: 'Vui lòng ghi kết luận của hội đồng tư vấn xác định nhiệm vụ.' })
    .max(4000),
});
export type IdentifyInput = z.infer<typeof identifySchema>;

export const reasonCommandSchema = taskCommandSchema.extend({ reason: reasonSchema });
export type ReasonCommandInput = z.infer<typeof reasonCommandSchema>;

export const openCallSchema = taskCommandSchema.extend({ call: callSchema });
export type OpenCallInput = z.infer<typeof openCallSchema>;

export const selectHostSchema = taskCommandSchema.extend({
  applicationId: applicationIdSchema,
  /** required when several applications share the first rank */
  reason: z.string().trim().max(2000).optional(),
});
export type SelectHostInput = z.infer<typeof selectHostSchema>;

export const appraiseSchema = taskCommandSchema.extend({
  appraisedOn: isoDateField('Ngày thẩm định'),
  approvedBudget: z
    .number({ error: 'Kinh phí sau thẩm định phải là số tiền (đồng).' })
    .int({ error: 'Kinh phí là số đồng nguyên.' })
    .min(1, { error: 'Kinh phí sau thẩm định phải lớn hơn 0.' })
    .max(1_000_000_000_000),
  notes: z
    .string({ error: 'Vui lòng ghi ý kiến thẩm định.' })
    .trim()
    .min(1, { message: 'Vui lòng ghi ý kiến thẩm định nội dung và kinh phí.' })
    .max(4000),
});
export type AppraiseInput = z.infer<typeof appraiseSchema>;

export const approveTaskSchema = taskCommandSchema.extend({
  decisionNumber: z
    .string({ error: 'Vui lòng nhập số quyết định phê duyệt.' })
    .trim()
    .min(1, { message: 'Vui lòng nhập số quyết định phê duyệt.' })
    .max(60),
  approvedOn: isoDateField('Ngày quyết định'),
});
export type ApproveTaskInput = z.infer<typeof approveTaskSchema>;

export const signContractSchema = taskCommandSchema.extend({ contract: contractSchema });
export type SignContractInput = z.infer<typeof signContractSchema>;

export const startEvaluationSchema = taskCommandSchema.extend({ note: optionalNoteSchema });
export type StartEvaluationInput = z.infer<typeof startEvaluationSchema>;

export const recordAcceptanceSchema = taskCommandSchema.extend({ acceptance: acceptanceGradesSchema });
export type RecordAcceptanceInput = z.infer<typeof recordAcceptanceSchema>;

export const recordFollowUpSchema = taskCommandSchema.extend({ followUp: followUpSchema });
export type RecordFollowUpInput = z.infer<typeof recordFollowUpSchema>;
