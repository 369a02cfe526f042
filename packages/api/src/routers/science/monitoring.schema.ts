import { z } from 'zod';
import { adjustmentRequestSchema, inspectionSchema, progressReportSchema } from '@skhcn/domain';
import { reasonSchema, taskCommandSchema } from './science-common.schema';

export const reportProgressSchema = taskCommandSchema.extend({ report: progressReportSchema });
export type ReportProgressInput = z.infer<typeof reportProgressSchema>;

export const recordInspectionSchema = taskCommandSchema.extend({ inspection: inspectionSchema });
export type RecordInspectionInput = z.infer<typeof recordInspectionSchema>;

export const requestAdjustmentSchema = taskCommandSchema.extend({ adjustment: adjustmentRequestSchema });
export type RequestAdjustmentInput = z.infer<typeof requestAdjustmentSchema>;

export const decideAdjustmentSchema = taskCommandSchema.extend({
  adjustmentId: z.uuid({ message: 'Mã đề nghị điều chỉnh không hợp lệ.' }),
  approve: z.boolean({ error: 'Vui lòng chọn chấp thuận hoặc không chấp thuận.' }),
  reason: reasonSchema,
});
export type DecideAdjustmentInput = z.infer<typeof decideAdjustmentSchema>;
