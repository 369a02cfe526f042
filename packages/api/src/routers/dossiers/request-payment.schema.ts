import { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';

/** The largest amount a single fee line may carry (VND), to catch a mistyped number. */
export const MAX_FEE_AMOUNT = 1_000_000_000;

export const feeLineSchema = z.object({
  label: z.string().trim().min(1, { message: 'Vui lòng nêu khoản phí, lệ phí.' }).max(300),
  amount: z
    .number({ message: 'Số tiền phải là một số.' })
    .int({ message: 'Số tiền phải là số nguyên (đồng).' })
    .min(1, { message: 'Số tiền phải lớn hơn 0 đồng.' })
    .max(MAX_FEE_AMOUNT, { message: 'Số tiền quá lớn; vui lòng kiểm tra lại.' }),
});

/** Yêu cầu thực hiện nghĩa vụ tài chính: the fees to pay (status 6, the clock pauses until they are paid). */
export const requestPaymentSchema = dossierCommandSchema.extend({
  fees: z
    .array(feeLineSchema)
    .min(1, { message: 'Vui lòng nêu ít nhất một khoản phải nộp.' })
    .max(20, { message: 'Quá nhiều khoản phí (tối đa 20).' }),
  note: noteSchema,
});
export type RequestPaymentInput = z.infer<typeof requestPaymentSchema>;
