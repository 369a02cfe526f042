import { z } from 'zod';
import { procedureCodeSchema } from '../../one-stop';

const statusSchema = z.number().int().min(1).max(10);

/** The staff inbox: filters, sort and paging. */
export const inboxSchema = z
  .object({
    statuses: z.array(statusSchema).max(10).optional(),
    procedureCode: procedureCodeSchema.optional(),
    /** A field's procedures: its inbox shows only those (and the counts count only those) */
    procedureCodes: z.array(procedureCodeSchema).min(1).max(100).optional(),
    /** One unit among those the user may read; all of them when omitted */
    unitCode: z.string().trim().min(1).max(32).optional(),
    /** "me", "none" (not assigned yet) or a user id */
    assignee: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional(),
    /** overdue: past the appointment date; due_soon: due within 2 working days */
    due: z.enum(['overdue', 'due_soon']).optional(),
    awaitingSignature: z.boolean().optional(),
    /** Free text on the dossier code, applicant name or tax code; accents and case are ignored */
    q: z.string().trim().max(200).optional(),
    sort: z.enum(['deadline', 'received', 'code']).default('deadline'),
    direction: z.enum(['asc', 'desc']).optional(),
    page: z.number().int().min(1).default(1),
    pageSize: z.number().int().min(1).max(100).default(20),
  })
  .default({ sort: 'deadline', page: 1, pageSize: 20 });
export type InboxInput = z.infer<typeof inboxSchema>;
