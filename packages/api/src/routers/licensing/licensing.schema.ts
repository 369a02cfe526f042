import { z } from 'zod';
import {
  INSPECTION_KINDS,
  isoDateSchema,
  LICENSING_DOCUMENT_KINDS,
  POSTAL_LICENCE_CONDITIONS,
  POSTAL_SCOPES,
  RADIATION_DEVICE_TYPE_KEYS,
  type PostalConditionKey,
} from '@skhcn/domain';
import { applicantContactSchema, dossierIdSchema, noteSchema, taxCodeSchema } from '../../one-stop';
import { componentFilesSchema } from '../conformity/submit.schema';
import { LICENSING_CODES } from './licensing-procedures';

const text = (what: string, max = 300) =>
  z
    .string()
    .trim()
    .min(1, { message: `Vui lòng nhập ${what}.` })
    .max(max, { message: `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} quá dài (tối đa ${max} ký tự).` });

export const fieldSchema = z.enum(['radiation', 'postal'], {
  error: 'Lĩnh vực phải là bức xạ hoặc bưu chính.',
});

export const holderInputSchema = z.object({
  name: text('tên cơ sở, doanh nghiệp'),
  taxCode: taxCodeSchema,
  address: text('địa chỉ', 500),
  district: z.string().trim().max(120).optional(),
  phone: applicantContactSchema.shape.phone,
  email: applicantContactSchema.shape.email,
  safetyOfficer: z
    .object({
      name: text('họ tên người phụ trách an toàn', 120),
      certificateNumber: z.string().trim().max(60).optional(),
    })
    .optional(),
});

export const deviceTypeSchema = z.enum(RADIATION_DEVICE_TYPE_KEYS, {
  error: 'Loại thiết bị phải thuộc danh mục khoản 12 điểm c Điều 2.',
});

export const deviceInputSchema = z.object({
  type: deviceTypeSchema,
  manufacturer: text('hãng sản xuất', 120),
  model: text('model', 120),
  serial: text('số sê-ri', 120),
  tube: z.string().trim().max(120).optional(),
  yearMade: z
    .number({ error: 'Năm sản xuất phải là số.' })
    .int()
    .min(1950, { message: 'Năm sản xuất không hợp lệ.' })
    .max(2100, { message: 'Năm sản xuất không hợp lệ.' })
    .optional(),
  location: z.string().trim().max(300).optional(),
  lastInspectionOn: isoDateSchema.optional(),
  inspectionCertificate: z.string().trim().max(120).optional(),
});
export type DeviceInput = z.infer<typeof deviceInputSchema>;

export const DECLARATION_EVENTS = ['acquired', 'moved_in', 'moved_out', 'disposed'] as const;
export const declarationEventLabels: Record<(typeof DECLARATION_EVENTS)[number], string> = {
  acquired: 'Mới có thiết bị (mua, nhận, thuê)',
  moved_in: 'Chuyển thiết bị đến địa điểm trong tỉnh',
  moved_out: 'Chuyển thiết bị đi nơi khác',
  disposed: 'Thanh lý, chuyển giao thiết bị',
};

export const licensingCodeSchema = z.enum(LICENSING_CODES, {
  error: 'Thủ tục phải là một thủ tục an toàn bức xạ hoặc bưu chính.',
});

/** licensing.submit: an applicant files a licensing dossier online. */
export const licensingSubmitSchema = z.object({
  procedureCode: licensingCodeSchema,
  holder: holderInputSchema,
  /** declarations: the devices declared */
  devices: z
    .array(deviceInputSchema)
    .max(50, { message: 'Một hồ sơ khai báo tối đa 50 thiết bị.' })
    .default([]),
  event: z.enum(DECLARATION_EVENTS).optional(),
  eventDate: isoDateSchema.optional(),
  /** licence, amendment: inventory devices the licence covers */
  deviceIds: z
    .array(z.uuid({ message: 'Mã thiết bị không hợp lệ.' }))
    .max(50)
    .default([]),
  /** renewal, amendment, re-issue: the number of the document replaced */
  previousNumber: z.string().trim().max(60).optional(),
  /** postal licence: term asked for, in years */
  requestedYears: z.number().int().optional(),
  /** postal: services and scope */
  services: z.array(text('dịch vụ', 200)).max(20).default([]),
  scope: z.string().trim().max(300).optional(),
  /** certificate: the person certified */
  person: z.object({ name: text('họ tên', 120), birthDate: isoDateSchema.optional() }).optional(),
  components: componentFilesSchema,
});
export type LicensingSubmitInput = z.infer<typeof licensingSubmitSchema>;

export const licensingReceiveSchema = licensingSubmitSchema.extend({
  channel: z.enum(['direct', 'postal']).default('direct'),
  note: noteSchema,
});
export type LicensingReceiveInput = z.infer<typeof licensingReceiveSchema>;

export const feeQuerySchema = z.object({
  kind: z.enum(['new', 'renewal']),
  devices: z
    .array(z.object({ type: z.string().trim().min(1).max(60) }))
    .min(1, {
      message: 'Vui lòng chọn ít nhất một thiết bị.',
    })
    .max(50),
});

export const dossierQuerySchema = z.object({ dossierId: dossierIdSchema });

const page = {
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
};

export const holdersQuerySchema = z.object({
  field: fieldSchema,
  q: z.string().trim().max(200).optional(),
  ...page,
});
export const holderQuerySchema = z.object({ holderId: z.uuid({ message: 'Mã cơ sở không hợp lệ.' }) });
export const devicesQuerySchema = z.object({
  holderId: z.uuid().optional(),
  type: deviceTypeSchema.optional(),
  status: z.enum(['in_use', 'stored', 'moved', 'disposed']).optional(),
  ...page,
});
export const registerQuerySchema = z.object({
  field: fieldSchema,
  kind: z.enum(LICENSING_DOCUMENT_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  status: z.enum(['in_force', 'expiring', 'expired', 'revoked', 'replaced']).optional(),
  ...page,
});
export const numberSchema = z.object({
  number: z.string().trim().min(1, { message: 'Vui lòng nhập số văn bản.' }).max(60),
});
export const revokeSchema = numberSchema.extend({
  reason: z.string().trim().min(5, { message: 'Vui lòng nêu lý do thu hồi (ít nhất 5 ký tự).' }).max(2000),
  decision: z.string().trim().min(1, { message: 'Vui lòng nhập số quyết định thu hồi.' }).max(60),
});

export const remindersQuerySchema = z.object({
  /** staff: one field (default: every field the officer may read); applicants: ignored */
  field: fieldSchema.optional(),
  holderId: z.uuid({ message: 'Mã cơ sở không hợp lệ.' }).optional(),
});

export const recordInspectionSchema = z.object({
  holderId: z.uuid({ message: 'Mã cơ sở không hợp lệ.' }),
  kind: z.enum(INSPECTION_KINDS, { error: 'Loại kiểm tra phải là theo kế hoạch hoặc đột xuất.' }),
  inspectedOn: isoDateSchema,
  team: text('thành phần đoàn kiểm tra', 500),
  findings: text('kết quả kiểm tra', 4000),
  corrections: z
    .array(z.object({ description: text('nội dung yêu cầu khắc phục', 1000), deadline: isoDateSchema }))
    .max(50, { message: 'Tối đa 50 yêu cầu khắc phục.' }),
});

export const resolveCorrectionSchema = z.object({
  correctionId: z.uuid({ message: 'Mã yêu cầu khắc phục không hợp lệ.' }),
  expectedVersion: z.number().int().positive(),
  resolvedOn: isoDateSchema,
  note: text('kết quả khắc phục', 2000),
});

/** licensing.report: a year, and optionally a narrower period inside it (declarations counted in the period). */
export const licensingReportSchema = z
  .object({
    year: z
      .number({ error: 'Vui lòng chọn năm báo cáo.' })
      .int({ error: 'Năm báo cáo không hợp lệ.' })
      .min(2000, { error: 'Năm báo cáo phải từ năm 2000.' })
      .max(2199, { error: 'Năm báo cáo không hợp lệ.' }),
    from: isoDateSchema.optional(),
    to: isoDateSchema.optional(),
  })
  .refine((r) => !r.from || r.from.startsWith(`${r.year}-`), {
    message: 'Ngày bắt đầu phải thuộc năm báo cáo.',
    path: ['from'],
  })
  .refine((r) => !r.to || r.to.startsWith(`${r.year}-`), {
    message: 'Ngày kết thúc phải thuộc năm báo cáo.',
    path: ['to'],
  })
  .refine((r) => !r.from || !r.to || r.from <= r.to, {
    message: 'Ngày bắt đầu không được sau ngày kết thúc.',
    path: ['to'],
  });
export type LicensingReportInput = z.infer<typeof licensingReportSchema>;

const conditionKeys = POSTAL_LICENCE_CONDITIONS.map((c) => c.key) as [
  PostalConditionKey,
  ...PostalConditionKey[],
];

/** licensing.postalConditions.record: the officer's appraisal of a postal licence's conditions. */
export const recordPostalConditionsSchema = z.object({
  dossierId: dossierIdSchema,
  /** the position of the appraisal in force when the form was opened (0 when none): a newer one means CONFLICT */
  expectedPosition: z.number().int().min(0),
  scope: z.enum(POSTAL_SCOPES, { error: 'Vui lòng chọn phạm vi cung ứng dịch vụ.' }),
  capitalVnd: z
    .number({ error: 'Vốn phải là một số (đồng).' })
    .int({ message: 'Vốn tính bằng đồng, không có phần lẻ.' })
    .min(0, { message: 'Vốn không được âm.' })
    .max(1e15, { message: 'Số vốn quá lớn; kiểm tra lại đơn vị (đồng).' })
    .nullable(),
  judgements: z.partialRecord(
    z.enum(conditionKeys),
    z.object({
      met: z.boolean(),
      note: z.string().trim().max(1000, { message: 'Ghi chú quá dài (tối đa 1.000 ký tự).' }).nullish(),
    }),
  ),
});
export type RecordPostalConditionsInput = z.infer<typeof recordPostalConditionsSchema>;
