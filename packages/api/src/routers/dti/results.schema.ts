import { z } from 'zod';
import { dtiValueSchema } from '@skhcn/domain';
import { cycleIdSchema, dtiUnitIdSchema } from './cycles.schema';
import { componentIdSchema } from './inputs.schema';

export const resultsGetSchema = z.object({ cycleId: cycleIdSchema });
export type ResultsGetInput = z.infer<typeof resultsGetSchema>;

/** A what-if: changed inputs and indicator weight multipliers; nothing is saved. */
export const whatIfSchema = z.object({
  cycleId: cycleIdSchema,
  changes: z
    .array(z.object({ unitId: dtiUnitIdSchema, componentId: componentIdSchema, value: dtiValueSchema }))
    .max(200, { message: 'Tối đa 200 thay đổi.' })
    .default([]),
  weights: z
    .record(
      z.string().max(60),
      z
        .number({ error: 'Trọng số phải là một số.' })
        .min(0, { message: 'Trọng số không được âm.' })
        .max(10, { message: 'Trọng số tối đa gấp 10 lần.' }),
    )
    .default({}),
});
export type WhatIfInput = z.infer<typeof whatIfSchema>;

export const sensitivitySchema = z.object({
  cycleId: cycleIdSchema,
  delta: z
    .number()
    .min(0.05, { message: 'Mức thay đổi trọng số từ 5%.' })
    .max(0.5, { message: 'Mức thay đổi trọng số tối đa 50%.' })
    .default(0.2),
});
export type SensitivityInput = z.infer<typeof sensitivitySchema>;

export const decompositionSchema = z.object({ cycleId: cycleIdSchema, unitId: dtiUnitIdSchema });
export type DecompositionInput = z.infer<typeof decompositionSchema>;
