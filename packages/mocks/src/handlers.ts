// msw handlers for the tRPC procedures the front-ends use, answering from real domain data.
import type { RoleView, UnitMemberView } from '@skhcn/api';
import { ROLES, rightsOf, roleLabels } from '@skhcn/domain';
import type { HttpHandler } from 'msw';
import {
  buildFieldsMap,
  fieldBySlug,
  listProcedures,
  toProcedureView,
  unitViews,
  versionsOf,
  vnToday,
  type ProcedureFilter,
} from './domain-views';
import { procedureInForce, procedureVersions } from '@skhcn/domain';
import { DEMO_PASSWORD, demoUsers, findDemoUser, type MockUser } from './fixtures';
import {
  MockTrpcError,
  trpcHandlers,
  type MockProcedure,
  type MockProcedures,
  type MockResolver,
} from './trpc-envelope';

export interface MockApiOptions {
  /** Username of the demo user signed in at start; null or omitted: signed out. */
  signedInAs?: string | null;
  /** ISO date used as "today" for versions in force; defaults to today in Việt Nam. */
  today?: string;
  /** Replace or add procedures, keyed by path ("procedures.list"). */
  overrides?: Record<string, MockProcedure>;
}

export interface MockApiState {
  user: MockUser | null;
  /** Every call made, in order: path and input. Useful to assert what a screen asked for. */
  calls: { path: string; input: unknown }[];
}

export interface MockApi {
  handlers: HttpHandler[];
  state: MockApiState;
  procedures: MockProcedures;
}

const query = (resolve: MockResolver): MockProcedure => ({ type: 'query', resolve });
const mutation = (resolve: MockResolver): MockProcedure => ({ type: 'mutation', resolve });

function asObject(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object') throw new MockTrpcError('BAD_INPUT');
  return input as Record<string, unknown>;
}

function optionalString(o: Record<string, unknown>, key: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new MockTrpcError('BAD_INPUT');
  return v;
}

function requiredString(o: Record<string, unknown>, key: string): string {
  const v = optionalString(o, key);
  if (v === undefined || v === '') throw new MockTrpcError('BAD_INPUT');
  return v;
}

/** A fresh mock API with its own session state. */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const today = options.today ?? vnToday();
  const initial = options.signedInAs ? findDemoUser(options.signedInAs) : undefined;
  const state: MockApiState = { user: initial ?? null, calls: [] };

  const requireUser = (): MockUser => {
    if (!state.user) throw new MockTrpcError('UNAUTHENTICATED');
    return state.user;
  };
  const authed =
    (resolve: MockResolver): MockResolver =>
    (input) => {
      requireUser();
      return resolve(input);
    };

  const procedures: MockProcedures = {
    'auth.signIn': mutation((input) => {
      const o = asObject(input);
      const username = optionalString(o, 'username') ?? '';
      const password = optionalString(o, 'password') ?? '';
      const user = findDemoUser(username);
      if (!user || password !== DEMO_PASSWORD) throw new MockTrpcError('INVALID_CREDENTIALS');
      state.user = user;
      return { user };
    }),
    'auth.signOut': mutation(() => {
      state.user = null;
      return { ok: true };
    }),
    'auth.me': query(() => state.user),
    'org.units': query(authed(() => unitViews())),
    'org.users': query(
      authed((input): UnitMemberView[] => {
        const unitCode = requiredString(asObject(input), 'unitCode');
        if (!unitViews().some((u) => u.code === unitCode))
          throw new MockTrpcError('NOT_FOUND', `Không có đơn vị với mã "${unitCode}".`);
        return demoUsers.flatMap((u) =>
          u.memberships
            .filter((m) => m.unitCode === unitCode)
            .map((m) => ({
              id: u.id,
              username: u.username,
              fullName: u.fullName,
              active: true,
              role: m.role,
              roleLabel: roleLabels[m.role],
            })),
        );
      }),
    ),
    'org.roles': query(
      authed((): RoleView[] =>
        ROLES.map((role) => ({ role, label: roleLabels[role], rights: [...rightsOf(role)] })),
      ),
    ),
    'fields.map': query(authed(() => buildFieldsMap(today))),
    'fields.bySlug': query(
      authed((input) => {
        const found = fieldBySlug(requiredString(asObject(input), 'slug'), today);
        if (!found) throw new MockTrpcError('UNKNOWN_FIELD');
        return found;
      }),
    ),
    'procedures.list': query(
      authed((input) => {
        const o = asObject(input);
        const filter: ProcedureFilter = {};
        if (typeof o.khoan === 'number') filter.khoan = o.khoan;
        const fieldSlug = optionalString(o, 'fieldSlug');
        if (fieldSlug) filter.fieldSlug = fieldSlug;
        const onDate = optionalString(o, 'onDate');
        if (onDate) filter.onDate = onDate;
        return listProcedures(filter, today);
      }),
    ),
    'procedures.byCode': query(
      authed((input) => {
        const o = asObject(input);
        const code = requiredString(o, 'code');
        if (procedureVersions(code).length === 0) throw new MockTrpcError('UNKNOWN_PROCEDURE');
        const version = procedureInForce(code, optionalString(o, 'onDate') ?? today);
        if (!version) throw new MockTrpcError('NO_VERSION_IN_FORCE');
        return toProcedureView(version);
      }),
    ),
    'procedures.versions': query(
      authed((input) => {
        const code = requiredString(asObject(input), 'code');
        const versions = versionsOf(code);
        if (versions.length === 0) throw new MockTrpcError('UNKNOWN_PROCEDURE');
        return versions;
      }),
    ),
    ...options.overrides,
  };

  const handlers = trpcHandlers((path) => {
    const procedure = procedures[path];
    if (!procedure) return undefined;
    return {
      type: procedure.type,
      resolve: (input) => {
        state.calls.push({ path, input });
        return procedure.resolve(input);
      },
    };
  });
  return { handlers, state, procedures };
}

/** Default handlers: a fresh, signed-out session. */
export const handlers: HttpHandler[] = createMockApi().handlers;
