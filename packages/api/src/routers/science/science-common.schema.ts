// Inputs shared by the science router's procedures.
import { z } from 'zod';
import { isoDateField } from '@skhcn/domain';

export const taskIdSchema = z.uuid({ message: 'Mã định danh nhiệm vụ không hợp lệ.' });
export const councilIdSchema = z.uuid({ message: 'Mã định danh hội đồng không hợp lệ.' });
export const applicationIdSchema = z.uuid({ message: 'Mã định danh hồ sơ đăng ký không hợp lệ.' });

/** Every task command names the task and the version the user saw (optimistic concurrency). */
export const taskCommandSchema = z.object({
  taskId: taskIdSchema,
  expectedVersion: z.number().int().min(1, { message: 'Phiên bản nhiệm vụ không hợp lệ.' }),
});

export const reasonSchema = z
  .string({ error: 'Vui lòng nêu lý do.' })
  .trim()
  .min(1, { message: 'Vui lòng nêu lý do.' })
  .max(2000, { message: 'Lý do quá dài (tối đa 2.000 ký tự).' });

export const optionalNoteSchema = z
  .string()
  .trim()
  .max(2000, { message: 'Ghi chú quá dài (tối đa 2.000 ký tự).' })
  .optional();

export { isoDateField };

export const pageSchema = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};
