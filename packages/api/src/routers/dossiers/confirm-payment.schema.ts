import { z } from 'zod';
import { dossierCommandSchema, noteSchema } from '../../one-stop';
import { MAX_FEE_AMOUNT } from './request-payment.schema';

export const PAYMENT_METHODS = ['counter', 'transfer', 'online'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Xác nhận đã thực hiện nghĩa vụ tài chính: the receipt, the amount and the day it was paid. */
export const confirmPaymentSchema = dossierCommandSchema.extend({
  receiptNumber: z
    .string()
    .trim()
    .min(1, { message: 'Vui lòng nhập số biên lai hoặc số chứng từ nộp tiền.' })
    .max(100, { message: 'Số biên lai quá dài (tối đa 100 ký tự).' }),
  amount: z
    .number({ message: 'Số tiền phải là một số.' })
    .int({ message: 'Số tiền phải là số nguyên (đồng).' })
    .min(1, { message: 'Số tiền phải lớn hơn 0 đồng.' })
    .max(MAX_FEE_AMOUNT * 20, { message: 'Số tiền quá lớn; vui lòng kiểm tra lại.' }),
  paidOn: z.iso.date({ message: 'Ngày nộp tiền phải là một ngày hợp lệ (dạng YYYY-MM-DD).' }),
  method: z.enum(PAYMENT_METHODS, { message: 'Vui lòng chọn hình thức nộp tiền.' }),
  note: noteSchema,
});
export type ConfirmPaymentInput = z.infer<typeof confirmPaymentSchema>;
