import { asc, eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, seedDemo, type DatabaseHandle } from '@skhcn/db';
import { createTemporaryPglite } from '@skhcn/db/testing';
import {
  addCalendarDays,
  addWorkingDays,
  allowedActions,
  getOrganisation,
  isWorkingDay,
  must,
  transitionFor,
  type DossierStatus,
} from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { vietnamToday } from '../../lib/today';
import {
  as,
  requiredAttachments,
  sessionUser,
  uploadedFile,
  vn,
  outcomeOf,
} from '../../testing/one-stop.test-kit';

type Actor = 'applicant' | 'officer' | 'head' | 'leader' | 'outsider';

/**
 * The walks run on two procedures: a TĐC declaration (no fee; officer and unit head of the Chi cục) and the
 * re-issue of a postal licence (a fee, so payment is walked; HTS has no unit head in the demo: the leader assigns).
 * The outsider is an officer of another unit.
 */
const STORIES = {
  tdc: {
    procedureCode: 'tdc.hop-quy',
    component: 'ban-cong-bo',
    people: { officer: 'canbo.tdc', head: 'truong.tdc', outsider: 'canbo.buuchinh' },
  },
  postal: {
    procedureCode: 'buu-chinh.cap-lai-giay-phep',
    component: 'don-de-nghi',
    people: { officer: 'canbo.buuchinh', head: 'lanhdao', outsider: 'canbo.tdc' },
  },
} as const;
type StoryName = keyof typeof STORIES;
type Command =
  | 'receive'
  | 'refuse'
  | 'assign'
  | 'request_additions'
  | 'supply_additions'
  | 'submit_for_signature'
  | 'approve'
  | 'reject'
  | 'return_result'
  | 'withdraw'
  | 'stop'
  | 'extend_deadline'
  | 'request_payment'
  | 'confirm_payment';

const COMMANDS: readonly Command[] = [
  'receive',
  'refuse',
  'assign',
  'request_additions',
  'supply_additions',
  'submit_for_signature',
  'approve',
  'reject',
  'return_result',
  'withdraw',
  'stop',
  'extend_deadline',
  'request_payment',
  'confirm_payment',
];
const ACTORS: readonly Actor[] = ['applicant', 'officer', 'head', 'leader', 'outsider'];

/** The actor who normally takes each step (used when a step does not name one). */
const USUAL_ACTOR: Record<Command, Actor> = {
  receive: 'officer',
  refuse: 'officer',
  assign: 'head',
  request_additions: 'officer',
  supply_additions: 'applicant',
  submit_for_signature: 'officer',
  approve: 'leader',
  reject: 'leader',
  return_result: 'officer',
  withdraw: 'applicant',
  stop: 'officer',
  extend_deadline: 'head',
  request_payment: 'officer',
  confirm_payment: 'officer',
};

interface Step {
  /** A command, or null: one the kernel's table allows from the current status (picked by `pick`) */
  command: Command | null;
  pick: number;
  /** An actor, or null: the one who usually takes the step */
  actor: Actor | null;
  /** calendar days to move the clock forward before the step */
  advance: number;
  /** send an outdated version */
  stale: boolean;
}

const stepArb: fc.Arbitrary<Step> = fc.record({
  command: fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: fc.constantFrom(...COMMANDS), weight: 1 },
  ),
  pick: fc.nat(),
  actor: fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: fc.constantFrom(...ACTORS), weight: 1 },
  ),
  advance: fc.integer({ min: 0, max: 6 }),
  stale: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
});

const ENDING = new Set<Command>(['refuse', 'withdraw', 'stop', 'reject']);

function chooseCommand(step: Step, status: DossierStatus): Command {
  if (step.command) return step.command;
  // steps that move the dossier forward weigh more than those ending it, so walks reach the later statuses
  const allowed = allowedActions(status)
    .filter((a): a is Command => (COMMANDS as readonly string[]).includes(a))
    .flatMap((a) => (ENDING.has(a) ? [a] : [a, a, a, a]));
  const choices = allowed.length > 0 ? allowed : COMMANDS;
  return must(choices[step.pick % choices.length], 'a command');
}

// Property test on PGlite only (fast, single process): random command sequences against the real engine.
const UNLIMITED = { applicantSubmissionsPerHour: 100_000, applicantSubmissionsPerDay: 100_000 };

describe('dossier engine invariants (property, PGlite)', () => {
  let handle: DatabaseHandle;
  const cast = {} as Record<StoryName, Record<Actor, SessionUser>>;

  beforeAll(async () => {
    handle = await createTemporaryPglite();
    await seedDemo(handle.db, getOrganisation('hai-phong'));
    for (const name of Object.keys(STORIES) as StoryName[]) {
      const { people } = STORIES[name];
      cast[name] = {
        applicant: await sessionUser(handle.db, 'dn.thephp'),
        officer: await sessionUser(handle.db, people.officer),
        head: await sessionUser(handle.db, people.head),
        leader: await sessionUser(handle.db, 'lanhdao'),
        outsider: await sessionUser(handle.db, people.outsider),
      };
    }
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  async function run(
    story: StoryName,
    command: Command,
    actor: SessionUser,
    now: Date,
    dossierId: string,
    expectedVersion: number,
    deadline: string | null,
  ): Promise<unknown> {
    const c = as(handle.db, actor, now).dossiers;
    const users = cast[story];
    const base = { dossierId, expectedVersion };
    switch (command) {
      case 'receive':
        return c.receive({ mode: 'accept', ...base });
      case 'refuse':
        return c.refuse({ ...base, reasons: ['Hồ sơ không thuộc thẩm quyền'] });
      case 'assign':
        return c.assign({ ...base, assigneeUserId: users.officer.id });
      case 'request_additions':
        return c.requestAdditions({
          ...base,
          items: [{ name: 'Giấy tờ kèm theo', reason: 'Thiếu chữ ký' }],
        });
      case 'supply_additions':
        return c.supplyAdditions({
          ...base,
          attachments: [
            { componentKey: STORIES[story].component, fileId: await uploadedFile(handle.db, actor) },
          ],
        });
      case 'submit_for_signature':
        return c.submitForSignature(base);
      case 'approve':
        return c.approve(base);
      case 'reject':
        return c.reject({ ...base, reasons: ['Không đáp ứng quy chuẩn'] });
      case 'return_result':
        return c.returnResult(base);
      case 'withdraw':
        return c.withdraw({ ...base, reason: 'Người nộp đề nghị rút' });
      case 'stop':
        return c.stop({ ...base, reason: 'Quá hạn bổ sung' });
      case 'extend_deadline':
        return c.extendDeadline({
          ...base,
          newDeadline: addWorkingDays(deadline ?? '2026-03-02', 3),
          reason: 'Cần thêm thời gian thẩm định',
        });
      case 'request_payment':
        return c.requestPayment({ ...base, fees: [{ label: 'Phí thẩm định', amount: 150_000 }] });
      case 'confirm_payment':
        return c.confirmPayment({
          ...base,
          receiptNumber: 'BL-1',
          amount: 150_000,
          paidOn: vietnamToday(now),
          method: 'counter',
        });
    }
  }

  it('changes status only through allowed transitions, one event per change, gapless sequence, deadlines on working days', async () => {
    const reached = new Set<DossierStatus>();
    const performed = new Set<Command>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(STORIES) as StoryName[])),
        fc.array(stepArb, { minLength: 1, maxLength: 20 }),
        async (story, steps) => {
          const db = handle.db;
          const users = cast[story];
          let day = '2026-03-02';
          const { procedureCode } = STORIES[story];
          const attachments = await requiredAttachments(db, users.applicant, procedureCode, day);
          // every run files as the same account on the same day: above its submission limit on purpose
          const created = await as(db, users.applicant, vn(day), UNLIMITED).dossiers.submit({
            procedureCode,
            attachments,
          });
          const id = created.dossier.id;
          let previous = { status: 1 as DossierStatus, version: 1, deadline: null as string | null };

          for (const step of steps) {
            day = addCalendarDays(day, step.advance);
            const expectedVersion = step.stale
              ? previous.version - 1 || previous.version + 1
              : previous.version;
            const command = chooseCommand(step, previous.status);
            const actor = users[step.actor ?? USUAL_ACTOR[command]];
            const outcome = await outcomeOf(
              run(story, command, actor, vn(day, '10:00'), id, expectedVersion, previous.deadline),
            );
            const [row] = await db.select().from(schema.dossiers).where(eq(schema.dossiers.id, id));
            const events = await db
              .select()
              .from(schema.dossierEvents)
              .where(eq(schema.dossierEvents.dossierId, id))
              .orderBy(asc(schema.dossierEvents.seq));
            if (!row) throw new Error(`dossier ${id} disappeared`);
            const status = row.status as DossierStatus;

            if (outcome === 'ok') {
              // the step is in the kernel's table and the status is the table's target
              const transition = transitionFor(previous.status, command);
              expect(transition, `${command} from ${previous.status}`).toBeDefined();
              expect(status).toBe(transition?.to);
              expect(row.version).toBe(previous.version + 1);
              expect(step.stale).toBe(false);
              const last = events.at(-1);
              expect([last?.action, last?.fromStatus, last?.toStatus]).toEqual([
                command,
                previous.status,
                status,
              ]);
              reached.add(status);
              performed.add(command);
            } else {
              expect([
                'INVALID_TRANSITION',
                'FORBIDDEN',
                'FORBIDDEN_UNIT',
                'CONFLICT',
                'BAD_INPUT',
              ]).toContain(outcome);
              expect([status, row.version]).toEqual([previous.status, previous.version]);
            }
            // one event per change, numbered 1..n without gaps; additions requested at most once
            expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
            expect(events).toHaveLength(row.version);
            expect(events.filter((e) => e.action === 'request_additions').length).toBeLessThanOrEqual(1);
            // the appointment date is moved at most once, and only later
            expect(events.filter((e) => e.action === 'extend_deadline').length).toBeLessThanOrEqual(1);
            if (row.deadlineBeforeExtension !== null && row.deadline !== null)
              expect(row.deadline > row.deadlineBeforeExtension).toBe(true);
            events.forEach((e, i) => {
              if (i > 0) expect(e.fromStatus).toBe(events[i - 1]?.toStatus);
            });
            // the deadline is a working day, and exists exactly while the clock runs or after it stopped
            if (row.deadline !== null) expect(isWorkingDay(row.deadline)).toBe(true);
            if (status === 2 || status === 4) expect(row.deadline).not.toBeNull();
            if (status === 5 || status === 6 || status === 1) expect(row.deadline).toBeNull();
            previous = { status, version: row.version, deadline: row.deadline };
          }
        },
      ),
      { numRuns: 40 },
    );
    // the walks went beyond the first steps (a property that never leaves status 1 proves little)
    expect(reached.has(4)).toBe(true);
    expect(reached.size).toBeGreaterThanOrEqual(4);
    // payment requests are common enough to be walked every run (extensions and payments are also tested by example)
    expect(performed.has('request_payment')).toBe(true);
  }, 240_000);
});
