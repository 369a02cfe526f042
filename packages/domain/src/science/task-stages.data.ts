// The life of a provincial S&T task (nhiệm vụ khoa học và công nghệ cấp tỉnh) as a table: every stage change is one
// row (action, from, to, who may take it, its source). Commands that keep the stage (progress reports, adjustments,
// follow-up records) are rows whose `to` is their `from`.
import type { LegalSource } from '../legal-source';
import { LUAT_93_2025, ND_267_2025, TT_10_2014, TT_11_2014, TT_14_2014 } from './science-sources.data';

export const TASK_STAGES = [
  'proposed',
  'identified',
  'not_identified',
  'selecting',
  'selected',
  'appraised',
  'approved',
  'in_progress',
  'evaluating',
  'accepted',
  'not_accepted',
  'registered',
  'cancelled',
] as const;
export type TaskStage = (typeof TASK_STAGES)[number];

export const taskStageLabels: Record<TaskStage, string> = {
  proposed: 'Đề xuất đặt hàng',
  identified: 'Đã xác định, chờ tuyển chọn',
  not_identified: 'Không được xác định',
  selecting: 'Đang tuyển chọn, giao trực tiếp',
  selected: 'Đã chọn tổ chức chủ trì',
  appraised: 'Đã thẩm định nội dung, kinh phí',
  approved: 'Đã phê duyệt, chờ ký hợp đồng',
  in_progress: 'Đang thực hiện',
  evaluating: 'Đang đánh giá, nghiệm thu',
  accepted: 'Đã nghiệm thu',
  not_accepted: 'Nghiệm thu không đạt',
  registered: 'Đã đăng ký kết quả',
  cancelled: 'Đã dừng thực hiện',
};

/** Stages no stage change leaves (follow-up records may still be added to a registered task). */
export const FINAL_TASK_STAGES: readonly TaskStage[] = [
  'not_identified',
  'not_accepted',
  'registered',
  'cancelled',
];

/** The office's pipeline board shows these columns, in this order. */
export const BOARD_STAGES: readonly TaskStage[] = [
  'proposed',
  'identified',
  'selecting',
  'selected',
  'appraised',
  'approved',
  'in_progress',
  'evaluating',
  'accepted',
  'registered',
];

export const TASK_ACTIONS = [
  'propose',
  'identify',
  'reject_proposal',
  'open_call',
  'submit_application',
  'form_council',
  'declare_conflict',
  'submit_sheet',
  'close_scoring',
  'select_host',
  'appraise',
  'approve',
  'sign_contract',
  'report_progress',
  'record_inspection',
  'request_adjustment',
  'decide_adjustment',
  'start_evaluation',
  'accept',
  'fail_acceptance',
  'file_registration',
  'register_result',
  'record_follow_up',
  'cancel',
] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/**
 * Who takes a step: the science office (Phòng Quản lý Khoa học: its officers and head, and the department's
 * leaders), a leader with signing authority, the host organisation (tổ chức chủ trì) through its account, any
 * organisation applying (or the office recording a paper application), a member of the task's council (for their own
 * declaration and sheet), or the system itself (the one-stop engine's outcome issuer).
 */
export type TaskActor =
  'office' | 'leader' | 'host' | 'host_or_office' | 'applicant_or_office' | 'member' | 'system';

export interface TaskTransition {
  action: TaskAction;
  /** stages the action may be taken from; empty for `propose`, which creates a task */
  from: readonly TaskStage[];
  /** the stage after the action; 'same' for records that keep the stage */
  to: TaskStage | 'same';
  label: string;
  who: TaskActor;
  source?: LegalSource;
}

const MONITORED: readonly TaskStage[] = ['in_progress'];
const CANCELLABLE: readonly TaskStage[] = [
  'proposed',
  'identified',
  'selecting',
  'selected',
  'appraised',
  'approved',
  'in_progress',
  'evaluating',
];

export const taskTransitions: readonly TaskTransition[] = [
  { action: 'propose', from: [], to: 'proposed', label: 'Ghi nhận đề xuất đặt hàng', who: 'office' },
  {
    action: 'identify',
    from: ['proposed'],
    to: 'identified',
    label: 'Xác định nhiệm vụ, đưa vào danh mục đặt hàng',
    who: 'office',
    source: { ...ND_267_2025, confidence: 'M', note: 'Xác định nhiệm vụ qua hội đồng tư vấn.' },
  },
  {
    action: 'reject_proposal',
    from: ['proposed'],
    to: 'not_identified',
    label: 'Không xác định là nhiệm vụ (nêu lý do)',
    who: 'office',
  },
  {
    action: 'open_call',
    from: ['identified'],
    to: 'selecting',
    label: 'Thông báo tuyển chọn hoặc giao trực tiếp',
    who: 'office',
    source: TT_10_2014,
  },
  {
    action: 'submit_application',
    from: ['selecting'],
    to: 'same',
    label: 'Nộp hồ sơ đăng ký tuyển chọn, giao trực tiếp',
    who: 'applicant_or_office',
    source: TT_10_2014,
  },
  {
    action: 'form_council',
    from: ['selecting', 'evaluating'],
    to: 'same',
    label: 'Thành lập hội đồng tư vấn',
    who: 'office',
  },
  {
    action: 'declare_conflict',
    from: ['selecting'],
    to: 'same',
    label: 'Thành viên hội đồng khai báo xung đột lợi ích',
    who: 'member',
  },
  {
    action: 'submit_sheet',
    from: ['selecting'],
    to: 'same',
    label: 'Thành viên hội đồng nộp phiếu đánh giá',
    who: 'member',
  },
  {
    action: 'close_scoring',
    from: ['selecting'],
    to: 'same',
    label: 'Kết thúc đánh giá, tổng hợp kết quả hội đồng',
    who: 'office',
    source: TT_10_2014,
  },
  {
    action: 'select_host',
    from: ['selecting'],
    to: 'selected',
    label: 'Chọn tổ chức chủ trì theo kết quả hội đồng',
    who: 'office',
    source: TT_10_2014,
  },
  {
    action: 'appraise',
    from: ['selected'],
    to: 'appraised',
    label: 'Thẩm định nội dung và kinh phí',
    who: 'office',
  },
  {
    action: 'approve',
    from: ['appraised'],
    to: 'approved',
    label: 'Phê duyệt nhiệm vụ, tổ chức chủ trì và kinh phí',
    who: 'leader',
    source: LUAT_93_2025,
  },
  {
    action: 'sign_contract',
    from: ['approved'],
    to: 'in_progress',
    label: 'Ghi nhận hợp đồng thực hiện nhiệm vụ đã ký',
    who: 'office',
  },
  {
    action: 'report_progress',
    from: MONITORED,
    to: 'same',
    label: 'Nộp báo cáo định kỳ tình hình thực hiện',
    who: 'host_or_office',
  },
  {
    action: 'record_inspection',
    from: MONITORED,
    to: 'same',
    label: 'Ghi nhận kiểm tra tình hình thực hiện',
    who: 'office',
  },
  {
    action: 'request_adjustment',
    from: MONITORED,
    to: 'same',
    label: 'Đề nghị điều chỉnh (thời gian, kinh phí, nhân lực, nội dung)',
    who: 'host_or_office',
  },
  {
    action: 'decide_adjustment',
    from: MONITORED,
    to: 'same',
    label: 'Quyết định điều chỉnh (chấp thuận hoặc không, nêu lý do)',
    who: 'leader',
  },
  {
    action: 'start_evaluation',
    from: MONITORED,
    to: 'evaluating',
    label: 'Tổ chức đánh giá, nghiệm thu',
    who: 'office',
    source: TT_11_2014,
  },
  {
    action: 'accept',
    from: ['evaluating'],
    to: 'accepted',
    label: 'Ghi nhận kết quả nghiệm thu đạt',
    who: 'office',
    source: TT_11_2014,
  },
  {
    action: 'fail_acceptance',
    from: ['evaluating'],
    to: 'not_accepted',
    label: 'Ghi nhận kết quả nghiệm thu không đạt',
    who: 'office',
    source: TT_11_2014,
  },
  {
    action: 'file_registration',
    from: ['accepted'],
    to: 'same',
    label: 'Nộp hồ sơ đăng ký kết quả (thủ tục 1.004473)',
    who: 'host_or_office',
    source: TT_14_2014,
  },
  {
    action: 'register_result',
    from: ['accepted'],
    to: 'registered',
    label: 'Cấp Giấy chứng nhận đăng ký kết quả',
    who: 'system',
    source: TT_14_2014,
  },
  {
    action: 'record_follow_up',
    from: ['accepted', 'registered'],
    to: 'same',
    label: 'Ghi nhận lưu trữ, giao quyền, ứng dụng kết quả',
    who: 'office',
  },
  {
    action: 'cancel',
    from: CANCELLABLE,
    to: 'cancelled',
    label: 'Dừng thực hiện nhiệm vụ (nêu lý do)',
    who: 'leader',
    source: {
      ...ND_267_2025,
      confidence: 'M',
      note: 'Chấm dứt nhiệm vụ; chấp nhận rủi ro trong nghiên cứu.',
    },
  },
];

export const taskActionLabels = Object.fromEntries(taskTransitions.map((t) => [t.action, t.label])) as Record<
  TaskAction,
  string
>;
