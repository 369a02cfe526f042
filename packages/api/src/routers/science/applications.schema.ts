import { z } from 'zod';
import { applicationSchema } from '@skhcn/domain';
import { taskIdSchema } from './science-common.schema';

/** An organisation applies online for a task under call (its name and tax code come from its account). */
export const submitApplicationSchema = z.object({
  taskId: taskIdSchema,
  application: applicationSchema.omit({ organisationName: true, taxCode: true }),
});
export type SubmitApplicationInput = z.infer<typeof submitApplicationSchema>;

/** The office records an application received on paper. */
export const recordApplicationSchema = z.object({ taskId: taskIdSchema, application: applicationSchema });
export type RecordApplicationInput = z.infer<typeof recordApplicationSchema>;
