import { z } from 'zod';
import { SCIENCE_FIELDS, TASK_STAGES } from '@skhcn/domain';
import { pageSchema, taskIdSchema } from './science-common.schema';

export const tasksQuerySchema = z
  .object({
    stages: z.array(z.enum(TASK_STAGES)).max(TASK_STAGES.length).optional(),
    field: z.enum(SCIENCE_FIELDS).optional(),
    year: z.number().int().min(2000).max(2199).optional(),
    q: z.string().trim().max(200).optional(),
    /** only tasks with an overdue progress report */
    overdue: z.boolean().optional(),
    sort: z.enum(['updated', 'code', 'title', 'budget']).default('updated'),
    direction: z.enum(['asc', 'desc']).optional(),
    ...pageSchema,
  })
  .default({ sort: 'updated', page: 1, pageSize: 20 });
export type TasksQueryInput = z.infer<typeof tasksQuerySchema>;

export const taskQuerySchema = z.object({ taskId: taskIdSchema });
export type TaskQueryInput = z.infer<typeof taskQuerySchema>;

export const taskOfDossierSchema = z.object({
  dossierId: z.uuid({ message: 'Mã định danh hồ sơ không hợp lệ.' }),
});
export type TaskOfDossierInput = z.infer<typeof taskOfDossierSchema>;
