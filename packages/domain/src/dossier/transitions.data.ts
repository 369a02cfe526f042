import type { Right } from '../organisation';
import type { DossierAction, DossierStatus, Transition } from './index';
import { DEADLINE_RULES } from './deadline-rules.data';

/** A staff step: the right needed on the dossier's unit. */
const STAFF = (right: Right) => ({ right, applicant: false, handlerOnly: false }) as const;
/**
 * A step of the handling officer: only the assigned officer, or someone who may assign in the unit (the unit head,
 * a leader), takes it.
 */
const HANDLER = (right: Right) => ({ right, applicant: false, handlerOnly: true }) as const;
/** A step the dossier's own applicant may take (online), or an officer at the counter on the applicant's behalf. */
const APPLICANT_OR_COUNTER = { right: 'dossier.receive', applicant: true, handlerOnly: false } as const;

/** All national status codes, in order. */
export const DOSSIER_STATUSES: readonly DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/**
 * The one-stop flow (Nghị định 118/2025/NĐ-CP; forms of Phụ lục I Thông tư 03/2025/TT-VPCP) as a table:
 * 1 online submission → 2 received (or 3 refused); 2 → 4 assigned for processing; 4 ⇄ 5 request for additions
 * (clock paused, only once) / additions supplied; 4 ⇄ 6 payment requested / paid (clock paused); 4 → 9 approved or
 * refused with reasons (both end processing); 9 → 10 result returned; withdrawal (7) from 1, 2, 4, 5, 6;
 * stop (8) from 4 and from 5 when the applicant does not supply additions in time; while processing (4), the apology
 * letter (Mẫu 04) moves the appointment date once, the status staying 4.
 * A dossier received at the counter or by post starts at 2 (see initialStatus).
 *
 * Each row says who may take the step (`who`), the short command on its button (`command`, and
 * `applicantCommand` where the applicant's own wording differs), what it does to the clock and which one-stop form
 * it produces. The status sets (running, paused, terminal, live) are derived from this table.
 */
export const transitions: readonly Transition[] = [
  {
    action: 'submit',
    from: [],
    to: 1,
    label: 'Nộp hồ sơ trực tuyến',
    command: 'Nộp hồ sơ',
    who: APPLICANT_OR_COUNTER,
  },
  {
    action: 'receive',
    from: [1],
    to: 2,
    label: 'Tiếp nhận hồ sơ',
    command: 'Tiếp nhận hồ sơ',
    who: STAFF('dossier.receive'),
    clock: 'start',
    form: 'Mẫu 01',
  },
  {
    action: 'refuse',
    from: [1],
    to: 3,
    label: 'Từ chối tiếp nhận hồ sơ',
    command: 'Từ chối tiếp nhận',
    who: STAFF('dossier.receive'),
    form: 'Mẫu 03',
  },
  {
    action: 'assign',
    from: [2],
    to: 4,
    label: 'Chuyển thụ lý, phân công xử lý',
    command: 'Phân công thụ lý',
    who: STAFF('dossier.assign'),
  },
  {
    action: 'request_additions',
    from: [4],
    to: 5,
    label: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
    command: 'Yêu cầu bổ sung',
    who: HANDLER('dossier.process'),
    clock: 'pause',
    form: 'Mẫu 02',
    source: DEADLINE_RULES.additionsOnce,
  },
  {
    action: 'supply_additions',
    from: [5],
    to: 4,
    label: 'Tiếp nhận hồ sơ bổ sung',
    command: 'Nhận hồ sơ bổ sung',
    applicantCommand: 'Nộp bổ sung',
    // additions brought to the counter are taken in by an officer on the applicant's behalf
    who: APPLICANT_OR_COUNTER,
    clock: 'resume',
    source: DEADLINE_RULES.additionsOnce,
  },
  {
    action: 'request_payment',
    from: [4],
    to: 6,
    label: 'Yêu cầu thực hiện nghĩa vụ tài chính',
    command: 'Yêu cầu nộp phí',
    // the handling officer tells the applicant what to pay
    who: HANDLER('dossier.process'),
    clock: 'pause',
    source: DEADLINE_RULES.paymentPause,
  },
  {
    action: 'confirm_payment',
    from: [6],
    to: 4,
    label: 'Xác nhận đã thực hiện nghĩa vụ tài chính',
    command: 'Xác nhận đã nộp phí',
    // the one-stop counter (or the officer) records the payment
    who: STAFF('dossier.receive'),
    clock: 'resume',
    source: DEADLINE_RULES.paymentPause,
  },
  {
    action: 'submit_for_signature',
    from: [4],
    to: 4,
    label: 'Trình lãnh đạo ký duyệt',
    command: 'Trình ký',
    who: HANDLER('dossier.process'),
  },
  {
    action: 'extend_deadline',
    from: [4],
    to: 4,
    label: 'Xin lỗi và hẹn lại ngày trả kết quả',
    command: 'Xin lỗi, hẹn lại ngày trả',
    // the apology letter goes out in the unit's name: the unit head or a leader issues it
    who: STAFF('dossier.assign'),
    clock: 'extend',
    form: 'Mẫu 04',
    source: DEADLINE_RULES.apologyExtension,
  },
  {
    action: 'approve',
    from: [4],
    to: 9,
    label: 'Phê duyệt, ban hành kết quả',
    command: 'Phê duyệt',
    who: STAFF('dossier.sign'),
    clock: 'stop',
  },
  {
    action: 'reject',
    from: [4],
    to: 9,
    label: 'Từ chối giải quyết (nêu rõ lý do)',
    command: 'Từ chối giải quyết',
    who: STAFF('dossier.sign'),
    clock: 'stop',
  },
  {
    action: 'return_result',
    from: [9],
    to: 10,
    label: 'Trả kết quả cho người nộp',
    command: 'Trả kết quả',
    who: STAFF('dossier.receive'),
  },
  {
    action: 'withdraw',
    from: [1, 2, 4, 5, 6],
    to: 7,
    label: 'Công dân rút hồ sơ',
    command: 'Ghi nhận rút hồ sơ',
    applicantCommand: 'Rút hồ sơ',
    // a written request to withdraw handed in at the counter is recorded by an officer
    who: APPLICANT_OR_COUNTER,
    clock: 'stop',
  },
  {
    action: 'stop',
    from: [4, 5],
    to: 8,
    label: 'Dừng xử lý hồ sơ',
    command: 'Dừng xử lý',
    who: HANDLER('dossier.process'),
    clock: 'stop',
    form: 'Mẫu 05',
  },
];

/** All actions, in table order. */
export const DOSSIER_ACTIONS: readonly DossierAction[] = transitions.map((t) => t.action);

const uniqueSorted = (statuses: readonly DossierStatus[]): readonly DossierStatus[] =>
  [...new Set(statuses)].sort((a, b) => a - b);

/** Statuses that end a dossier: no row of the table leaves them (3, 7, 8, 10). */
export const TERMINAL_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter(
  (s) => !transitions.some((t) => t.from.includes(s)),
);

/** Statuses in which the clock runs: those a step starts or resumes it into (2 received, 4 processing). */
export const RUNNING_STATUSES: readonly DossierStatus[] = uniqueSorted(
  transitions.filter((t) => t.clock === 'start' || t.clock === 'resume').map((t) => t.to),
);

/** Statuses in which the clock is paused, waiting for the applicant (5 additions, 6 payment). */
export const PAUSED_STATUSES: readonly DossierStatus[] = uniqueSorted(
  transitions.filter((t) => t.clock === 'pause').map((t) => t.to),
);

/** Statuses somebody still has work on (everything not terminal, 9 included: the result is still to hand over). */
export const LIVE_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES.filter(
  (s) => !TERMINAL_STATUSES.includes(s),
);

/** Vietnamese label of each action (from the table). */
export const dossierActionLabels = Object.fromEntries(transitions.map((t) => [t.action, t.label])) as Record<
  DossierAction,
  string
>;

/** The short command on each action's button, as staff read it (from the table). */
export const dossierCommandLabels = Object.fromEntries(
  transitions.map((t) => [t.action, t.command]),
) as Record<DossierAction, string>;

/** The command as the dossier's applicant reads it ("Nộp bổ sung" rather than "Nhận hồ sơ bổ sung"). */
export const applicantCommandLabels = Object.fromEntries(
  transitions.map((t) => [t.action, t.applicantCommand ?? t.command]),
) as Record<DossierAction, string>;
