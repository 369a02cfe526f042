// The mocks are only worth having if they behave like the engine. This property test drives random command
// sequences through the real engine (tRPC caller, PGlite) and through the mock store side by side, at the same
// instants, and asserts after every step: the same outcome (done, or the same error code), the same status,
// version, appointment dates and signature flag, and the same allowed actions for every person.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo, type DatabaseHandle } from '@skhcn/db';
import { createTemporaryPglite } from '@skhcn/db/testing';
import { appCodeOf, as, requiredAttachments, sessionUser, uploadedFile, vn } from '@skhcn/api/testing';
import type { DossierEngineAction, SessionUser } from '@skhcn/api';
import {
  addCalendarDays,
  addWorkingDays,
  ENGINE_ACTIONS,
  getOrganisation,
  must,
  procedureInForce,
} from '@skhcn/domain';
import {
  createDossier,
  createMockStore,
  detailOf,
  findDossier,
  runCommand,
  type MockStore,
} from './dossier-store';
import { findDemoUser, type MockUser } from './fixtures';
import { MockTrpcError } from './trpc-envelope';

type Role = 'applicant' | 'officer' | 'head' | 'leader' | 'outsider';
const ROLES: readonly Role[] = ['applicant', 'officer', 'head', 'leader', 'outsider'];

/** Two procedures: a TĐC declaration (no fee) and the re-issue of a postal licence (a fee: payment is walked). */
const STORIES = {
  tdc: {
    procedureCode: 'tdc.hop-quy',
    component: 'ban-cong-bo',
    engine: { officer: 'canbo.tdc', head: 'truong.tdc', outsider: 'canbo.buuchinh' },
    mock: { officer: 'canbo.tdc', head: 'truong.tdc', outsider: 'canbo.buuchinh' },
  },
  postal: {
    procedureCode: 'buu-chinh.cap-lai-giay-phep',
    component: 'don-de-nghi',
    engine: { officer: 'canbo.buuchinh', head: 'lanhdao', outsider: 'canbo.tdc' },
    mock: { officer: 'canbo.buuchinh', head: 'lanhdao', outsider: 'canbo.tdc' },
  },
} as const;
type Story = keyof typeof STORIES;

interface Step {
  /** null: one of the actions the table allows now, picked by `pick` */
  action: DossierEngineAction | null;
  pick: number;
  /** null: whoever usually takes it */
  role: Role | null;
  /** working days to move the clock forward first */
  advance: number;
  stale: boolean;
}

const USUAL: Record<DossierEngineAction, Role> = {
  receive: 'officer',
  refuse: 'officer',
  assign: 'head',
  request_additions: 'officer',
  supply_additions: 'applicant',
  submit_for_signature: 'officer',
  extend_deadline: 'head',
  request_payment: 'officer',
  confirm_payment: 'officer',
  approve: 'leader',
  reject: 'leader',
  return_result: 'officer',
  withdraw: 'applicant',
  stop: 'officer',
};

const ENDING = new Set<DossierEngineAction>(['refuse', 'withdraw', 'stop', 'reject']);

const stepArb: fc.Arbitrary<Step> = fc.record({
  action: fc.oneof(
    { arbitrary: fc.constant(null), weight: 6 },
    { arbitrary: fc.constantFrom(...ENGINE_ACTIONS), weight: 1 },
  ),
  pick: fc.nat(),
  role: fc.oneof(
    { arbitrary: fc.constant(null), weight: 5 },
    { arbitrary: fc.constantFrom(...ROLES), weight: 1 },
  ),
  advance: fc.integer({ min: 0, max: 4 }),
  stale: fc.integer({ min: 0, max: 14 }).map((n) => n === 0),
});

/** The input each command needs, the same on both sides (ids of the assignee and files differ per side). */
function inputFor(
  action: DossierEngineAction,
  base: { dossierId: string; expectedVersion: number },
  extra: { assigneeId: string; fileId: string; component: string; deadline: string | null; today: string },
): Record<string, unknown> {
  switch (action) {
    case 'receive':
      return { mode: 'accept', ...base };
    case 'refuse':
    case 'reject':
      return { ...base, reasons: ['Hồ sơ không đáp ứng yêu cầu'] };
    case 'assign':
      return { ...base, assigneeUserId: extra.assigneeId };
    case 'request_additions':
      return { ...base, items: [{ name: 'Giấy tờ kèm theo', reason: 'Thiếu chữ ký' }] };
    case 'supply_additions':
      return { ...base, attachments: [{ componentKey: extra.component, fileId: extra.fileId }] };
    case 'submit_for_signature':
      return { ...base, proposal: 'approve' };
    case 'extend_deadline':
      return {
        ...base,
        newDeadline: addWorkingDays(extra.deadline ?? extra.today, 3),
        reason: 'Cần thêm thời gian thẩm định',
      };
    case 'request_payment':
      return { ...base, fees: [{ label: 'Phí thẩm định', amount: 500_000 }] };
    case 'confirm_payment':
      return { ...base, receiptNumber: 'BL-1', amount: 500_000, paidOn: extra.today, method: 'counter' };
    case 'withdraw':
      return { ...base, reason: 'Người nộp đề nghị rút hồ sơ' };
    case 'stop':
      return { ...base, reason: 'Quá hạn bổ sung hồ sơ' };
    case 'approve':
    case 'return_result':
      return base;
  }
}

const ENGINE_CALL: Record<DossierEngineAction, string> = {
  receive: 'receive',
  refuse: 'refuse',
  assign: 'assign',
  request_additions: 'requestAdditions',
  supply_additions: 'supplyAdditions',
  submit_for_signature: 'submitForSignature',
  extend_deadline: 'extendDeadline',
  request_payment: 'requestPayment',
  confirm_payment: 'confirmPayment',
  approve: 'approve',
  reject: 'reject',
  return_result: 'returnResult',
  withdraw: 'withdraw',
  stop: 'stop',
};

function mockCode(err: unknown): string {
  if (err instanceof MockTrpcError) return err.appCode;
  if (err && typeof err === 'object' && 'code' in err && typeof err.code === 'string') return err.code;
  throw err;
}

describe('the mock store behaves like the engine (property, PGlite)', () => {
  let handle: DatabaseHandle;
  const engineCast = {} as Record<Story, Record<Role, SessionUser>>;
  const mockCast = {} as Record<Story, Record<Role, MockUser>>;

  const UNLIMITED = { applicantSubmissionsPerHour: 1_000_000, applicantSubmissionsPerDay: 1_000_000 };

  beforeAll(async () => {
    handle = await createTemporaryPglite();
    await seedDemo(handle.db, getOrganisation('hai-phong'));
    const mockUser = (username: string) => {
      const u = findDemoUser(username);
      if (!u) throw new Error(`no mock user ${username}`);
      return u;
    };
    for (const story of Object.keys(STORIES) as Story[]) {
      const s = STORIES[story];
      engineCast[story] = {
        applicant: await sessionUser(handle.db, 'dn.thephp'),
        officer: await sessionUser(handle.db, s.engine.officer),
        head: await sessionUser(handle.db, s.engine.head),
        leader: await sessionUser(handle.db, 'lanhdao'),
        outsider: await sessionUser(handle.db, s.engine.outsider),
      };
      mockCast[story] = {
        applicant: mockUser('dn.thephaiphong'),
        officer: mockUser(s.mock.officer),
        head: mockUser(s.mock.head),
        leader: mockUser('lanhdao'),
        outsider: mockUser(s.mock.outsider),
      };
    }
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('gives the same outcome, status, dates and allowed actions after every step', async () => {
    const performed = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...(Object.keys(STORIES) as Story[])),
        fc.array(stepArb, { minLength: 4, maxLength: 24 }),
        async (story, steps) => {
          const { procedureCode, component } = STORIES[story];
          const engine = engineCast[story];
          const mock = mockCast[story];
          let day = '2026-03-02';
          let now = vn(day, '10:00');
          const store: MockStore = { ...createMockStore(day, { seed: false }), now: () => now };

          const attachments = await requiredAttachments(handle.db, engine.applicant, procedureCode, day);
          // one applicant files every run's dossier, far above the per-account limit meant for real firms
          const created = await as(handle.db, engine.applicant, now, UNLIMITED).dossiers.submit({
            procedureCode,
            attachments,
          });
          const engineId = created.dossier.id;
          const version = must(procedureInForce(procedureCode, day), procedureCode);
          const mockDossier = createDossier(
            store,
            mock.applicant,
            {
              procedureCode,
              declaration: {},
              components: version.components
                .filter((c) => c.required && !c.when)
                .map((c) => ({ componentKey: c.key, fileIds: [`file-${c.key}`] })),
              applicantName: 'Công ty Cổ phần Thép Hải Phòng',
              taxCode: '0200123457',
            },
            'online',
          );

          const compare = async (label: string) => {
            const e = await as(handle.db, engine.officer, now).dossiers.get({ dossierId: engineId });
            const m = findDossier(store, mock.officer, mockDossier.id);
            expect(
              { status: m.status, version: m.version, deadline: m.deadline, awaiting: m.awaitingSignature },
              label,
            ).toEqual({
              status: e.dossier.status,
              version: e.dossier.version,
              deadline: e.dossier.deadline,
              awaiting: e.dossier.awaitingSignature,
            });
            expect(m.deadlineBeforeExtension ?? null, label).toBe(e.dossier.deadlineBeforeExtension);
            const anyone = new Set<DossierEngineAction>();
            for (const role of ROLES) {
              const engineAllowed = await as(handle.db, engine[role], now)
                .dossiers.get({ dossierId: engineId })
                .then(
                  (d) => d.allowedActions,
                  (err: unknown) => appCodeOf(Promise.reject(err as Error)),
                );
              let mockAllowed: string[] | string;
              try {
                mockAllowed = detailOf(
                  mock[role],
                  findDossier(store, mock[role], mockDossier.id),
                  day,
                ).allowedActions;
              } catch (err) {
                mockAllowed = mockCode(err);
              }
              expect(mockAllowed, `${label}: allowed actions of ${role}`).toEqual(engineAllowed);
              if (Array.isArray(engineAllowed)) for (const a of engineAllowed) anyone.add(a);
            }
            return { ...e, allowedActions: [...anyone] };
          };

          let current = await compare('after submission');
          for (const [i, step] of steps.entries()) {
            day = addWorkingDays(day, step.advance);
            now = vn(day, '10:00');
            // what anyone may do now (or, once the dossier ended, something that must be refused alike)
            // steps that move the dossier on weigh more than those ending it, so walks reach the later statuses
            const offered = current.allowedActions.length
              ? current.allowedActions.flatMap((a) => (ENDING.has(a) ? [a] : [a, a, a, a]))
              : (['receive', 'withdraw'] as DossierEngineAction[]);
            const action = step.action ?? must(offered[step.pick % offered.length], 'an offered action');
            const role = step.role ?? USUAL[action];
            const engineBase = {
              dossierId: engineId,
              expectedVersion: step.stale ? current.dossier.version + 1 : current.dossier.version,
            };
            const mockBase = { ...engineBase, dossierId: mockDossier.id };
            const shared = { component, deadline: current.dossier.deadline, today: day };
            const engineInput = inputFor(action, engineBase, {
              ...shared,
              assigneeId: engine.officer.id,
              fileId: await uploadedFile(handle.db, engine[role]),
            });
            const mockInput = inputFor(action, mockBase, {
              ...shared,
              assigneeId: mock.officer.id,
              fileId: `upload-${i}`,
            });
            const callers = as(handle.db, engine[role], now).dossiers as unknown as Record<
              string,
              (input: unknown) => Promise<unknown>
            >;
            const call = callers[ENGINE_CALL[action]];
            if (!call) throw new Error(`no engine call for ${action}`);
            const engineOutcome = await call(engineInput).then(
              () => 'ok',
              (err: unknown) => appCodeOf(Promise.reject(err as Error)),
            );
            let mockOutcome: string;
            try {
              runCommand(store, mock[role], action, mockInput);
              mockOutcome = 'ok';
            } catch (err) {
              mockOutcome = mockCode(err);
            }
            const label = `step ${i + 1}: ${role} ${action} on ${day} (${story})`;
            expect(mockOutcome, label).toBe(engineOutcome);
            if (engineOutcome === 'ok') performed.add(action);
            current = await compare(label);
          }
        },
      ),
      { numRuns: 50 },
    );
    // the walks reached the interesting steps (a property that never leaves status 1 proves little)
    for (const action of ['assign', 'request_additions', 'request_payment', 'approve'])
      expect(performed.has(action), action).toBe(true);
  }, 300_000);
});

// a reminder that the mock's clock is injectable: the same store answers for another day
it('moves the mock store to another day with its clock', () => {
  let now = vn('2026-03-02', '10:00');
  const store: MockStore = { ...createMockStore('2026-03-02', { seed: false }), now: () => now };
  const d = createDossier(
    store,
    must(findDemoUser('canbo.tdc'), 'canbo.tdc'),
    { procedureCode: 'tdc.hop-chuan', declaration: {}, components: [], applicantName: 'A', taxCode: null },
    'counter',
  );
  expect(d.deadline).toBe('2026-03-09');
  now = vn(addCalendarDays('2026-03-02', 7), '16:00');
  const late = createDossier(
    store,
    must(findDemoUser('canbo.tdc'), 'canbo.tdc'),
    { procedureCode: 'tdc.hop-chuan', declaration: {}, components: [], applicantName: 'B', taxCode: null },
    'counter',
  );
  // received Monday 09/03 after 15:00: counted from Tuesday 10/03, 5 working days → 17/03
  expect(late.deadline).toBe('2026-03-17');
});
