import { z } from 'zod';
import { dtiEvidenceSchema, dtiValueSchema } from '@skhcn/domain';
import { cycleIdSchema, dtiUnitIdSchema } from './cycles.schema';

export const componentIdSchema = z.string().trim().min(1, { message: 'Thiếu mã chỉ số thành phần.' }).max(60);

export const unitEntrySchema = z.object({ cycleId: cycleIdSchema, unitId: dtiUnitIdSchema });
export type UnitEntryInput = z.infer<typeof unitEntrySchema>;

/** Saves one item as a draft (or a correction of a returned item): the value, a note and the evidence. */
export const inputSaveSchema = z.object({
  cycleId: cycleIdSchema,
  unitId: dtiUnitIdSchema,
  componentId: componentIdSchema,
  /** 0 for an item not saved yet */
  expectedVersion: z.number().int().min(0, { message: 'Phiên bản không hợp lệ.' }),
  value: dtiValueSchema,
  note: z.string().trim().max(2000, { message: 'Ghi chú dài tối đa 2.000 ký tự.' }).optional(),
  evidence: z
    .array(dtiEvidenceSchema)
    .max(20, { message: 'Tối đa 20 minh chứng cho một chỉ số.' })
    .default([]),
});
export type InputSaveInput = z.infer<typeof inputSaveSchema>;

/** Submits saved items for review, all or none. */
export const inputSubmitSchema = z.object({
  cycleId: cycleIdSchema,
  unitId: dtiUnitIdSchema,
  items: z
    .array(z.object({ componentId: componentIdSchema, expectedVersion: z.number().int().min(1) }))
    .min(1, { message: 'Chọn ít nhất một mục để gửi.' })
    .max(1000),
});
export type InputSubmitInput = z.infer<typeof inputSubmitSchema>;
