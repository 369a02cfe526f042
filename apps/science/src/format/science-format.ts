// Display helpers of the science app: amounts, stages, the buttons of task steps.
import type { TaskStage } from '@skhcn/domain';
import type { BadgeProps } from '@skhcn/ui';
import type { TaskPageAction } from '../api-types';

export const stageTone: Record<TaskStage, NonNullable<BadgeProps['tone']>> = {
  proposed: 'neutral',
  identified: 'info',
  not_identified: 'danger',
  selecting: 'info',
  selected: 'info',
  appraised: 'info',
  approved: 'info',
  in_progress: 'warning',
  evaluating: 'warning',
  accepted: 'success',
  not_accepted: 'danger',
  registered: 'success',
  cancelled: 'danger',
};

/** The short command on each step's button. */
export const actionButtonLabels: Record<TaskPageAction, string> = {
  identify: 'Xác định nhiệm vụ',
  reject_proposal: 'Không xác định',
  open_call: 'Thông báo tuyển chọn',
  select_host: 'Chọn tổ chức chủ trì',
  appraise: 'Thẩm định',
  approve: 'Phê duyệt',
  sign_contract: 'Ghi nhận hợp đồng',
  report_progress: 'Nộp báo cáo định kỳ',
  record_inspection: 'Ghi nhận kiểm tra',
  request_adjustment: 'Đề nghị điều chỉnh',
  decide_adjustment: 'Quyết định điều chỉnh',
  start_evaluation: 'Tổ chức nghiệm thu',
  accept: 'Ghi nhận kết quả nghiệm thu',
  file_registration: 'Nộp hồ sơ đăng ký kết quả',
  record_follow_up: 'Ghi nhận lưu trữ, ứng dụng',
  cancel: 'Dừng thực hiện',
};

export const DANGER_ACTIONS: readonly TaskPageAction[] = ['reject_proposal', 'cancel'];

/** A number the Vietnamese way, averages with up to 2 decimals: 80,5. */
export function formatScore(n: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);
}
