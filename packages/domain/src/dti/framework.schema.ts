// The DTI framework's exchange format (JSON other provinces can import) and its validation, with Vietnamese messages:
//   { id, year, level, pillars: [{ id, name, indicators: [{ id, name, components: [{ id, name, max, method }] }] }] }
// Every row may also say whether it is verified and from which document (`verified`, `source`), and an indicator or
// pillar may carry the maximum and the number of components its document declares (`declaredMax`,
// `declaredComponentCount`) when its component rows are not known yet. Unknown keys are dropped on import.
import { z } from 'zod';

export const DTI_LEVELS = ['province', 'department', 'commune'] as const;
export type DtiLevel = (typeof DTI_LEVELS)[number];

export const dtiLevelLabels: Readonly<Record<DtiLevel, string>> = {
  province: 'Cấp tỉnh',
  department: 'Cấp sở, ban, ngành',
  commune: 'Cấp xã, phường, đặc khu',
};

export const DTI_METHOD_KINDS = ['yes_no', 'yes_partial_no', 'ratio', 'target', 'bands'] as const;
export type DtiMethodKind = (typeof DTI_METHOD_KINDS)[number];

/** One band of a `bands` method: the points of the highest band whose `from` ≤ value. */
export interface DtiBand {
  from: number;
  points: number;
}

/** How a component is scored from its input. */
export type DtiMethod =
  | { kind: 'yes_no' }
  | { kind: 'yes_partial_no' }
  | { kind: 'ratio' }
  | { kind: 'target'; target: number }
  | { kind: 'bands'; bands: DtiBand[] };

export const dtiMethodLabels: Readonly<Record<DtiMethodKind, string>> = {
  yes_no: 'Có/Không',
  yes_partial_no: 'Có/Một phần/Không',
  ratio: 'Tỷ lệ',
  target: 'Theo chỉ tiêu',
  bands: 'Theo mức',
};

/** How each method turns an input into points, in words for the screens and the report. */
export const dtiMethodRules: Readonly<Record<DtiMethodKind, string>> = {
  yes_no: 'Có: điểm tối đa; Không: 0 điểm.',
  yes_partial_no: 'Có: điểm tối đa; Một phần: một nửa điểm tối đa; Không: 0 điểm.',
  ratio: 'Tử số ÷ mẫu số × điểm tối đa, không vượt điểm tối đa; mẫu số bằng 0 được 0 điểm.',
  target: 'Giá trị ÷ chỉ tiêu × điểm tối đa, không vượt điểm tối đa.',
  bands: 'Điểm của mức cao nhất có ngưỡng không vượt giá trị; dưới mức thấp nhất được 0 điểm.',
};

/** Whether a row is verified and from which document (e.g. "922/QĐ-BTTTT"). */
export interface DtiRowProvenance {
  verified?: boolean;
  source?: string;
  note?: string;
}

export interface DtiComponent extends DtiRowProvenance {
  id: string;
  name: string;
  /** Maximum points */
  max: number;
  method: DtiMethod;
}

export interface DtiIndicator extends DtiRowProvenance {
  id: string;
  name: string;
  components: DtiComponent[];
  /** The maximum the source document gives this indicator (a check on the component rows) */
  declaredMax?: number;
  /** The number of components the source document gives this indicator */
  declaredComponentCount?: number;
}

export interface DtiPillar extends DtiRowProvenance {
  id: string;
  name: string;
  indicators: DtiIndicator[];
  declaredMax?: number;
}

export interface DtiFramework extends DtiRowProvenance {
  id: string;
  year: number;
  level: DtiLevel;
  pillars: DtiPillar[];
  /** Vietnamese title, e.g. "Bộ chỉ số đánh giá chuyển đổi số cấp xã năm 2026" */
  name?: string;
  /** A sample from another province or built for the demo: the CĐS team edits it before use */
  sample?: boolean;
  declaredMax?: number;
  declaredComponentCount?: number;
}

const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const idSchema = (what: string) =>
  z
    .string({ error: `Mã ${what} là bắt buộc.` })
    .trim()
    .min(1, { message: `Mã ${what} là bắt buộc.` })
    .max(60, { message: `Mã ${what} dài tối đa 60 ký tự.` })
    .regex(ID_PATTERN, {
      message: `Mã ${what} chỉ gồm chữ không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ “1.2”).`,
    });

const nameSchema = (what: string) =>
  z
    .string({ error: `Tên ${what} là bắt buộc.` })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { message: `Tên ${what} là bắt buộc.` })
        .max(2000, { message: `Tên ${what} dài tối đa 2.000 ký tự.` }),
    );

const pointsSchema = (what: string) =>
  z
    .number({ error: `${what} phải là một số.` })
    .min(0, { message: `${what} không được âm.` })
    .max(100_000, { message: `${what} tối đa 100.000.` });

const provenance = {
  verified: z.boolean({ error: 'Trường “đã xác minh” phải là true hoặc false.' }).optional(),
  source: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(500, { message: 'Văn bản nguồn dài tối đa 500 ký tự.' }))
    .optional(),
  note: z
    .string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(2000, { message: 'Ghi chú dài tối đa 2.000 ký tự.' }))
    .optional(),
};

const bandSchema = z.object({
  from: z.number({ error: 'Ngưỡng của mức phải là một số.' }),
  points: pointsSchema('Điểm của mức'),
});

export const dtiMethodSchema: z.ZodType<DtiMethod> = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('yes_no') }),
    z.object({ kind: z.literal('yes_partial_no') }),
    z.object({ kind: z.literal('ratio') }),
    z.object({
      kind: z.literal('target'),
      target: z.number({ error: 'Chỉ tiêu phải là một số.' }).gt(0, { message: 'Chỉ tiêu phải lớn hơn 0.' }),
    }),
    z.object({
      kind: z.literal('bands'),
      bands: z
        .array(bandSchema)
        .min(1, { message: 'Cách tính theo mức cần ít nhất một mức.' })
        .max(50, { message: 'Tối đa 50 mức.' }),
    }),
  ],
  {
    error: `Cách tính phải là một trong: ${DTI_METHOD_KINDS.join(', ')}.`,
  },
);

export const dtiComponentSchema = z
  .object({
    id: idSchema('chỉ số thành phần'),
    name: nameSchema('chỉ số thành phần'),
    max: pointsSchema('Điểm tối đa'),
    method: dtiMethodSchema,
    ...provenance,
  })
  .superRefine((c, ctx) => {
    if (c.method.kind !== 'bands') return;
    const bands = c.method.bands;
    bands.forEach((band, i) => {
      const prev = bands[i - 1];
      if (prev && band.from <= prev.from)
        ctx.addIssue({
          code: 'custom',
          message: `Chỉ số “${c.id}”: ngưỡng các mức phải tăng dần (mức ${i + 1} có ngưỡng ${band.from} không lớn hơn ${prev.from}).`,
          path: ['method', 'bands', i, 'from'],
        });
      if (prev && band.points < prev.points)
        ctx.addIssue({
          code: 'custom',
          message: `Chỉ số “${c.id}”: điểm các mức không được giảm khi ngưỡng tăng (mức ${i + 1}).`,
          path: ['method', 'bands', i, 'points'],
        });
      if (band.points > c.max)
        ctx.addIssue({
          code: 'custom',
          message: `Chỉ số “${c.id}”: điểm của mức ${i + 1} (${band.points}) vượt điểm tối đa (${c.max}).`,
          path: ['method', 'bands', i, 'points'],
        });
    });
  });

export const dtiIndicatorSchema = z.object({
  id: idSchema('chỉ số'),
  name: nameSchema('chỉ số'),
  components: z
    .array(dtiComponentSchema)
    .max(500, { message: 'Một chỉ số có tối đa 500 chỉ số thành phần.' }),
  declaredMax: pointsSchema('Điểm tối đa theo văn bản').optional(),
  declaredComponentCount: z.number().int().min(0).max(500).optional(),
  ...provenance,
});

export const dtiPillarSchema = z.object({
  id: idSchema('trụ cột'),
  name: nameSchema('trụ cột'),
  indicators: z.array(dtiIndicatorSchema).max(100, { message: 'Một trụ cột có tối đa 100 chỉ số.' }),
  declaredMax: pointsSchema('Điểm tối đa theo văn bản').optional(),
  ...provenance,
});

export const dtiLevelSchema = z.enum(DTI_LEVELS, {
  error: 'Cấp đánh giá phải là province (tỉnh), department (sở, ban, ngành) hoặc commune (xã, phường).',
});

/** The exchange format, with every rule of a valid framework (ids unique per level, bands sorted, target > 0). */
export const dtiFrameworkSchema = z
  .object({
    id: idSchema('bộ chỉ số'),
    year: z
      .number({ error: 'Năm đánh giá phải là một số.' })
      .int({ message: 'Năm đánh giá phải là số nguyên.' })
      .min(2000, { message: 'Năm đánh giá từ 2000.' })
      .max(2100, { message: 'Năm đánh giá đến 2100.' }),
    level: dtiLevelSchema,
    name: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().max(300, { message: 'Tên bộ chỉ số dài tối đa 300 ký tự.' }))
      .optional(),
    pillars: z
      .array(dtiPillarSchema)
      .min(1, { message: 'Bộ chỉ số cần ít nhất một trụ cột.' })
      .max(30, { message: 'Tối đa 30 trụ cột.' }),
    sample: z.boolean().optional(),
    declaredMax: pointsSchema('Điểm tối đa theo văn bản').optional(),
    declaredComponentCount: z.number().int().min(0).max(5000).optional(),
    ...provenance,
  })
  .superRefine((f, ctx) => {
    const seen = {
      pillar: new Map<string, number>(),
      indicator: new Map<string, string>(),
      component: new Map(),
    };
    f.pillars.forEach((p, pi) => {
      if (seen.pillar.has(p.id))
        ctx.addIssue({
          code: 'custom',
          message: `Mã trụ cột “${p.id}” bị trùng.`,
          path: ['pillars', pi, 'id'],
        });
      seen.pillar.set(p.id, pi);
      p.indicators.forEach((ind, ii) => {
        if (seen.indicator.has(ind.id))
          ctx.addIssue({
            code: 'custom',
            message: `Mã chỉ số “${ind.id}” bị trùng.`,
            path: ['pillars', pi, 'indicators', ii, 'id'],
          });
        seen.indicator.set(ind.id, p.id);
        ind.components.forEach((c, ci) => {
          if (seen.component.has(c.id))
            ctx.addIssue({
              code: 'custom',
              message: `Mã chỉ số thành phần “${c.id}” bị trùng.`,
              path: ['pillars', pi, 'indicators', ii, 'components', ci, 'id'],
            });
          seen.component.set(c.id, ind.id);
        });
      });
    });
    if (seen.component.size > 5000)
      ctx.addIssue({
        code: 'custom',
        message: 'Bộ chỉ số có tối đa 5.000 chỉ số thành phần.',
        path: ['pillars'],
      });
  });

export type DtiFrameworkInput = z.input<typeof dtiFrameworkSchema>;

export interface DtiFrameworkIssue {
  path: string;
  message: string;
}

const vietnameseErrors = z.locales.vi().localeError;

/** Parses a framework (e.g. an imported JSON file): the framework, or the problems in Vietnamese with their paths. */
export function parseDtiFramework(
  input: unknown,
): { success: true; data: DtiFramework } | { success: false; issues: DtiFrameworkIssue[] } {
  const result = dtiFrameworkSchema.safeParse(input, { error: vietnameseErrors });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
  };
}
