import { z } from 'zod';
import { dossierCommandSchema, reasonTextSchema } from '../../one-stop';

/**
 * Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04): why the dossier will be late and the new appointment date
 * (a working day after the current one; at most once, sent at least one day before the current date).
 */
export const extendDeadlineSchema = dossierCommandSchema.extend({
  newDeadline: z.iso.date({ message: 'Ngày hẹn mới phải là một ngày hợp lệ (dạng YYYY-MM-DD).' }),
  reason: reasonTextSchema,
});
export type ExtendDeadlineInput = z.infer<typeof extendDeadlineSchema>;
