import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { thrown } from '../errors.testing';
import { must } from '../must';
import {
  DOSSIER_ACTIONS,
  DOSSIER_STATUSES,
  allowedActions,
  allowedActionsAfter,
  applyAction,
  canExtendDeadline,
  canRequestAdditions,
  dossierStatusLabels,
  initialStatus,
  isTerminalStatus,
  nextStatus,
  replayActions,
  transitions,
  type DossierAction,
  type DossierStatus,
} from './index';

/** The one-stop flow written out independently of the table: [from, action, to]. */
const EXPECTED_ALLOWED: [DossierStatus, DossierAction, DossierStatus][] = [
  [1, 'receive', 2],
  [1, 'refuse', 3],
  [1, 'withdraw', 7],
  [2, 'assign', 4],
  [2, 'withdraw', 7],
  [4, 'request_additions', 5],
  [4, 'request_payment', 6],
  [4, 'submit_for_signature', 4],
  [4, 'extend_deadline', 4],
  [4, 'approve', 9],
  [4, 'reject', 9],
  [4, 'withdraw', 7],
  [4, 'stop', 8],
  [5, 'supply_additions', 4],
  [5, 'withdraw', 7],
  [5, 'stop', 8],
  [6, 'confirm_payment', 4],
  [6, 'withdraw', 7],
  [9, 'return_result', 10],
];

describe('transition table', () => {
  it.each(EXPECTED_ALLOWED)('%i —%s→ %i', (from, action, to) => {
    expect(nextStatus(from, action)).toBe(to);
    expect(allowedActions(from)).toContain(action);
  });

  it('allows nothing else (every other status × action pair is INVALID_TRANSITION)', () => {
    const allowed = new Set(EXPECTED_ALLOWED.map(([f, a]) => `${f}:${a}`));
    let forbidden = 0;
    for (const s of DOSSIER_STATUSES) {
      for (const a of DOSSIER_ACTIONS) {
        if (allowed.has(`${s}:${a}`)) continue;
        forbidden += 1;
        expect(() => nextStatus(s, a)).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
      }
    }
    expect(forbidden).toBe(10 * 15 - EXPECTED_ALLOWED.length);
  });

  it.each([
    [2, 'receive'],
    [2, 'refuse'],
    [4, 'return_result'],
    [5, 'approve'],
    [6, 'approve'],
    [9, 'withdraw'],
    [3, 'receive'],
    [10, 'withdraw'],
    [7, 'assign'],
    [8, 'supply_additions'],
    [1, 'stop'],
    [2, 'stop'],
  ] as [DossierStatus, DossierAction][])('forbids %i —%s→ with a Vietnamese message', (s, a) => {
    expect(() => nextStatus(s, a)).toThrow(/Không thể thực hiện .* khi hồ sơ đang ở trạng thái/);
  });

  it('gives every transition a Vietnamese label, and clock effects for the one-stop steps', () => {
    for (const t of transitions) expect(t.label).toMatch(/[ăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữựíìỉĩịúùủũụ]/i);
    const clock = Object.fromEntries(transitions.map((t) => [t.action, t.clock]));
    expect(clock).toMatchObject({
      receive: 'start',
      request_additions: 'pause',
      supply_additions: 'resume',
      request_payment: 'pause',
      confirm_payment: 'resume',
      approve: 'stop',
      reject: 'stop',
      withdraw: 'stop',
      stop: 'stop',
    });
  });

  it('makes 3, 7, 8 and 10 terminal, and 9 only allows returning the result', () => {
    for (const s of [3, 7, 8, 10] as DossierStatus[]) {
      expect(isTerminalStatus(s)).toBe(true);
      expect(allowedActions(s)).toEqual([]);
    }
    expect(allowedActions(9)).toEqual(['return_result']);
    expect(isTerminalStatus(9)).toBe(false);
  });

  it('starts online submissions at 1 and counter/postal receipts at 2', () => {
    expect(initialStatus('online')).toBe(1);
    expect(initialStatus('direct')).toBe(2);
    expect(initialStatus('postal')).toBe(2);
  });

  it('rejects an unknown status code', () => {
    expect(() => allowedActions(11 as DossierStatus)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
    expect(() => allowedActions(0 as DossierStatus)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });
});

describe('the appointment date is moved only once (Mẫu 04)', () => {
  it('allows the first apology letter while processing and refuses the second', () => {
    const history: DossierAction[] = ['receive', 'assign'];
    expect(canExtendDeadline(history)).toBe(true);
    expect(allowedActionsAfter(4, history)).toContain('extend_deadline');
    expect(applyAction(4, 'extend_deadline', history)).toBe(4);
    const after = [...history, 'extend_deadline'] as DossierAction[];
    expect(canExtendDeadline(after)).toBe(false);
    expect(allowedActionsAfter(4, after)).not.toContain('extend_deadline');
    // the other once-only action is not affected by this one
    expect(allowedActionsAfter(4, after)).toContain('request_additions');
    expect(thrown(() => applyAction(4, 'extend_deadline', after))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'EXTENSION_ONCE' },
    });
  });
  it('is not offered while the clock is paused or after processing', () => {
    for (const s of [1, 2, 5, 6, 9, 10] as DossierStatus[])
      expect(allowedActions(s)).not.toContain('extend_deadline');
  });
});

describe('additions only once (Nghị định 118/2025 Điều 11)', () => {
  it('allows the first request and refuses the second', () => {
    const history: DossierAction[] = ['receive', 'assign'];
    expect(canRequestAdditions(history)).toBe(true);
    expect(applyAction(4, 'request_additions', history)).toBe(5);
    const after = [...history, 'request_additions', 'supply_additions'] as DossierAction[];
    expect(canRequestAdditions(after)).toBe(false);
    expect(allowedActionsAfter(4, after)).not.toContain('request_additions');
    expect(thrown(() => applyAction(4, 'request_additions', after))).toMatchObject({
      code: 'INVALID_TRANSITION',
      details: { reason: 'ADDITIONS_ONCE' },
    });
  });
  it('accepts history as records', () => {
    expect(canRequestAdditions([{ action: 'receive' }, { action: 'request_additions' }])).toBe(false);
  });
  it('replays a full online dossier to 10 and refuses a second request for additions', () => {
    const flow: DossierAction[] = [
      'receive',
      'assign',
      'request_additions',
      'supply_additions',
      'request_payment',
      'confirm_payment',
      'submit_for_signature',
      'approve',
      'return_result',
    ];
    expect(replayActions(1, flow)).toBe(10);
    expect(() =>
      replayActions(1, ['receive', 'assign', 'request_additions', 'supply_additions', 'request_additions']),
    ).toThrow(expect.objectContaining({ code: 'INVALID_TRANSITION' }));
  });
  it('lets an applicant who never answers be stopped (5 → 8)', () => {
    expect(replayActions(2, ['assign', 'request_additions', 'stop'])).toBe(8);
  });
});

describe('status machine properties', () => {
  it('any sequence of actions, applied only when allowed, stays within 1–10 and ends nowhere after a terminal status', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('online', 'direct', 'postal' as const),
        fc.array(fc.constantFrom(...DOSSIER_ACTIONS), { maxLength: 40 }),
        (channel, actions) => {
          let status = initialStatus(channel);
          const history: DossierAction[] = [];
          for (const a of actions) {
            const allowed = allowedActionsAfter(status, history);
            if (allowed.includes(a)) {
              status = applyAction(status, a, history);
              history.push(a);
            } else {
              expect(() => applyAction(status, a, history)).toThrow(
                expect.objectContaining({ code: 'INVALID_TRANSITION' }),
              );
            }
            expect(DOSSIER_STATUSES).toContain(status);
            expect(dossierStatusLabels[status]).toBeTruthy();
            if (isTerminalStatus(status)) expect(allowedActions(status)).toEqual([]);
          }
          expect(history.filter((a) => a === 'request_additions').length).toBeLessThanOrEqual(1);
          expect(replayActions(initialStatus(channel), history)).toBe(status);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('random walks through allowed actions reach every status and never leave 1–10', () => {
    const seen = new Set<DossierStatus>();
    fc.assert(
      fc.property(
        fc.constantFrom('online', 'direct', 'postal' as const),
        fc.array(fc.nat(), { maxLength: 30 }),
        (channel, picks) => {
          let status = initialStatus(channel);
          const history: DossierAction[] = [];
          seen.add(status);
          for (const p of picks) {
            const allowed = allowedActionsAfter(status, history);
            if (allowed.length === 0) {
              expect(isTerminalStatus(status)).toBe(true);
              break;
            }
            const a = must(allowed[p % allowed.length], 'an allowed action');
            status = applyAction(status, a, history);
            history.push(a);
            seen.add(status);
            expect(DOSSIER_STATUSES).toContain(status);
          }
        },
      ),
      { numRuns: 500 },
    );
    expect([...seen].sort((a, b) => a - b)).toEqual(DOSSIER_STATUSES);
  });
});
