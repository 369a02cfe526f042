// Zod schema that every catalog entry must satisfy.
import { z } from 'zod';
import { managementFieldsData } from '../dieu2/management-fields.data';
import { isoDateSchema } from '../legal-source';

export const confidenceSchema = z.enum(['H', 'M', 'L']);

export const legalSourceSchema = z.object({
  document: z.string().trim().min(3, { message: 'Thiếu số hiệu văn bản' }),
  article: z.string().trim().min(1).optional(),
  date: isoDateSchema.optional(),
  url: z.url().optional(),
  confidence: confidenceSchema.optional(),
  note: z.string().min(1).optional(),
});

export const timeUnitSchema = z.enum(['working_days', 'calendar_days']);
export const durationSchema = z.object({
  amount: z.number().int().positive({ message: 'Thời hạn phải là số nguyên dương' }),
  unit: timeUnitSchema,
});
const sourcedDurationSchema = durationSchema.extend({
  source: legalSourceSchema.optional(),
  note: z.string().min(1).optional(),
});

/** The khoản of Điều 2 that have procedures in the catalog. */
const KHOAN_WITH_PROCEDURES = [6, 11, 12, 13, 14] as const;

/**
 * Khoản of Điều 2 → field slug and app, for the fields that have procedures: taken from the Điều 2 map
 * (dieu2/management-fields.data.ts), so that a procedure's field is the field of Điều 2 and filtering by it
 * finds it.
 */
export const KHOAN_FIELDS: Readonly<Record<number, { fieldSlug: string; app: string }>> = Object.fromEntries(
  KHOAN_WITH_PROCEDURES.map((khoan) => {
    const field = managementFieldsData.find((f) => f.khoan === khoan);
    const app = field?.apps[0];
    if (!field || !app) throw new Error(`Điều 2 khoản ${khoan} has no field or app`);
    return [khoan, { fieldSlug: field.slug, app }];
  }),
);

const keySchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'Khóa phải viết thường, nối bằng dấu gạch ngang' });

export const procedureStepSchema = z.object({
  key: keySchema,
  name: z.string().min(3),
  duration: durationSchema.optional(),
  source: legalSourceSchema.optional(),
  actor: z.enum(['agency', 'applicant']).optional(),
});

export const dossierComponentSchema = z.object({
  key: keySchema,
  name: z.string().min(3),
  form: z.string().min(3).optional(),
  required: z.boolean(),
  when: z.string().min(3).optional(),
  appliesWhen: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)).optional(),
  confidence: confidenceSchema.optional(),
  note: z.string().min(1).optional(),
});

export const feeSchema = z.object({
  label: z.string().min(3),
  amount: z.number().int().nonnegative(),
  kind: z.enum(['phí', 'lệ phí']),
  source: legalSourceSchema,
  key: keySchema.optional(),
  per: z.string().min(1).optional(),
  ratioOf: z.object({ code: z.string(), feeKey: z.string(), ratio: z.number().positive().max(1) }).optional(),
  note: z.string().min(1).optional(),
});

const uniqueKeys = (items: { key?: string | undefined }[]) => {
  const keys = items.map((i) => i.key).filter((k): k is string => k !== undefined);
  return new Set(keys).size === keys.length;
};

export const procedureVersionSchema = z
  .object({
    code: z.string().regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, { message: 'Mã thủ tục có dạng "linh-vuc.thu-tuc"' }),
    nationalCode: z
      .string()
      .regex(/^\d\.\d{6}(\.[A-Z0-9]+)?$/, { message: 'Mã thủ tục quốc gia có dạng 1.004473' })
      .optional(),
    version: z.string().min(1),
    name: z.string().min(5),
    khoan: z.number().int().min(1).max(29),
    fieldSlug: z.string().min(2),
    app: z.enum(['licensing', 'conformity', 'science', 'dti', 'shell']),
    receivingBody: z.string().min(3).optional(),
    legalBasis: z.array(legalSourceSchema).min(1, { message: 'Thiếu căn cứ pháp lý' }),
    processingTime: durationSchema.extend({ source: legalSourceSchema, from: z.string().min(3).optional() }),
    completenessCheck: sourcedDurationSchema.optional(),
    supplementLimit: sourcedDurationSchema.optional(),
    filingDeadline: durationSchema.extend({ rule: z.string().min(5), source: legalSourceSchema }).optional(),
    steps: z.array(procedureStepSchema).min(1).refine(uniqueKeys, { message: 'Khóa bước bị trùng' }),
    components: z
      .array(dossierComponentSchema)
      .min(1)
      .refine(uniqueKeys, { message: 'Khóa thành phần hồ sơ bị trùng' }),
    fees: z.array(feeSchema).refine(uniqueKeys, { message: 'Khóa phí bị trùng' }),
    feeNote: z.string().min(3).optional(),
    free: z.literal(true).optional(),
    outcome: z.object({ document: z.string().min(3), form: z.string().min(3).optional() }),
    validity: z
      .object({
        years: z.number().int().positive().optional(),
        months: z.number().int().positive().optional(),
        note: z.string().min(3).optional(),
        // required here although optional in the type: every validity needs its source
        source: legalSourceSchema,
      })
      .refine((v) => v.years !== undefined || v.months !== undefined || v.note !== undefined, {
        message: 'Thời hạn hiệu lực cần số năm, số tháng hoặc ghi chú',
      })
      .optional(),
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    regime: z.string().min(2).optional(),
    confidence: confidenceSchema,
    override: z
      .object({
        province: keySchema,
        processingTime: durationSchema.optional(),
        source: legalSourceSchema,
        note: z.string().min(1).optional(),
      })
      .optional(),
    notes: z.array(z.string().min(3)).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.effectiveTo !== undefined && v.effectiveTo < v.effectiveFrom) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveTo'],
        message: 'Ngày hết hiệu lực trước ngày có hiệu lực',
      });
    }
    const field = KHOAN_FIELDS[v.khoan];
    if (field && field.fieldSlug !== v.fieldSlug) {
      ctx.addIssue({
        code: 'custom',
        path: ['fieldSlug'],
        message: `Khoản ${v.khoan} thuộc lĩnh vực ${field.fieldSlug}`,
      });
    }
    if (field && field.app !== v.app) {
      ctx.addIssue({
        code: 'custom',
        path: ['app'],
        message: `Khoản ${v.khoan} do ứng dụng ${field.app} phục vụ`,
      });
    }
    if (v.free && v.fees.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['free'],
        message: 'Thủ tục không thu phí thì không có khoản phí nào',
      });
    }
    if (v.fees.length === 0 && v.feeNote === undefined) {
      ctx.addIssue({ code: 'custom', path: ['feeNote'], message: 'Không có phí thì phải ghi rõ lý do' });
    }
  });
