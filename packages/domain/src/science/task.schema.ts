// Zod schemas of what people fill in along a task's life, with Vietnamese messages: the proposal for an order, an
// application (thuyết minh, team, partners, budget by item), the contract with its milestones, progress reports,
// inspections, adjustments, the acceptance grades, follow-up records and the expert register.
import { z } from 'zod';
import { taxCodeSchema } from '../conformity/tax-code';
import { ACCEPTANCE_GRADES, PRODUCT_CRITERIA } from './acceptance-grading.data';
import { SCIENCE_FIELDS } from './science-fields.data';

const required = (label: string) => (iss: { input?: unknown }) =>
  iss.input === undefined || iss.input === null ? `${label} là bắt buộc.` : `${label} không hợp lệ.`;

export function textField(label: string, max = 500, min = 1) {
  return z
    .string({ error: required(label) })
    .transform((s) => s.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} là bắt buộc.` })
        .min(min, { error: `${label} cần ít nhất ${min} ký tự.` })
        .max(max, { error: `${label} dài tối đa ${max} ký tự.` }),
    );
}

/** Blank strings and null mean "not given" (what HTML forms send). */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    schema.optional(),
  );
}

function dateField(label: string) {
  return z
    .string({ error: required(label) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} phải là ngày (dd/mm/yyyy).` })
    .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: `${label} không phải là ngày có thật.`,
    });
}

/** A whole amount of đồng. */
function dongField(label: string, min = 0) {
  return z
    .number({ error: `${label} phải là số tiền (đồng).` })
    .int({ error: `${label} phải là số đồng nguyên.` })
    .min(min, { error: min > 0 ? `${label} phải lớn hơn 0.` : `${label} không được âm.` })
    .max(1_000_000_000_000, { error: `${label} vượt quá 1.000 tỷ đồng.` });
}

export const scienceFieldSchema = z.enum(SCIENCE_FIELDS, { error: 'Vui lòng chọn lĩnh vực khoa học.' });

export const PROPOSER_KINDS = ['department', 'commune', 'organisation'] as const;
export type ProposerKind = (typeof PROPOSER_KINDS)[number];
export const proposerKindLabels: Record<ProposerKind, string> = {
  department: 'Sở, ban, ngành',
  commune: 'UBND xã, phường, đặc khu',
  organisation: 'Tổ chức, doanh nghiệp',
};

export const URGENCIES = ['normal', 'urgent'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const urgencyLabels: Record<Urgency, string> = { normal: 'Bình thường', urgent: 'Cấp thiết' };

/** Đề xuất đặt hàng nhiệm vụ. */
export const proposalSchema = z.object({
  title: textField('Tên nhiệm vụ', 500, 5),
  field: scienceFieldSchema,
  proposerKind: z.enum(PROPOSER_KINDS, { error: 'Vui lòng chọn loại đơn vị đề xuất.' }),
  proposerName: textField('Đơn vị đề xuất', 300),
  urgency: z.enum(URGENCIES, { error: 'Vui lòng chọn mức độ cấp thiết.' }),
  urgencyReason: textField('Tính cấp thiết', 2000),
  objectives: textField('Mục tiêu', 2000),
  expectedProducts: z
    .array(textField('Sản phẩm dự kiến', 300), { error: 'Vui lòng nêu sản phẩm dự kiến.' })
    .min(1, { error: 'Vui lòng nêu ít nhất một sản phẩm dự kiến.' })
    .max(20, { error: 'Tối đa 20 sản phẩm dự kiến.' }),
  durationMonths: z
    .number({ error: 'Thời gian thực hiện phải là số tháng.' })
    .int({ error: 'Thời gian thực hiện phải là số tháng nguyên.' })
    .min(1, { error: 'Thời gian thực hiện ít nhất 1 tháng.' })
    .max(60, { error: 'Thời gian thực hiện tối đa 60 tháng.' }),
  indicativeBudget: dongField('Kinh phí dự kiến'),
});
export type ProposalInput = z.input<typeof proposalSchema>;
export type Proposal = z.output<typeof proposalSchema>;

export const SELECTION_MODES = ['selection', 'direct'] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];
export const selectionModeLabels: Record<SelectionMode, string> = {
  selection: 'Tuyển chọn',
  direct: 'Giao trực tiếp',
};

export const callSchema = z
  .object({
    mode: z.enum(SELECTION_MODES, { error: 'Vui lòng chọn hình thức tuyển chọn hoặc giao trực tiếp.' }),
    opensOn: dateField('Ngày bắt đầu nhận hồ sơ'),
    closesOn: dateField('Hạn nộp hồ sơ'),
  })
  .refine((c) => c.closesOn >= c.opensOn, {
    error: 'Hạn nộp hồ sơ không được trước ngày bắt đầu nhận hồ sơ.',
    path: ['closesOn'],
  });

export const teamMemberSchema = z.object({
  fullName: textField('Họ và tên thành viên', 120),
  role: textField('Vai trò', 120),
  organisation: optional(textField('Cơ quan công tác', 300)),
});

export const budgetItemSchema = z.object({
  item: textField('Khoản chi', 300),
  amount: dongField('Số tiền', 1),
});

/** Hồ sơ đăng ký tuyển chọn, giao trực tiếp: thuyết minh, nhân lực, đơn vị phối hợp, dự toán theo khoản chi. */
export const applicationSchema = z.object({
  organisationName: textField('Tên tổ chức đăng ký chủ trì', 300),
  taxCode: optional(taxCodeSchema),
  principalInvestigator: textField('Chủ nhiệm nhiệm vụ', 120),
  researchPlan: textField('Thuyết minh nhiệm vụ', 20_000, 20),
  team: z
    .array(teamMemberSchema, { error: 'Vui lòng kê khai thành viên thực hiện.' })
    .min(1, { error: 'Vui lòng kê khai ít nhất một thành viên thực hiện.' })
    .max(50, { error: 'Tối đa 50 thành viên.' }),
  partners: z
    .array(textField('Đơn vị phối hợp', 300))
    .max(20, { error: 'Tối đa 20 đơn vị phối hợp.' })
    .default([]),
  budgetItems: z
    .array(budgetItemSchema, { error: 'Vui lòng lập dự toán kinh phí.' })
    .min(1, { error: 'Vui lòng lập dự toán với ít nhất một khoản chi.' })
    .max(50, { error: 'Tối đa 50 khoản chi.' }),
});
export type ApplicationInput = z.input<typeof applicationSchema>;
export type Application = z.output<typeof applicationSchema>;

export function applicationTotal(items: readonly { amount: number }[]): number {
  return items.reduce((s, i) => s + i.amount, 0);
}

export const MILESTONE_KINDS = ['report', 'product', 'payment'] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];
export const milestoneKindLabels: Record<MilestoneKind, string> = {
  report: 'Báo cáo định kỳ',
  product: 'Bàn giao sản phẩm',
  payment: 'Tạm ứng, thanh toán',
};

export const milestoneSchema = z.object({
  title: textField('Nội dung mốc', 300),
  kind: z.enum(MILESTONE_KINDS, { error: 'Vui lòng chọn loại mốc.' }),
  dueOn: dateField('Hạn của mốc'),
  amount: optional(dongField('Số tiền', 1)),
});

/** Hợp đồng thực hiện nhiệm vụ, with milestones (reports, products, payments) and the products to be accepted. */
export const contractSchema = z
  .object({
    number: textField('Số hợp đồng', 60),
    signedOn: dateField('Ngày ký'),
    startsOn: dateField('Ngày bắt đầu'),
    endsOn: dateField('Ngày kết thúc'),
    products: z
      .array(textField('Sản phẩm', 300))
      .min(1, { error: 'Hợp đồng phải có ít nhất một sản phẩm.' })
      .max(30, { error: 'Tối đa 30 sản phẩm.' }),
    milestones: z
      .array(milestoneSchema)
      .min(1, { error: 'Hợp đồng phải có ít nhất một mốc (báo cáo, sản phẩm hoặc thanh toán).' })
      .max(60, { error: 'Tối đa 60 mốc.' }),
  })
  .superRefine((c, ctx) => {
    if (c.endsOn <= c.startsOn)
      ctx.addIssue({ code: 'custom', message: 'Ngày kết thúc phải sau ngày bắt đầu.', path: ['endsOn'] });
    c.milestones.forEach((m, i) => {
      if (m.dueOn < c.startsOn || m.dueOn > c.endsOn)
        ctx.addIssue({
          code: 'custom',
          message: 'Hạn của mốc phải trong thời gian thực hiện hợp đồng.',
          path: ['milestones', i, 'dueOn'],
        });
      if (m.kind === 'payment' && m.amount === undefined)
        ctx.addIssue({
          code: 'custom',
          message: 'Mốc thanh toán cần số tiền.',
          path: ['milestones', i, 'amount'],
        });
    });
  });
export type ContractInput = z.input<typeof contractSchema>;

export const progressReportSchema = z.object({
  period: textField('Kỳ báo cáo', 100),
  milestoneId: optional(z.uuid({ error: 'Mốc báo cáo không hợp lệ.' })),
  progressPercent: z
    .number({ error: 'Tiến độ phải là số phần trăm.' })
    .int({ error: 'Tiến độ là số phần trăm nguyên.' })
    .min(0, { error: 'Tiến độ từ 0 đến 100%.' })
    .max(100, { error: 'Tiến độ từ 0 đến 100%.' }),
  summary: textField('Nội dung báo cáo', 10_000, 10),
  issues: optional(textField('Khó khăn, kiến nghị', 4000)),
});

export const inspectionSchema = z.object({
  inspectedOn: dateField('Ngày kiểm tra'),
  findings: textField('Kết quả kiểm tra', 4000),
  conclusion: textField('Kết luận, kiến nghị', 2000),
});

export const ADJUSTMENT_KINDS = ['time', 'budget', 'team', 'content'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const adjustmentKindLabels: Record<AdjustmentKind, string> = {
  time: 'Thời gian thực hiện',
  budget: 'Kinh phí',
  team: 'Chủ nhiệm, thành viên',
  content: 'Nội dung, sản phẩm',
};

export const adjustmentRequestSchema = z
  .object({
    kind: z.enum(ADJUSTMENT_KINDS, { error: 'Vui lòng chọn nội dung điều chỉnh.' }),
    reason: textField('Lý do điều chỉnh', 2000, 10),
    details: textField('Nội dung điều chỉnh', 4000),
    newEndsOn: optional(dateField('Ngày kết thúc mới')),
    newBudget: optional(dongField('Kinh phí mới', 1)),
  })
  .superRefine((a, ctx) => {
    if (a.kind === 'time' && !a.newEndsOn)
      ctx.addIssue({
        code: 'custom',
        message: 'Điều chỉnh thời gian cần ngày kết thúc mới.',
        path: ['newEndsOn'],
      });
    if (a.kind === 'budget' && a.newBudget === undefined)
      ctx.addIssue({
        code: 'custom',
        message: 'Điều chỉnh kinh phí cần số kinh phí mới.',
        path: ['newBudget'],
      });
  });

const gradeSchema = z.enum(ACCEPTANCE_GRADES, {
  error: 'Vui lòng chọn xếp loại (Xuất sắc, Đạt, Không đạt).',
});

export const acceptanceGradesSchema = z.object({
  acceptedOn: dateField('Ngày họp hội đồng nghiệm thu'),
  products: z
    .array(
      z.object({
        name: textField('Tên sản phẩm', 300),
        grades: z.object(
          Object.fromEntries(PRODUCT_CRITERIA.map((c) => [c, gradeSchema])) as Record<
            (typeof PRODUCT_CRITERIA)[number],
            typeof gradeSchema
          >,
        ),
      }),
    )
    .min(1, { error: 'Phải đánh giá ít nhất một sản phẩm.' }),
  report: gradeSchema,
  conclusion: textField('Kết luận của hội đồng', 4000),
});

export const FOLLOW_UP_KINDS = ['archive', 'transfer', 'application'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const followUpKindLabels: Record<FollowUpKind, string> = {
  archive: 'Lưu trữ kết quả',
  transfer: 'Giao quyền sở hữu, quyền sử dụng',
  application: 'Ứng dụng kết quả sau nghiệm thu',
};

export const followUpSchema = z.object({
  kind: z.enum(FOLLOW_UP_KINDS, { error: 'Vui lòng chọn loại ghi nhận.' }),
  happenedOn: dateField('Ngày'),
  description: textField('Nội dung', 4000),
});

/** An expert of the register (chuyên gia), from whom councils are drawn. */
export const expertSchema = z.object({
  fullName: textField('Họ và tên', 120),
  academicTitle: optional(textField('Học hàm, học vị', 100)),
  specialty: textField('Chuyên ngành', 200),
  field: scienceFieldSchema,
  organisation: textField('Cơ quan công tác', 300),
  email: z
    .string({ error: 'Địa chỉ email là bắt buộc.' })
    .trim()
    .max(254, { error: 'Địa chỉ email dài tối đa 254 ký tự.' })
    .pipe(z.email({ error: 'Địa chỉ email không hợp lệ.' })),
  phone: optional(textField('Số điện thoại', 30)),
});
export type ExpertInput = z.input<typeof expertSchema>;
