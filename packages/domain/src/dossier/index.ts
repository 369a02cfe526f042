// CONTRACT (owned by the kernel helper): keep these exported names and shapes; extend freely.
import type { Duration } from '../procedures';

/** National status codes synchronised with the public-service portal (TT 03/2025). */
export type DossierStatus = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10;
export const dossierStatusLabels: Record<DossierStatus, string> = {
  1: 'Mới đăng ký',
  2: 'Được tiếp nhận',
  3: 'Không được tiếp nhận',
  4: 'Đang xử lý',
  5: 'Yêu cầu bổ sung giấy tờ',
  6: 'Yêu cầu thực hiện nghĩa vụ tài chính',
  7: 'Công dân yêu cầu rút hồ sơ',
  8: 'Dừng xử lý',
  9: 'Đã xử lý xong',
  10: 'Đã trả kết quả',
};

export type DossierAction =
  | 'submit'
  | 'receive'
  | 'refuse'
  | 'request_additions'
  | 'supply_additions'
  | 'request_payment'
  | 'confirm_payment'
  | 'assign'
  | 'submit_for_signature'
  | 'approve'
  | 'reject'
  | 'return_result'
  | 'withdraw'
  | 'stop';

export interface Transition {
  action: DossierAction;
  from: readonly DossierStatus[];
  to: DossierStatus;
  label: string;
  /** does this action pause or resume the clock */
  clock?: 'pause' | 'resume' | 'start' | 'stop';
}

export declare const transitions: readonly Transition[];
export declare function allowedActions(status: DossierStatus): DossierAction[];
/** The status after `action`, or throws DomainError('INVALID_TRANSITION'). */
export declare function nextStatus(status: DossierStatus, action: DossierAction): DossierStatus;

export interface ClockPause {
  /** ISO date the clock stopped (request for additions) */
  from: string;
  /** ISO date the clock resumed (additions received); omitted while paused */
  to?: string;
}

export interface DeadlineInput {
  processingTime: Duration;
  /** ISO timestamp with offset, e.g. "2026-03-02T16:10:00+07:00" */
  receivedAt: string;
  pauses?: ClockPause[];
}

/** The appointment date (ISO date). Receipts after 15:00 count from the next working day. */
export declare function computeDeadline(input: DeadlineInput): string;

export type Timeliness = 'early' | 'on_time' | 'late';
export const timelinessLabels: Record<Timeliness, string> = {
  early: 'Trước hạn',
  on_time: 'Đúng hạn',
  late: 'Quá hạn',
};
/** Compare the completion date with the deadline (both ISO dates). */
export declare function classifyTimeliness(deadline: string, completedOn: string): Timeliness;
