// A cycle's life and each input's: the CĐS team opens a year's cycle for a set of units with a deadline; each unit's
// reporter saves drafts and submits items with evidence; the reviewer accepts or returns each item with a comment;
// the unit corrects a returned item and submits it again; the cycle closes and its data is locked. Three scores per
// item, as provinces use them: self-assessed (the unit's value), appraised (the reviewer's), final (what the results
// count once the cycle's imputation rule has run).
import { z } from 'zod';
import { isoDateSchema } from '../legal-source';
import { DomainError } from '../errors';
import { DTI_IMPUTATION_RULES } from './imputation';

export const DTI_CYCLE_STATUSES = ['open', 'closed'] as const;
export type DtiCycleStatus = (typeof DTI_CYCLE_STATUSES)[number];
export const dtiCycleStatusLabels: Readonly<Record<DtiCycleStatus, string>> = {
  open: 'Đang thu thập',
  closed: 'Đã đóng, số liệu đã khóa',
};

export const DTI_ITEM_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type DtiItemStatus = (typeof DTI_ITEM_STATUSES)[number];
export const dtiItemStatusLabels: Readonly<Record<DtiItemStatus | 'empty', string>> = {
  empty: 'Chưa nhập',
  draft: 'Bản nháp',
  submitted: 'Đã gửi, chờ thẩm định',
  returned: 'Bị trả lại, cần sửa',
  accepted: 'Đã chấp nhận',
};

/** What the unit does to one item, and what the reviewer does. */
export type DtiItemAction = 'save' | 'submit' | 'accept' | 'return';

const FROM: Readonly<Record<DtiItemAction, readonly (DtiItemStatus | 'empty')[]>> = {
  // a returned item stays "returned" while the unit corrects it, until it is submitted again
  save: ['empty', 'draft', 'returned'],
  submit: ['draft', 'returned'],
  accept: ['submitted'],
  return: ['submitted'],
};

/** The status after `action` from `status`, or undefined when the action is not allowed there. */
export function dtiItemTransition(
  status: DtiItemStatus | 'empty',
  action: DtiItemAction,
): DtiItemStatus | undefined {
  if (!FROM[action].includes(status)) return undefined;
  switch (action) {
    case 'save':
      return status === 'returned' ? 'returned' : 'draft';
    case 'submit':
      return 'submitted';
    case 'accept':
      return 'accepted';
    case 'return':
      return 'returned';
  }
}

const WHY_NOT: Readonly<Record<DtiItemAction, string>> = {
  save: 'Mục này đã gửi thẩm định hoặc đã được chấp nhận; chỉ sửa được khi cán bộ thẩm định trả lại.',
  submit: 'Chỉ gửi được mục đang là bản nháp hoặc bị trả lại.',
  accept: 'Chỉ thẩm định được mục đã gửi và đang chờ thẩm định.',
  return: 'Chỉ thẩm định được mục đã gửi và đang chờ thẩm định.',
};

/**
 * Throws when a unit's action on an item is not allowed now: CYCLE_CLOSED after close; DEADLINE_PASSED after the
 * deadline (Vietnam date) unless the reviewer returned the item; INVALID_TRANSITION from the wrong status.
 */
export function assertDtiItemAction(args: {
  action: DtiItemAction;
  cycleStatus: DtiCycleStatus;
  /** ISO date: the last day inputs are taken */
  deadline: string;
  /** ISO date in Vietnam */
  today: string;
  status: DtiItemStatus | 'empty';
}): DtiItemStatus {
  if (args.cycleStatus === 'closed') throw new DomainError('CYCLE_CLOSED');
  const byUnit = args.action === 'save' || args.action === 'submit';
  if (byUnit && args.today > args.deadline && args.status !== 'returned')
    throw new DomainError(
      'DEADLINE_PASSED',
      `Đã quá hạn nhập số liệu (hạn ${args.deadline.split('-').reverse().join('/')}); chỉ được sửa các mục cán bộ thẩm định trả lại.`,
    );
  const next = dtiItemTransition(args.status, args.action);
  if (!next) throw new DomainError('INVALID_TRANSITION', WHY_NOT[args.action], { status: args.status });
  return next;
}

const text = (max: number, label: string) =>
  z
    .string()
    .transform((s) => s.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(z.string().max(max, { message: `${label} dài tối đa ${max} ký tự.` }));

/**
 * One piece of evidence (tài liệu kiểm chứng): the document cited (number, title, date, summary), and a file
 * uploaded through POST /api/files and/or a link. A title, and at least a document number, a file or a link.
 */
export const dtiEvidenceSchema = z
  .object({
    documentNumber: text(100, 'Số, ký hiệu văn bản').optional(),
    title: text(500, 'Trích yếu, tên tài liệu').pipe(
      z.string().min(1, { message: 'Nhập trích yếu hoặc tên tài liệu kiểm chứng.' }),
    ),
    issuedOn: isoDateSchema.optional(),
    summary: z
      .string()
      .transform((s) => s.normalize('NFC').trim())
      .pipe(z.string().max(2000, { message: 'Tóm tắt dài tối đa 2.000 ký tự.' }))
      .optional(),
    fileId: z.uuid({ message: 'Mã tệp đính kèm không hợp lệ.' }).optional(),
    url: z
      .url({ protocol: /^https?$/, message: 'Đường dẫn phải là địa chỉ http(s) đầy đủ.' })
      .max(1000, { message: 'Đường dẫn dài tối đa 1.000 ký tự.' })
      .optional(),
  })
  .refine((e) => !!(e.documentNumber || e.fileId || e.url), {
    message: 'Mỗi minh chứng cần số văn bản, tệp đính kèm hoặc đường dẫn.',
    path: ['documentNumber'],
  });
export type DtiEvidence = z.output<typeof dtiEvidenceSchema>;
export type DtiEvidenceInput = z.input<typeof dtiEvidenceSchema>;

/** Submitting an item that scores points needs evidence; a zero answer ("Không") needs none. */
export function dtiEvidenceProblem(selfPoints: number, evidenceCount: number): string | undefined {
  return selfPoints > 0 && evidenceCount === 0
    ? 'Mục có điểm phải có ít nhất một minh chứng (văn bản, tệp hoặc đường dẫn) trước khi gửi.'
    : undefined;
}

export const dtiImputationRuleSchema = z.enum(DTI_IMPUTATION_RULES, {
  error: 'Cách xử lý thiếu số liệu phải là none, last_year hoặc group_mean.',
});
