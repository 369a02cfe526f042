import { z } from 'zod';
import { dtiFrameworkSchema, dtiLevelSchema } from '@skhcn/domain';

export const frameworkIdSchema = z
  .string({ error: 'Mã bộ chỉ số là bắt buộc.' })
  .trim()
  .min(1, { message: 'Mã bộ chỉ số là bắt buộc.' })
  .max(60, { message: 'Mã bộ chỉ số dài tối đa 60 ký tự.' });

export const frameworkGetSchema = z.object({ id: frameworkIdSchema });
export type FrameworkGetInput = z.infer<typeof frameworkGetSchema>;

export const frameworkListSchema = z.object({ level: dtiLevelSchema.optional() }).optional();
export type FrameworkListInput = z.infer<typeof frameworkListSchema>;

/** A new framework: entered on screen or imported from an exchange-format JSON file. */
export const frameworkCreateSchema = z.object({ framework: dtiFrameworkSchema });
export type FrameworkCreateInput = z.infer<typeof frameworkCreateSchema>;

/** The whole framework as edited, with the version the editor started from. */
export const frameworkSaveSchema = z.object({
  id: frameworkIdSchema,
  expectedVersion: z.number().int().min(1, { message: 'Phiên bản bộ chỉ số không hợp lệ.' }),
  framework: dtiFrameworkSchema,
});
export type FrameworkSaveInput = z.infer<typeof frameworkSaveSchema>;

/** Copies a framework (e.g. last year's, locked) into a new one for another year, to edit before its cycle opens. */
export const frameworkCopySchema = z.object({
  fromId: frameworkIdSchema,
  toId: frameworkIdSchema.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, {
    message: 'Mã bộ chỉ số chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới.',
  }),
  year: z
    .number({ error: 'Năm đánh giá phải là một số.' })
    .int()
    .min(2000, { message: 'Năm đánh giá từ 2000.' })
    .max(2100, { message: 'Năm đánh giá đến 2100.' }),
  name: z.string().trim().min(1).max(300).optional(),
});
export type FrameworkCopyInput = z.infer<typeof frameworkCopySchema>;
