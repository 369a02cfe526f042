// msw handlers for the tRPC procedures the front-ends use, answering from real domain data.
import type { RoleView, UnitMemberView } from '@skhcn/api';
import { ROLES, rightsOf, roleLabels } from '@skhcn/domain';
import { http, HttpResponse, type HttpHandler } from 'msw';
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
import {
  checkConformityDeclaration,
  checkTaxCode,
  passwordIssues,
  procedureInForce,
  procedureVersions,
} from '@skhcn/domain';
import type { DossierEngineAction } from '@skhcn/api';
import {
  BUSINESS_REGISTRY_DOWN_MESSAGE,
  TDC_PROCEDURE_CODES,
  type ConformitySubmitOutput,
  type IntegrationStatus,
  type LookupEnterpriseOutput,
  type TdcProcedureCode,
} from './conformity-contract';
import { adminProcedures, createAdminMockStore, type AdminMockStore } from './admin-procedures';
import { calendarProcedures } from './calendar-procedures';
import { mockEnterprises } from './conformity-fixtures';
import {
  conformityReport,
  createDossier,
  createMockStore,
  declarationView,
  detailOf,
  findDossier,
  inbox,
  isApplicant,
  lookupDossier,
  myDossiers,
  runCommand,
  searchRegistry,
  storeToday,
  type MockStore,
} from './dossier-store';
import { createScienceStore, scienceResolvers, type MockScienceStore } from './science-store';
import { licensingProcedures } from './licensing-store';
import { createDtiMockStore, dtiProcedures, type DtiMockOptions, type DtiMockStore } from './dti-store';
import {
  DEMO_PASSWORD,
  demoDtiAssignments,
  demoExperts,
  demoUsers,
  findDemoUser,
  type MockUser,
} from './fixtures';
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
  /** The national business registry does not answer (conformity.lookupEnterprise → available: false). */
  businessRegistryDown?: boolean;
  /** The DTI's demo data (an open 2026 commune cycle unless `openCycle: false`) */
  dti?: DtiMockOptions;
  /** Applicants may sign in through an identity provider (OIDC_* configured on the server) */
  identityProvider?: boolean;
  /** The signed-in user holds a temporary password an administrator issued (must change it first) */
  passwordChangeRequired?: boolean;
}

export interface MockApiState {
  user: MockUser | null;
  /** Every call made, in order: path and input. Useful to assert what a screen asked for. */
  calls: { path: string; input: unknown }[];
  /** Dossiers, registry and uploads: the mock's database */
  store: MockStore;
  businessRegistryDown: boolean;
  /** Every POST /api/files: the CSRF header sent and the file name */
  uploads: { csrf: string | null; name: string | null; size: number }[];
  /** The science office's tasks and council */
  science: MockScienceStore;
  /** The DTI's frameworks, units, cycles and items */
  dti: DtiMockStore;
  /** The accounts the administrator manages (admin.*) */
  admin: AdminMockStore;
  /** auth.signInOptions offers the identity provider's button */
  identityProvider: boolean;
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
  const found = options.signedInAs ? findDemoUser(options.signedInAs) : undefined;
  const initial =
    found && options.passwordChangeRequired ? { ...found, passwordChangeRequired: true as const } : found;
  const state: MockApiState = {
    user: initial ?? null,
    calls: [],
    store: createMockStore(today),
    businessRegistryDown: options.businessRegistryDown ?? false,
    uploads: [],
    science: createScienceStore(today, demoExperts),
    dti: createDtiMockStore(today, { assignments: demoDtiAssignments, ...options.dti }),
    admin: createAdminMockStore(),
    identityProvider: options.identityProvider ?? false,
  };

  const requireUser = (): MockUser => {
    if (!state.user) throw new MockTrpcError('UNAUTHENTICATED');
    return state.user;
  };
  const authed =
    (resolve: MockResolver): MockResolver =>
    (input) => {
      if (requireUser().passwordChangeRequired) throw new MockTrpcError('PASSWORD_CHANGE_REQUIRED');
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
    'auth.completeProfile': mutation((input) => {
      const user = requireUser();
      const o = asObject(input);
      if (user.kind !== 'applicant') throw new MockTrpcError('FORBIDDEN');
      if (user.applicant) throw new MockTrpcError('CONFLICT', 'Tài khoản đã có thông tin tổ chức.');
      const applicant = {
        organisationName: requiredString(o, 'organisationName').trim(),
        taxCode: requiredString(o, 'taxCode').trim(),
      };
      state.user = { ...user, applicant };
      return { user: state.user };
    }),
    // as the server: the current password proven (every demo account has DEMO_PASSWORD), the policy of the domain
    'auth.changePassword': mutation((input) => {
      const user = requireUser();
      const o = asObject(input);
      const currentPassword = optionalString(o, 'currentPassword') ?? '';
      const newPassword = optionalString(o, 'newPassword') ?? '';
      const issues = passwordIssues(newPassword, { username: user.username });
      if (issues.length > 0)
        throw new MockTrpcError(
          'BAD_INPUT',
          issues.map((i) => i.message).join(' '),
          issues.map((i) => ({ path: 'newPassword', message: i.message })),
        );
      if (currentPassword !== DEMO_PASSWORD)
        throw new MockTrpcError('INVALID_CREDENTIALS', 'Mật khẩu hiện tại không đúng.');
      if (newPassword === currentPassword)
        throw new MockTrpcError('BAD_INPUT', 'Mật khẩu mới phải khác mật khẩu hiện tại.');
      const { passwordChangeRequired: _done, ...rest } = user;
      state.user = rest;
      return { sessionsEnded: 0 };
    }),
    'auth.signInOptions': query(() => ({
      identityProvider: state.identityProvider ? { startUrl: '/auth/oidc/start' } : null,
    })),
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
    ...dossierProcedures(state),
    ...conformityProcedures(state),
    ...calendarProcedures(requireUser, () => new Date()),
    ...adminProcedures(state.admin, requireUser, () => new Date()),
    ...Object.fromEntries(
      Object.entries(scienceResolvers(state.science)).map(([path, p]) => [
        path,
        { type: p.type, resolve: (input: unknown) => p.resolve(asObject(input), state.user) },
      ]),
    ),
    ...dtiProcedures({
      store: state.dti,
      user: () => state.user,
      upload: (id) => state.store.uploads.get(id),
    }),
    ...licensingProcedures(today, () => state.user),
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
  return { handlers: [...handlers, ...fileHandlers(state)], state, procedures };
}

function currentUser(state: MockApiState): MockUser {
  if (!state.user) throw new MockTrpcError('UNAUTHENTICATED');
  return state.user;
}

function staffOnly(state: MockApiState): MockUser {
  const u = currentUser(state);
  if (isApplicant(u)) throw new MockTrpcError('FORBIDDEN');
  return u;
}

function applicantOnly(state: MockApiState): MockUser {
  const u = currentUser(state);
  if (!isApplicant(u))
    throw new MockTrpcError('FORBIDDEN', 'Chức năng này dành cho tổ chức, cá nhân nộp hồ sơ.');
  return u;
}

const COMMANDS: Record<string, DossierEngineAction> = {
  receive: 'receive',
  refuse: 'refuse',
  requestAdditions: 'request_additions',
  supplyAdditions: 'supply_additions',
  assign: 'assign',
  submitForSignature: 'submit_for_signature',
  approve: 'approve',
  reject: 'reject',
  returnResult: 'return_result',
  withdraw: 'withdraw',
  stop: 'stop',
  extendDeadline: 'extend_deadline',
  requestPayment: 'request_payment',
  confirmPayment: 'confirm_payment',
};

/** dossiers.*: the one-stop engine over the mock store (versions, CONFLICT, allowed actions per user). */
function dossierProcedures(state: MockApiState): MockProcedures {
  const commands = Object.fromEntries(
    Object.entries(COMMANDS).map(([name, action]) => [
      `dossiers.${name}`,
      mutation((input) => runCommand(state.store, currentUser(state), action, asObject(input))),
    ]),
  );
  return {
    ...commands,
    'dossiers.inbox': query((input) => inbox(state.store, currentUser(state), asObject(input))),
    'dossiers.get': query((input) => {
      const u = currentUser(state);
      const d = findDossier(state.store, u, asObject(input).dossierId);
      return detailOf(u, d, storeToday(state.store));
    }),
    'dossiers.mine': query((input) => {
      const o = asObject(input);
      return myDossiers(state.store, applicantOnly(state), {
        ...(Array.isArray(o.statuses) ? { statuses: o.statuses as number[] } : {}),
        ...(typeof o.page === 'number' ? { page: o.page } : {}),
        ...(typeof o.pageSize === 'number' ? { pageSize: o.pageSize } : {}),
      });
    }),
    'dossiers.lookup': query((input) => lookupDossier(state.store, asObject(input))),
    'files.byIds': query((input) => {
      currentUser(state);
      const ids = (asObject(input).ids as string[] | undefined) ?? [];
      return ids
        .map((id) => state.store.uploads.get(id))
        .filter((f) => f !== undefined)
        .map((f) => ({
          ...f,
          sha256: '0'.repeat(64),
          createdAt: `${state.store.today}T08:00:00+07:00`,
          url: `/api/files/${f.id}`,
        }));
    }),
  };
}

function newDossierInput(state: MockApiState, input: unknown, counter: boolean) {
  const o = asObject(input);
  const procedureCode = requiredString(o, 'procedureCode');
  if (!TDC_PROCEDURE_CODES.includes(procedureCode as TdcProcedureCode))
    throw new MockTrpcError('UNKNOWN_PROCEDURE');
  const raw = asObject(o.declaration);
  const check = checkConformityDeclaration({ ...raw, receivedOn: state.store.today });
  if (!check.success)
    throw new MockTrpcError(
      'BAD_INPUT',
      check.issues[0]?.message,
      check.issues.map((i) => ({ ...i, path: `declaration.${i.path}` })),
    );
  const components = Array.isArray(o.components)
    ? (o.components as { componentKey: string; fileIds: string[] }[])
    : [];
  if (!counter && components.every((c) => c.fileIds.length === 0))
    throw new MockTrpcError('BAD_INPUT', 'Vui lòng đính kèm thành phần hồ sơ.', [
      { path: 'components', message: 'Vui lòng đính kèm thành phần hồ sơ.' },
    ]);
  const organisation = check.data.organisation;
  return {
    procedureCode,
    declaration: check.data as unknown as Record<string, unknown>,
    components,
    applicantName: organisation.name,
    taxCode: organisation.taxCode,
    contact: {
      address: organisation.address,
      ...(organisation.phone ? { phone: organisation.phone } : {}),
      ...(organisation.email ? { email: organisation.email } : {}),
      ...asObject(o.applicant),
    },
  };
}

/** conformity.* and system.integrations, as the TĐC contract describes them. */
function conformityProcedures(state: MockApiState): MockProcedures {
  const store = () => state.store;
  return {
    'conformity.submit': mutation((input): ConformitySubmitOutput => {
      const u = applicantOnly(state);
      const d = createDossier(store(), u, newDossierInput(state, input, false), 'online');
      return { dossierId: d.id, code: d.code, status: d.status, appointmentDate: d.deadline };
    }),
    'conformity.receive': mutation((input): ConformitySubmitOutput => {
      const u = staffOnly(state);
      const d = createDossier(store(), u, newDossierInput(state, input, true), 'counter');
      return { dossierId: d.id, code: d.code, status: d.status, appointmentDate: d.deadline };
    }),
    'conformity.declaration': query((input) => {
      const u = currentUser(state);
      const d = findDossier(store(), u, asObject(input).dossierId);
      return declarationView(store(), d);
    }),
    'conformity.lookupEnterprise': query((input): LookupEnterpriseOutput => {
      currentUser(state);
      if (state.businessRegistryDown) return { available: false, message: BUSINESS_REGISTRY_DOWN_MESSAGE };
      const r = checkTaxCode(requiredString(asObject(input), 'taxCode'));
      if (!r.valid) throw new MockTrpcError('BAD_INPUT', r.message);
      const found = mockEnterprises.find((e) => e.taxCode === r.normalized);
      return { available: true, enterprise: found ? { ...found } : null };
    }),
    'conformity.registry.search': query((input) => searchRegistry(store(), asObject(input))),
    'conformity.registry.entry': query((input) => {
      const number = requiredString(asObject(input), 'noticeNumber');
      const found = store().registry.find((r) => r.noticeNumber === number.normalize('NFC').trim());
      if (!found)
        throw new MockTrpcError(
          'NOT_FOUND',
          `Không tìm thấy thông báo tiếp nhận số ${number} trong sổ công bố.`,
        );
      return found;
    }),
    'conformity.revoke': mutation((input) => {
      const u = staffOnly(state);
      if (!u.memberships.some((m) => m.role === 'unit_head' || m.role === 'leader'))
        throw new MockTrpcError('FORBIDDEN');
      const o = asObject(input);
      const entry = store().registry.find((r) => r.noticeNumber === requiredString(o, 'noticeNumber'));
      if (!entry) throw new MockTrpcError('NOT_FOUND');
      entry.status = 'revoked';
      entry.statusLabel = 'Đã bị thu hồi';
      entry.history.push({
        at: `${store().today}T10:00:00+07:00`,
        status: 'revoked',
        label: 'Thu hồi thông báo tiếp nhận',
        note: requiredString(o, 'reason'),
      });
      return entry;
    }),
    'conformity.report': query((input) => {
      const u = staffOnly(state);
      if (!u.memberships.some((m) => m.role === 'unit_head' || m.role === 'leader' || m.role === 'admin'))
        throw new MockTrpcError('FORBIDDEN', 'Báo cáo dành cho lãnh đạo đơn vị và lãnh đạo Sở.');
      const o = asObject(input);
      const procedureCode = optionalString(o, 'procedureCode');
      return conformityReport(
        {
          from: requiredString(o, 'from'),
          to: requiredString(o, 'to'),
          ...(procedureCode ? { procedureCode } : {}),
        },
        store().today,
      );
    }),
    'system.integrations': query((): IntegrationStatus[] => {
      currentUser(state);
      const checkedAt = `${store().today}T08:00:00+07:00`;
      return [
        {
          id: 'quality-db',
          name: 'Cơ sở dữ liệu quốc gia về chất lượng',
          status: 'up',
          pending: 0,
          checkedAt,
        },
        {
          id: 'business-registry',
          name: 'Hệ thống thông tin quốc gia về đăng ký doanh nghiệp',
          status: state.businessRegistryDown ? 'down' : 'up',
          pending: 0,
          checkedAt,
          ...(state.businessRegistryDown ? { message: BUSINESS_REGISTRY_DOWN_MESSAGE } : {}),
        },
        {
          id: 'public-service-portal',
          name: 'Cổng Dịch vụ công quốc gia',
          status: 'unknown',
          pending: 0,
          checkedAt,
        },
      ];
    }),
  };
}

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

function sniff(bytes: Uint8Array): string | undefined {
  const starts = (sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  return undefined;
}

function fileError(code: string, httpStatus: number, message: string) {
  return HttpResponse.json(
    { error: { message, data: { appCode: code, httpStatus } } },
    { status: httpStatus },
  );
}

/** POST /api/files as the server answers it: CSRF header, session, 10 MiB, PDF/PNG/JPEG by magic bytes. */
function fileHandlers(state: MockApiState): HttpHandler[] {
  let seq = 0;
  return [
    http.post('*/api/files', async ({ request }) => {
      const csrf = request.headers.get('x-csrf-token');
      const rawName = request.headers.get('x-file-name');
      const name = rawName ? decodeURIComponent(rawName) : null;
      const bytes = new Uint8Array(await request.arrayBuffer());
      state.uploads.push({ csrf, name, size: bytes.length });
      if (!csrf)
        return fileError(
          'CSRF',
          403,
          'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo). Vui lòng tải lại trang.',
        );
      if (!state.user)
        return fileError('UNAUTHENTICATED', 401, 'Bạn chưa đăng nhập hoặc phiên làm việc đã hết hạn.');
      if (bytes.length > MAX_UPLOAD_BYTES)
        return fileError('FILE_TOO_LARGE', 413, 'Tệp tải lên vượt quá dung lượng tối đa cho phép (10 MB).');
      if (bytes.length === 0) return fileError('BAD_INPUT', 400, 'Tệp tải lên không có nội dung.');
      const mime = sniff(bytes);
      if (!mime)
        return fileError(
          'FILE_TYPE_NOT_ALLOWED',
          415,
          'Chỉ chấp nhận tệp PDF, PNG hoặc JPEG; nội dung tệp không đúng các định dạng này.',
        );
      seq++;
      const id = `5e0f1a20-0000-4000-8000-${String(seq).padStart(12, '0')}`;
      const view = {
        id,
        sha256: '0'.repeat(64),
        size: bytes.length,
        mime,
        originalName: name ?? 'tep-dinh-kem',
      };
      state.store.uploads.set(id, { id, originalName: view.originalName, mime, size: bytes.length });
      return HttpResponse.json(view, { status: 201 });
    }),
  ];
}

/** Default handlers: a fresh, signed-out session. */
export const handlers: HttpHandler[] = createMockApi().handlers;
