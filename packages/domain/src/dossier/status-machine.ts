import { DomainError } from '../errors';
import type { DossierAction, DossierStatus, Transition } from './index';
import { dossierStatusLabels } from './statuses.data';
import { DEADLINE_RULES } from './deadline-rules.data';
import { TERMINAL_STATUSES, transitions } from './transitions.data';

/** How a dossier reached us: online submissions start at 1 (Mới đăng ký), others are received at once (2). */
export type SubmissionChannel = 'online' | 'direct' | 'postal';

/** One past action, either bare or as a record carrying it. */
type HistoryItem = DossierAction | { readonly action: DossierAction };

const byStatus = new Map<DossierStatus, Map<DossierAction, Transition>>();
for (const t of transitions) {
  for (const s of t.from) {
    let m = byStatus.get(s);
    if (!m) byStatus.set(s, (m = new Map<DossierAction, Transition>()));
    m.set(t.action, t);
  }
}

function assertStatus(status: DossierStatus): void {
  if (!Number.isInteger(status) || status < 1 || status > 10) {
    throw new DomainError('BAD_INPUT', `Mã trạng thái hồ sơ không hợp lệ: ${String(status)}`, { status });
  }
}

export function initialStatus(channel: SubmissionChannel): DossierStatus {
  return channel === 'online' ? 1 : 2;
}

export function isTerminalStatus(status: DossierStatus): boolean {
  assertStatus(status);
  return TERMINAL_STATUSES.includes(status);
}

/** Actions the table allows from `status`, in table order (without the once-only guard; see allowedActionsAfter). */
export function allowedActions(status: DossierStatus): DossierAction[] {
  assertStatus(status);
  return [...(byStatus.get(status)?.keys() ?? [])];
}

/** The transition row for (status, action), or undefined when the table does not allow it. */
export function transitionFor(status: DossierStatus, action: DossierAction): Transition | undefined {
  assertStatus(status);
  return byStatus.get(status)?.get(action);
}

/** The status after `action`, or throws DomainError('INVALID_TRANSITION'). */
export function nextStatus(status: DossierStatus, action: DossierAction): DossierStatus {
  const t = transitionFor(status, action);
  if (!t) {
    const label = transitions.find((x) => x.action === action)?.label ?? String(action);
    throw new DomainError(
      'INVALID_TRANSITION',
      `Không thể thực hiện “${label}” khi hồ sơ đang ở trạng thái “${dossierStatusLabels[status]}”.`,
      { status, action },
    );
  }
  return t.to;
}

const actionOf = (h: HistoryItem): DossierAction => (typeof h === 'string' ? h : h.action);

/**
 * Actions a dossier may take only once: the request for additions (Nghị định 118/2025/NĐ-CP Điều 11) and the
 * apology letter that moves the appointment date (Mẫu 04, Thông tư 03/2025/TT-VPCP).
 */
export const ONCE_ONLY_ACTIONS = {
  request_additions: {
    reason: 'ADDITIONS_ONCE',
    message: () =>
      `Chỉ được yêu cầu bổ sung, hoàn thiện hồ sơ một lần (${DEADLINE_RULES.additionsOnce.document} ${DEADLINE_RULES.additionsOnce.article}).`,
  },
  extend_deadline: {
    reason: 'EXTENSION_ONCE',
    message: () =>
      `Ngày hẹn trả kết quả chỉ được hẹn lại một lần (${DEADLINE_RULES.apologyExtension.document}, ${DEADLINE_RULES.apologyExtension.article}).`,
  },
} as const satisfies Partial<Record<DossierAction, { reason: string; message: () => string }>>;

type OnceOnlyAction = keyof typeof ONCE_ONLY_ACTIONS;

function isOnceOnly(action: DossierAction): action is OnceOnlyAction {
  return Object.hasOwn(ONCE_ONLY_ACTIONS, action);
}

const notYetTaken = (action: DossierAction, history: readonly HistoryItem[]) =>
  !history.some((h) => actionOf(h) === action);

/** Additions may be requested only once per dossier (Nghị định 118/2025/NĐ-CP Điều 11). */
export function canRequestAdditions(history: readonly HistoryItem[]): boolean {
  return notYetTaken('request_additions', history);
}

/** The appointment date may be moved (Mẫu 04) only once per dossier. */
export function canExtendDeadline(history: readonly HistoryItem[]): boolean {
  return notYetTaken('extend_deadline', history);
}

/** allowedActions with the kernel's history guards applied (once-only actions). */
export function allowedActionsAfter(status: DossierStatus, history: readonly HistoryItem[]): DossierAction[] {
  return allowedActions(status).filter((a) => !isOnceOnly(a) || notYetTaken(a, history));
}

/** The status after `action` given the dossier's past actions; enforces the table and the once-only guards. */
export function applyAction(
  status: DossierStatus,
  action: DossierAction,
  history: readonly HistoryItem[],
): DossierStatus {
  const to = nextStatus(status, action);
  if (isOnceOnly(action) && !notYetTaken(action, history)) {
    const rule = ONCE_ONLY_ACTIONS[action];
    throw new DomainError('INVALID_TRANSITION', rule.message(), { status, action, reason: rule.reason });
  }
  return to;
}

/** Replays a dossier's actions from its initial status; throws on the first action not allowed. */
export function replayActions(initial: DossierStatus, actions: readonly HistoryItem[]): DossierStatus {
  let status = initial;
  const done: DossierAction[] = [];
  for (const h of actions) {
    const a = actionOf(h);
    status = applyAction(status, a, done);
    done.push(a);
  }
  return status;
}
