import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from '../calendar';
import { must } from '../must';
import { getOrganisation, type Membership } from '../organisation';
import { procedureCatalog, procedureInForce, type ProcedureVersion } from '../procedures';
import {
  allowedActionsFor,
  checkCommand,
  clockAfter,
  collectsFees,
  deadlineStanding,
  deadlinesOf,
  ENGINE_ACTIONS,
  LIVE_STATUSES,
  pausesOf,
  PAUSED_STATUSES,
  readProblem,
  rightsProblem,
  RUNNING_STATUSES,
  stateProblem,
  TERMINAL_STATUSES,
  transitionFor,
  type DossierActor,
  type DossierFacts,
  type DossierStatus,
  type EngineAction,
} from './index';

const org = getOrganisation('hai-phong');
const staff = (id: string, ...memberships: Membership[]): DossierActor => ({
  id,
  kind: 'staff',
  memberships,
});
const officer = staff('officer', { unitCode: 'CCTDC', role: 'officer' });
const colleague = staff('colleague', { unitCode: 'CCTDC', role: 'officer' });
const head = staff('head', { unitCode: 'CCTDC', role: 'unit_head' });
const leader = staff('leader', { unitCode: 'BGD', role: 'leader' });
const postal = staff('postal', { unitCode: 'HTS', role: 'officer' });
const admin = staff('admin', { unitCode: 'VP', role: 'admin' });
const applicant: DossierActor = { id: 'applicant', kind: 'applicant', memberships: [] };
const otherApplicant: DossierActor = { id: 'other', kind: 'applicant', memberships: [] };
const expert: DossierActor = { id: 'expert', kind: 'external', memberships: [] };

const hopQuy = must(procedureInForce('tdc.hop-quy', '2026-03-02'), 'tdc.hop-quy in force');
const postalReissue = must(
  procedureInForce('buu-chinh.cap-lai-giay-phep', '2026-03-02'),
  'buu-chinh.cap-lai-giay-phep in force',
);

function facts(over: Partial<DossierFacts> = {}): DossierFacts {
  return {
    status: 4,
    unitCode: 'CCTDC',
    applicantUserId: 'applicant',
    assigneeUserId: 'officer',
    awaitingSignature: false,
    receivedAt: '2026-03-02T09:00:00+07:00',
    history: [
      { action: 'submit', at: '2026-03-02T08:30:00+07:00' },
      { action: 'receive', at: '2026-03-02T09:00:00+07:00' },
      { action: 'assign', at: '2026-03-02T09:10:00+07:00' },
    ],
    ...over,
  };
}

describe('status sets derived from the transition table', () => {
  it('says the clock runs while received or processing and pauses while waiting for the applicant', () => {
    expect(RUNNING_STATUSES).toEqual([2, 4]);
    expect(PAUSED_STATUSES).toEqual([5, 6]);
  });
  it('ends a dossier when refused, withdrawn, stopped or returned; everything else is live work', () => {
    expect(TERMINAL_STATUSES).toEqual([3, 7, 8, 10]);
    expect(LIVE_STATUSES).toEqual([1, 2, 4, 5, 6, 9]);
  });
  it('names a one-stop form for the steps that produce one (Phụ lục I Thông tư 03/2025/TT-VPCP)', () => {
    const forms = Object.fromEntries(
      ENGINE_ACTIONS.flatMap((a) => {
        const from = ([1, 2, 4, 5, 6, 9] as DossierStatus[]).find((s) => transitionFor(s, a));
        const form = from ? transitionFor(from, a)?.form : undefined;
        return form ? [[a, form]] : [];
      }),
    );
    expect(forms).toEqual({
      receive: 'Mẫu 01',
      request_additions: 'Mẫu 02',
      refuse: 'Mẫu 03',
      extend_deadline: 'Mẫu 04',
      stop: 'Mẫu 05',
    });
  });
});

describe('who may read a dossier', () => {
  it.each([
    ['the applicant who filed it', applicant, undefined],
    ['another applicant', otherApplicant, 'FORBIDDEN'],
    ['an officer of the handling unit', officer, undefined],
    ['a leader of the department', leader, undefined],
    ['an officer of another unit', postal, 'FORBIDDEN_UNIT'],
    ['the administrator (no dossier rights)', admin, 'FORBIDDEN'],
    ['an external account', expert, 'FORBIDDEN'],
  ] as const)('%s', (_who, actor, expected) => {
    expect(readProblem(actor, facts(), org)?.code).toBe(expected);
  });
});

describe('who may take each step (rights, not stage)', () => {
  // [actor, action, expected problem code]
  const cases: [string, DossierActor, EngineAction, string | undefined][] = [
    ['officer receives', officer, 'receive', undefined],
    ['postal officer receives a TĐC dossier', postal, 'receive', 'FORBIDDEN_UNIT'],
    ['applicant receives', applicant, 'receive', 'FORBIDDEN'],
    ['officer assigns', officer, 'assign', 'FORBIDDEN'],
    ['unit head assigns', head, 'assign', undefined],
    ['leader assigns', leader, 'assign', undefined],
    ['the assigned officer asks for additions', officer, 'request_additions', undefined],
    ['a colleague not assigned asks for additions', colleague, 'request_additions', 'FORBIDDEN'],
    ['the unit head asks for additions on the officer’s dossier', head, 'request_additions', undefined],
    ['the applicant supplies additions', applicant, 'supply_additions', undefined],
    ['another applicant supplies additions', otherApplicant, 'supply_additions', 'FORBIDDEN'],
    ['the counter takes additions in', colleague, 'supply_additions', undefined],
    ['the officer signs', officer, 'approve', 'FORBIDDEN'],
    ['the unit head signs', head, 'approve', 'FORBIDDEN'],
    ['the leader signs', leader, 'approve', undefined],
    ['the officer sends the apology letter', officer, 'extend_deadline', 'FORBIDDEN'],
    ['the unit head sends the apology letter', head, 'extend_deadline', undefined],
    ['the applicant withdraws', applicant, 'withdraw', undefined],
    ['the applicant approves', applicant, 'approve', 'FORBIDDEN'],
    ['an external account withdraws', expert, 'withdraw', 'FORBIDDEN'],
  ];
  it.each(cases)('%s', (_what, actor, action, expected) => {
    expect(rightsProblem(actor, action, facts(), org)?.code).toBe(expected);
  });
});

describe('stage rules beyond the table', () => {
  it('asks for a signature request before the leader approves or rejects, and only once', () => {
    expect(stateProblem('approve', facts(), hopQuy, '2026-03-03')?.details).toMatchObject({
      reason: 'NOT_SUBMITTED_FOR_SIGNATURE',
    });
    expect(stateProblem('approve', facts({ awaitingSignature: true }), hopQuy, '2026-03-03')).toBeUndefined();
    expect(
      stateProblem('submit_for_signature', facts({ awaitingSignature: true }), hopQuy, '2026-03-03')?.details,
    ).toMatchObject({ reason: 'ALREADY_SUBMITTED' });
  });

  it('offers payment only where the catalog lists a fee (NO_FEES for free procedures and those without fees)', () => {
    const free = procedureCatalog.filter((v) => v.free);
    const noFeeListed = procedureCatalog.filter((v) => !v.free && v.fees.length === 0);
    expect(free.length).toBeGreaterThan(0);
    expect(noFeeListed.map((v) => v.code)).toContain('tdc.hop-quy');
    for (const v of [...free, ...noFeeListed]) {
      expect(collectsFees(v)).toBe(false);
      expect(stateProblem('request_payment', facts(), v, '2026-03-03')?.details).toMatchObject({
        reason: 'NO_FEES',
      });
    }
    expect(collectsFees(postalReissue)).toBe(true);
    expect(stateProblem('request_payment', facts(), postalReissue, '2026-03-03')).toBeUndefined();
  });

  it('does not stop a dossier while the applicant still has time to supply additions (15 working days, TT 28/2012)', () => {
    const waiting = facts({
      status: 5,
      history: [...facts().history, { action: 'request_additions', at: '2026-03-04T10:00:00+07:00' }],
    });
    // 15 working days after Wednesday 04/03/2026 is Wednesday 25/03/2026
    expect(stateProblem('stop', waiting, hopQuy, '2026-03-25')?.details).toMatchObject({
      reason: 'SUPPLEMENT_TIME_NOT_OVER',
      supplementDue: '2026-03-25',
    });
    expect(stateProblem('stop', waiting, hopQuy, '2026-03-26')).toBeUndefined();
  });
});

describe('the actions offered to each person', () => {
  const received = facts({ status: 2, assigneeUserId: null, history: facts().history.slice(0, 2) });
  it.each([
    ['the officer, on a received dossier', officer, received, ['withdraw']],
    ['the unit head, on a received dossier', head, received, ['assign', 'withdraw']],
    [
      'the assigned officer while processing (no fee for TĐC)',
      officer,
      facts(),
      ['request_additions', 'submit_for_signature', 'withdraw', 'stop'],
    ],
    ['a colleague while processing', colleague, facts(), ['withdraw']],
    [
      'the leader before the signature request',
      leader,
      facts(),
      ['request_additions', 'submit_for_signature', 'extend_deadline', 'withdraw', 'stop'],
    ],
    [
      'the leader once asked to sign',
      leader,
      facts({ awaitingSignature: true }),
      ['request_additions', 'extend_deadline', 'approve', 'reject', 'withdraw', 'stop'],
    ],
    ['the applicant while processing', applicant, facts(), ['withdraw']],
    ['an external account', expert, facts(), []],
  ] as const)('%s', (_who, actor, dossier, expected) => {
    expect(allowedActionsFor(actor, dossier, hopQuy, '2026-03-03', org)).toEqual(expected);
  });

  it('never offers a step that checkCommand would refuse, and offers every step it would accept', () => {
    const statuses: DossierStatus[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    for (const actor of [officer, colleague, head, leader, postal, applicant, otherApplicant, expert]) {
      for (const status of statuses) {
        for (const awaitingSignature of [false, true]) {
          const d = facts({ status, awaitingSignature });
          const offered = allowedActionsFor(actor, d, postalReissue, '2026-03-03', org);
          for (const action of ENGINE_ACTIONS) {
            let accepted = true;
            try {
              checkCommand(actor, action, d, postalReissue, '2026-03-03', org);
            } catch {
              accepted = false;
            }
            expect(offered.includes(action), `${actor.id} ${action} from ${status}`).toBe(accepted);
          }
        }
      }
    }
  });
});

describe('deadline standing', () => {
  it.each([
    [
      'running, comfortable',
      4,
      '2026-03-13',
      null,
      null,
      { colour: 'ok', remainingWorkingDays: 5, paused: false },
    ],
    [
      'running, due in 2 working days',
      4,
      '2026-03-10',
      null,
      null,
      { colour: 'due_soon', remainingWorkingDays: 2 },
    ],
    ['running, due today', 2, '2026-03-06', null, null, { colour: 'due_soon', remainingWorkingDays: 0 }],
    [
      'running, 1 working day late',
      4,
      '2026-03-05',
      null,
      null,
      { colour: 'overdue', remainingWorkingDays: -1 },
    ],
    ['paused for additions', 5, null, null, null, { colour: 'ok', remainingWorkingDays: null, paused: true }],
    [
      'finished late against the date before the apology letter',
      9,
      '2026-03-13',
      '2026-03-09',
      '2026-03-12T10:00:00+07:00',
      { timeliness: 'late', remainingWorkingDays: null },
    ],
    ['finished early', 9, '2026-03-13', null, '2026-03-12T10:00:00+07:00', { timeliness: 'early' }],
  ] as const)('%s', (_what, status, deadline, before, completedAt, expected) => {
    expect(
      deadlineStanding({ status, deadline, deadlineBeforeExtension: before, completedAt }, '2026-03-06'),
    ).toMatchObject(expected);
  });
});

/** A random walk through the table by whoever may act, checking the clock against the statuses. */
describe('the clock follows the history (property)', () => {
  const cast = [officer, head, leader, applicant];
  const versions: Record<string, ProcedureVersion> = { hopQuy, postalReissue };

  it('has a working-day deadline exactly while the clock runs, and pauses exactly while waiting', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...Object.keys(versions)),
        fc.array(fc.record({ pick: fc.nat(), days: fc.integer({ min: 0, max: 4 }) }), { maxLength: 25 }),
        (name, steps) => {
          const procedure = must(versions[name], name);
          let day = '2026-03-02';
          let d = facts({ status: 2, assigneeUserId: null, history: facts().history.slice(0, 2) });
          let deadline = deadlinesOf(d.receivedAt, procedure, d.history, org)?.deadline ?? null;
          for (const step of steps) {
            day = addWorkingDays(day, step.days);
            const options = cast.flatMap((actor) =>
              allowedActionsFor(actor, d, procedure, day, org).map((action) => ({ actor, action })),
            );
            if (options.length === 0) break;
            const { actor, action } = must(options[step.pick % options.length], 'an allowed action');
            const to = checkCommand(actor, action, d, procedure, day, org);
            const at = `${day}T10:00:00+07:00`;
            const data = action === 'extend_deadline' && deadline ? { extensionWorkingDays: 2 } : null;
            const history = [...d.history, { action, at, data }];
            const clock = clockAfter(action, d.status, d.receivedAt, history, procedure, org);
            if (clock.kind === 'paused') deadline = null;
            if (clock.kind === 'set') deadline = clock.deadline;
            if (action === 'extend_deadline' && deadline) deadline = addWorkingDays(deadline, 2);
            d = {
              ...d,
              status: to,
              history,
              awaitingSignature:
                action === 'submit_for_signature' || (d.awaitingSignature && d.status === to),
              assigneeUserId: action === 'assign' ? 'officer' : d.assigneeUserId,
            };
            const open = pausesOf(d.history).some((p) => p.to === undefined);
            // a pause is open exactly while the dossier waits for the applicant (a withdrawal or stop ends it all)
            if (!TERMINAL_STATUSES.includes(d.status)) expect(open).toBe(PAUSED_STATUSES.includes(d.status));
            if (RUNNING_STATUSES.includes(d.status)) {
              expect(deadline !== null && isWorkingDay(deadline)).toBe(true);
              expect(deadline).toBe(deadlinesOf(d.receivedAt, procedure, d.history, org)?.deadline);
            }
            if (PAUSED_STATUSES.includes(d.status)) expect(deadline).toBeNull();
            expect(d.history.filter((h) => h.action === 'request_additions').length).toBeLessThanOrEqual(1);
            expect(d.history.filter((h) => h.action === 'extend_deadline').length).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
