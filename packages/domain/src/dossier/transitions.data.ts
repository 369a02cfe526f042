import type { DossierAction, DossierStatus, Transition } from './index';
import { DEADLINE_RULES } from './deadline-rules.data';

/** All national status codes, in order. */
export const DOSSIER_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** Statuses that end a dossier: no action is allowed from them. */
export const TERMINAL_STATUSES: readonly DossierStatus[] = [3, 7, 8, 10];

/**
 * The one-stop flow (Nghị định 118/2025/NĐ-CP; forms of Phụ lục I Thông tư 03/2025/TT-VPCP) as a table:
 * 1 online submission → 2 received (or 3 refused); 2 → 4 assigned for processing; 4 ⇄ 5 request for additions
 * (clock paused, only once) / additions supplied; 4 ⇄ 6 payment requested / paid (clock paused); 4 → 9 approved or
 * refused with reasons (both end processing); 9 → 10 result returned; withdrawal (7) from 1, 2, 4, 5, 6;
 * stop (8) from 4 and from 5 when the applicant does not supply additions in time; while processing (4), the apology
 * letter (Mẫu 04) moves the appointment date once, the status staying 4.
 * A dossier received at the counter or by post starts at 2 (see initialStatus).
 */
export const transitions: readonly Transition[] = [
  { action: 'submit', from: [], to: 1, label: 'Nộp hồ sơ trực tuyến' },
  { action: 'receive', from: [1], to: 2, label: 'Tiếp nhận hồ sơ', clock: 'start', form: 'Mẫu 01' },
  { action: 'refuse', from: [1], to: 3, label: 'Từ chối tiếp nhận hồ sơ', form: 'Mẫu 03' },
  { action: 'assign', from: [2], to: 4, label: 'Chuyển thụ lý, phân công xử lý' },
  {
    action: 'request_additions',
    from: [4],
    to: 5,
    label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    clock: 'pause',
    form: 'Mẫu 02',
    source: DEADLINE_RULES.additionsOnce,
  },
  {
    action: 'supply_additions',
    from: [5],
    to: 4,
    label: 'Tiếp nhận hồ sơ bổ sung',
    clock: 'resume',
    source: DEADLINE_RULES.additionsOnce,
  },
  {
    action: 'request_payment',
    from: [4],
    to: 6,
    label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    clock: 'pause',
    source: DEADLINE_RULES.paymentPause,
  },
  {
    action: 'confirm_payment',
    from: [6],
    to: 4,
    label: 'Xác nhận đã thực hiện nghĩa vụ tài chính',
    clock: 'resume',
    source: DEADLINE_RULES.paymentPause,
  },
  { action: 'submit_for_signature', from: [4], to: 4, label: 'Trình lãnh đạo ký duyệt' },
  {
    action: 'extend_deadline',
    from: [4],
    to: 4,
    label: 'Xin lỗi và hẹn lại ngày trả kết quả',
    clock: 'extend',
    form: 'Mẫu 04',
    source: DEADLINE_RULES.apologyExtension,
  },
  { action: 'approve', from: [4], to: 9, label: 'Phê duyệt, ban hành kết quả', clock: 'stop' },
  { action: 'reject', from: [4], to: 9, label: 'Từ chối giải quyết (nêu rõ lý do)', clock: 'stop' },
  { action: 'return_result', from: [9], to: 10, label: 'Trả kết quả cho người nộp' },
  { action: 'withdraw', from: [1, 2, 4, 5, 6], to: 7, label: 'Công dân rút hồ sơ', clock: 'stop' },
  { action: 'stop', from: [4, 5], to: 8, label: 'Dừng xử lý hồ sơ', clock: 'stop', form: 'Mẫu 05' },
];

/** All actions, in table order. */
export const DOSSIER_ACTIONS: readonly DossierAction[] = transitions.map((t) => t.action);

/** Vietnamese label of each action (from the table). */
export const dossierActionLabels = Object.fromEntries(transitions.map((t) => [t.action, t.label])) as Record<
  DossierAction,
  string
>;
