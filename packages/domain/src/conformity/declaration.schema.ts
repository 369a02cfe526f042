// Zod schemas of conformity declarations (công bố hợp chuẩn / hợp quy, dấu định lượng) and import-inspection
// registrations, with Vietnamese messages, and the regime rules that depend on the receipt date.
import { z } from 'zod';
import { badInput, validationIssues, type ValidationIssue } from '../one-stop/validation-error';
import {
  conformityRegimeOn,
  conformityBasisLabels,
  RISK_CLASS_RULES,
  type ConformityBasis,
} from './conformity-regime';
import { addYearsToIsoDate, DECLARATION_VALIDITY } from './declaration-validity';
import { hsCodeField, hsCodeSchema } from './hs-code';
import { qcvnSchema, tcvnSchema } from './standard-number';
import { taxCodeSchema } from './tax-code';

const required = (label: string) => (iss: { input?: unknown }) =>
  iss.input === undefined || iss.input === null ? `${label} là bắt buộc.` : `${label} phải là chuỗi ký tự.`;

function requiredText(label: string, max = 500) {
  return z
    .string({ error: required(label) })
    .trim()
    .min(1, { error: `${label} là bắt buộc.` })
    .max(max, { error: `${label} dài tối đa ${max} ký tự.` });
}

/** Blank strings and null are treated as "not given" for optional fields (what HTML forms send). */
function optional<T extends z.ZodType>(schema: T) {
  return z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    schema.optional(),
  );
}

function optionalText(label: string, max = 500) {
  return optional(requiredText(label, max));
}

function isRealIsoDate(s: string): boolean {
  const t = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().startsWith(s);
}

/** An ISO date field with its Vietnamese label in every message. */
export function isoDateField(label: string) {
  return z
    .string({ error: required(label) })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} phải có dạng YYYY-MM-DD.` })
    .refine(isRealIsoDate, { error: `${label} không phải là ngày có thật.` });
}

// ——— Declaring organisation ———

export const PHONE_MESSAGE =
  'Số điện thoại không hợp lệ: cần 10 hoặc 11 chữ số bắt đầu bằng 0, hoặc bắt đầu bằng +84.';

/** Vietnamese phone number, normalised to digits starting with 0 ("+84 912 345 678" → "0912345678"). */
export const phoneSchema = z.string({ error: required('Số điện thoại') }).transform((s, ctx) => {
  const digits = s.replace(/[\s.()-]/g, '').replace(/^\+84/, '0');
  if (!/^0\d{9,10}$/.test(digits)) {
    ctx.addIssue({ code: 'custom', message: PHONE_MESSAGE, input: s });
    return z.NEVER;
  }
  return digits;
});

export const emailSchema = z
  .string({ error: required('Địa chỉ email') })
  .trim()
  .max(254, { error: 'Địa chỉ email dài tối đa 254 ký tự.' })
  .pipe(z.email({ error: 'Địa chỉ email không hợp lệ.' }));

export const declaringOrganisationSchema = z.object(
  {
    name: requiredText('Tên tổ chức, cá nhân công bố'),
    taxCode: taxCodeSchema,
    address: requiredText('Địa chỉ'),
    phone: optional(phoneSchema),
    email: optional(emailSchema),
  },
  { error: 'Thông tin tổ chức, cá nhân công bố là bắt buộc.' },
);

// ——— Products ———

export const productSchema = z.object(
  {
    name: requiredText('Tên sản phẩm, hàng hóa'),
    /** kiểu, loại, mẫu mã (model/type) */
    model: optionalText('Kiểu, loại, mẫu mã', 200),
    brand: optionalText('Nhãn hiệu', 200),
    hsCode: optional(hsCodeSchema),
    origin: requiredText('Xuất xứ', 200),
  },
  { error: 'Thông tin sản phẩm, hàng hóa không hợp lệ.' },
);

export const importedProductSchema = productSchema.extend({
  hsCode: hsCodeField('Mã HS là bắt buộc đối với hàng hóa nhập khẩu.'),
});

export const prepackagedProductSchema = productSchema.extend({
  nominalQuantity: z.object(
    {
      value: z
        .number({ error: 'Lượng danh định phải là số.' })
        .positive({ error: 'Lượng danh định phải lớn hơn 0.' })
        .finite({ error: 'Lượng danh định phải là số hữu hạn.' }),
      unit: requiredText('Đơn vị đo của lượng danh định', 20),
    },
    { error: 'Lượng danh định (giá trị và đơn vị đo) là bắt buộc.' },
  ),
});

// ——— Basis ———

export const selfAssessmentBasisSchema = z.object({
  basis: z.literal('self_assessment'),
  /** ngày ký báo cáo tự đánh giá */
  reportDate: isoDateField('Ngày ký báo cáo tự đánh giá'),
  testLaboratory: optionalText('Tên phòng thử nghiệm'),
});

function certifierBasisSchema<B extends 'registered_certifier' | 'designated_certifier'>(basis: B) {
  return z
    .object({
      basis: z.literal(basis),
      certifier: requiredText('Tên tổ chức chứng nhận'),
      certificateNumber: requiredText('Số giấy chứng nhận', 100),
      issuedOn: isoDateField('Ngày cấp giấy chứng nhận'),
      expiresOn: isoDateField('Ngày hết hạn giấy chứng nhận'),
    })
    .refine((b) => b.expiresOn > b.issuedOn, {
      error: 'Ngày hết hạn giấy chứng nhận phải sau ngày cấp.',
      path: ['expiresOn'],
      when: (payload) => payload.issues.length === 0,
    });
}

export const registeredCertifierBasisSchema = certifierBasisSchema('registered_certifier');
export const designatedCertifierBasisSchema = certifierBasisSchema('designated_certifier');

export const BASIS_MESSAGE = `Căn cứ công bố phải là một trong: ${Object.values(conformityBasisLabels)
  .map((l) => l.toLowerCase())
  .join('; ')}.`;

export const declarationBasisSchema = z.discriminatedUnion(
  'basis',
  [selfAssessmentBasisSchema, registeredCertifierBasisSchema, designatedCertifierBasisSchema],
  { error: BASIS_MESSAGE },
);

export const riskClassSchema = z.enum(['low', 'medium', 'high'], {
  error: 'Mức rủi ro phải là thấp, trung bình hoặc cao.',
});

// ——— Declarations ———

const common = {
  receivedOn: isoDateField('Ngày tiếp nhận hồ sơ'),
  organisation: declaringOrganisationSchema,
};

const productList = <T extends z.ZodType>(item: T) =>
  z
    .array(item, { error: 'Danh sách sản phẩm, hàng hóa là bắt buộc.' })
    .min(1, { error: 'Phải kê khai ít nhất một sản phẩm, hàng hóa.' })
    .max(1000, { error: 'Một hồ sơ kê khai tối đa 1000 sản phẩm, hàng hóa.' });

/** The declaring organisation's own number for its declaration (it numbers its documents; not our dossier code). */
const ownNumber = optionalText('Số bản công bố', 60);

export const standardDeclarationSchema = z.object({
  kind: z.literal('standard'),
  ...common,
  ownNumber,
  products: productList(productSchema),
  standards: z
    .array(tcvnSchema, { error: 'Danh sách tiêu chuẩn công bố là bắt buộc.' })
    .min(1, { error: 'Phải nêu ít nhất một tiêu chuẩn (TCVN) được công bố phù hợp.' }),
  basis: declarationBasisSchema,
});

export const regulationDeclarationSchema = z.object({
  kind: z.literal('regulation'),
  ...common,
  ownNumber,
  products: productList(productSchema),
  regulations: z
    .array(qcvnSchema, { error: 'Danh sách quy chuẩn kỹ thuật công bố là bắt buộc.' })
    .min(1, { error: 'Phải nêu ít nhất một quy chuẩn kỹ thuật (QCVN) được công bố phù hợp.' }),
  /** required for dossiers received from 01/07/2026; not used before */
  riskClass: optional(riskClassSchema),
  basis: declarationBasisSchema,
});

export const quantityMarkDeclarationSchema = z.object({
  kind: z.literal('quantity_mark'),
  ...common,
  products: productList(prepackagedProductSchema),
});

export const importLotSchema = z.object({
  customsDeclarationNumber: optionalText('Số tờ khai hải quan', 50),
  invoiceNumber: optionalText('Số hóa đơn', 50),
  billOfLading: optionalText('Số vận đơn', 50),
  contractNumber: optionalText('Số hợp đồng', 50),
  quantity: optionalText('Số lượng, khối lượng', 100),
});

export const importInspectionRegistrationSchema = z.object({
  kind: z.literal('import_inspection'),
  ...common,
  products: productList(importedProductSchema),
  regulations: z
    .array(qcvnSchema, { error: 'Danh sách quy chuẩn kỹ thuật áp dụng là bắt buộc.' })
    .min(1, { error: 'Phải nêu ít nhất một quy chuẩn kỹ thuật (QCVN) áp dụng cho hàng hóa nhập khẩu.' }),
  riskClass: optional(riskClassSchema),
  basis: optional(declarationBasisSchema),
  lot: optional(importLotSchema),
});

export const DECLARATION_KIND_MESSAGE =
  'Loại hồ sơ phải là công bố hợp chuẩn, công bố hợp quy, công bố sử dụng dấu định lượng hoặc đăng ký kiểm tra nhà nước hàng hóa nhập khẩu.';

const declarationUnion = z.discriminatedUnion(
  'kind',
  [
    standardDeclarationSchema,
    regulationDeclarationSchema,
    quantityMarkDeclarationSchema,
    importInspectionRegistrationSchema,
  ],
  { error: DECLARATION_KIND_MESSAGE },
);

export type ConformityDeclarationKind = z.output<typeof declarationUnion>['kind'];
export type ConformityDeclaration = z.output<typeof declarationUnion>;
export type ConformityDeclarationInput = z.input<typeof declarationUnion>;
export type DeclarationBasis = z.output<typeof declarationBasisSchema>;

export const declarationKindLabels: Record<ConformityDeclarationKind, string> = {
  standard: 'Công bố hợp chuẩn',
  regulation: 'Công bố hợp quy',
  quantity_mark: 'Công bố sử dụng dấu định lượng',
  import_inspection: 'Đăng ký kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu',
};

// ——— Rules that depend on the receipt date ———

export interface RuleIssue {
  path: (string | number)[];
  message: string;
}

const NO_RISK_BEFORE =
  'Phân loại mức rủi ro chỉ áp dụng cho hồ sơ tiếp nhận từ ngày 01/07/2026; trước đó áp dụng quy định về hàng hóa nhóm 2.';
const RISK_REQUIRED =
  'Hồ sơ tiếp nhận từ ngày 01/07/2026 phải nêu mức rủi ro của sản phẩm, hàng hóa (Nghị định 37/2026/NĐ-CP).';

function basisIssues(basis: DeclarationBasis, receivedOn: string): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (basis.basis === 'self_assessment') {
    if (basis.reportDate > receivedOn) {
      issues.push({
        path: ['basis', 'reportDate'],
        message: 'Ngày ký báo cáo tự đánh giá không được sau ngày tiếp nhận hồ sơ.',
      });
    } else if (addYearsToIsoDate(basis.reportDate, DECLARATION_VALIDITY.selfAssessmentYears) < receivedOn) {
      issues.push({
        path: ['basis', 'reportDate'],
        message: `Báo cáo tự đánh giá đã ký quá ${DECLARATION_VALIDITY.selfAssessmentYears} năm trước ngày tiếp nhận hồ sơ; bản công bố không còn giá trị.`,
      });
    }
  } else {
    if (basis.issuedOn > receivedOn) {
      issues.push({
        path: ['basis', 'issuedOn'],
        message: 'Ngày cấp giấy chứng nhận không được sau ngày tiếp nhận hồ sơ.',
      });
    }
    if (basis.expiresOn < receivedOn) {
      issues.push({
        path: ['basis', 'expiresOn'],
        message: 'Giấy chứng nhận đã hết hạn trước ngày tiếp nhận hồ sơ.',
      });
    }
  }
  return issues;
}

function basisLabel(b: ConformityBasis): string {
  return conformityBasisLabels[b].toLowerCase();
}

/**
 * The rules a valid-shaped declaration must also meet, chosen by its receipt date: group 2 (TT 28/2012) until
 * 30/06/2026, risk classes (Nghị định 37/2026) from 01/07/2026. Empty when it meets them all.
 */
export function declarationRuleIssues(d: ConformityDeclaration): RuleIssue[] {
  const regime = conformityRegimeOn(d.receivedOn);
  const issues: RuleIssue[] = [];
  switch (d.kind) {
    case 'standard':
      issues.push(...basisIssues(d.basis, d.receivedOn));
      break;
    case 'quantity_mark':
      break;
    case 'regulation': {
      issues.push(...basisIssues(d.basis, d.receivedOn));
      if (regime.regime === 'group') {
        if (d.riskClass !== undefined) issues.push({ path: ['riskClass'], message: NO_RISK_BEFORE });
        if (!regime.regulationBases.includes(d.basis.basis)) {
          issues.push({
            path: ['basis', 'basis'],
            message: `Công bố hợp quy hàng hóa nhóm 2 phải dựa trên ${regime.regulationBases.map(basisLabel).join(' hoặc ')} (Thông tư 28/2012/TT-BKHCN).`,
          });
        }
        break;
      }
      if (d.riskClass === undefined) {
        issues.push({ path: ['riskClass'], message: RISK_REQUIRED });
        break;
      }
      const rule = RISK_CLASS_RULES[d.riskClass];
      if (!rule.regulationDeclarationRequired) {
        issues.push({
          path: ['riskClass'],
          message:
            'Sản phẩm, hàng hóa rủi ro thấp không phải công bố hợp quy; tổ chức, cá nhân tự công bố tiêu chuẩn áp dụng (Luật 78/2025/QH15).',
        });
      } else if (!rule.allowedBases.includes(d.basis.basis)) {
        issues.push({
          path: ['basis', 'basis'],
          message: `Sản phẩm, hàng hóa ${rule.label.toLowerCase()} phải công bố hợp quy dựa trên ${rule.allowedBases.map(basisLabel).join(' hoặc ')} (Nghị định 37/2026/NĐ-CP Điều 66 khoản 2).`,
        });
      }
      break;
    }
    case 'import_inspection': {
      if (d.basis) issues.push(...basisIssues(d.basis, d.receivedOn));
      if (regime.regime === 'group') {
        if (d.riskClass !== undefined) issues.push({ path: ['riskClass'], message: NO_RISK_BEFORE });
        break;
      }
      if (d.riskClass === undefined) {
        issues.push({ path: ['riskClass'], message: RISK_REQUIRED });
        break;
      }
      const rule = RISK_CLASS_RULES[d.riskClass];
      if (!rule.importInspectionRequired) {
        issues.push({
          path: ['riskClass'],
          message: `Hàng hóa ${rule.label.toLowerCase()} nhập khẩu không phải đăng ký kiểm tra nhà nước về chất lượng; chỉ hàng hóa rủi ro cao phải đăng ký (Nghị định 37/2026/NĐ-CP Điều 82, 83).`,
        });
      } else if (d.basis?.basis !== 'designated_certifier') {
        issues.push({
          path: ['basis'],
          message:
            'Hồ sơ đăng ký kiểm tra hàng hóa rủi ro cao nhập khẩu phải kèm giấy chứng nhận hợp quy của tổ chức chứng nhận được chỉ định (Nghị định 37/2026/NĐ-CP Điều 83).',
        });
      }
      break;
    }
  }
  return issues;
}

/** The full schema: shape and messages, then the rules of the regime in force on `receivedOn`. */
export const conformityDeclarationSchema = declarationUnion.superRefine(
  (d, ctx) => {
    for (const issue of declarationRuleIssues(d))
      ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  },
  // the rules read dates and classes: run them only on input whose shape is already valid
  { when: (payload) => payload.issues.length === 0 },
);

/** Fallback messages (Vietnamese) for any issue a schema above does not word itself. */
const vietnameseFallback = z.locales.vi().localeError;

export type DeclarationCheck =
  { success: true; data: ConformityDeclaration } | { success: false; issues: ValidationIssue[] };

/** Validates a declaration; every message is Vietnamese. */
export function checkConformityDeclaration(input: unknown): DeclarationCheck {
  const r = conformityDeclarationSchema.safeParse(input, { error: vietnameseFallback });
  return r.success ? { success: true, data: r.data } : { success: false, issues: validationIssues(r.error) };
}

/** Validates a declaration or throws DomainError('BAD_INPUT') with the Vietnamese issues in `details.issues`. */
export function parseConformityDeclaration(input: unknown): ConformityDeclaration {
  const r = conformityDeclarationSchema.safeParse(input, { error: vietnameseFallback });
  if (!r.success) throw badInput(r.error);
  return r.data;
}
