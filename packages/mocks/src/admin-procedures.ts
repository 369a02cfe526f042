// admin.* for the shell's tests and standalone development: the demo accounts in memory, with the server's rules
// (org.manage, a version check → CONFLICT, USERNAME_TAKEN, LAST_ADMINISTRATOR, the domain's tax code check).
import type { AccountDetail, AccountPage, AccountView, CreatedAccount, UnitWithUsers } from '@skhcn/api';
import { checkTaxCode, matchesQuery, ROLES, roleLabels, type Membership, type Role } from '@skhcn/domain';
import { unitViews } from './domain-views';
import { demoUsers, type MockUser } from './fixtures';
import { MockTrpcError, type MockProcedure, type MockResolver } from './trpc-envelope';

interface MockAccount extends Omit<AccountView, 'memberships'> {
  memberships: Membership[];
  events: AccountDetail['events'];
}

function asObject(input: unknown): Record<string, unknown> {
  if (input === undefined || input === null) return {};
  if (typeof input !== 'object') throw new MockTrpcError('BAD_INPUT');
  return input as Record<string, unknown>;
}

const USERNAME = /^[a-z0-9._-]{3,100}$/;
const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export interface AdminMockStore {
  accounts: MockAccount[];
  /** how many temporary passwords were handed out (each is different) */
  issued: number;
}

export function createAdminMockStore(): AdminMockStore {
  return {
    issued: 0,
    accounts: demoUsers.map((u, i) => ({
      id: u.id,
      username: u.username,
      fullName: u.fullName,
      kind: u.kind ?? 'staff',
      active: true,
      version: 1,
      createdAt: new Date(Date.UTC(2026, 0, 5, 1, i)).toISOString(),
      organisationName: u.applicant?.organisationName ?? null,
      passwordChangeRequired: false,
      taxCode: u.applicant?.taxCode ?? null,
      memberships: u.memberships,
      events: [],
    })),
  };
}

export function adminProcedures(
  store: AdminMockStore,
  currentUser: () => MockUser,
  now: () => Date,
): Record<string, MockProcedure> {
  const units = () => new Map(unitViews().map((u) => [u.code, u.name]));
  const view = (a: MockAccount): AccountView => {
    const names = units();
    const { events: _events, ...rest } = a;
    return {
      ...rest,
      memberships: a.memberships.map((m) => ({
        ...m,
        roleLabel: roleLabels[m.role],
        unitName: names.get(m.unitCode) ?? m.unitCode,
      })),
    };
  };
  const admin = (): MockUser => {
    const user = currentUser();
    if (!user.memberships.some((m) => m.role === 'admin')) throw new MockTrpcError('FORBIDDEN');
    return user;
  };
  const guarded =
    (type: 'query' | 'mutation', resolve: (input: Record<string, unknown>, user: MockUser) => unknown) =>
    (): MockProcedure => {
      const resolver: MockResolver = (input) => resolve(asObject(input), admin());
      return { type, resolve: resolver };
    };
  const at = (o: Record<string, unknown>): MockAccount => {
    const found = store.accounts.find((a) => a.id === o.id);
    if (!found) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    if (found.version !== o.version) throw new MockTrpcError('CONFLICT');
    return found;
  };
  const record = (a: MockAccount, user: MockUser, action: string) => {
    a.version += 1;
    a.events.unshift({
      id: a.events.length + 1,
      at: now().toISOString(),
      action,
      actor: { id: user.id, fullName: user.fullName },
    });
  };
  const isLastAdmin = (a: MockAccount) =>
    store.accounts.filter((x) => x.active && x.memberships.some((m) => m.role === 'admin')).length === 1 &&
    a.active &&
    a.memberships.some((m) => m.role === 'admin');
  const memberships = (raw: unknown): Membership[] => {
    if (!Array.isArray(raw) || raw.length === 0)
      throw new MockTrpcError('BAD_INPUT', 'Cán bộ phải có ít nhất một vai trò trong một đơn vị.', [
        { path: 'memberships', message: 'Cán bộ phải có ít nhất một vai trò trong một đơn vị.' },
      ]);
    const names = units();
    return raw.map((m: unknown) => {
      const o = asObject(m);
      if (typeof o.unitCode !== 'string' || !names.has(o.unitCode))
        throw new MockTrpcError('BAD_INPUT', `Không có đơn vị với mã ${String(o.unitCode)}.`);
      if (!ROLES.includes(o.role as Role)) throw new MockTrpcError('BAD_INPUT', 'Vai trò không hợp lệ.');
      return { unitCode: o.unitCode, role: o.role as Role };
    });
  };
  const create = (
    o: Record<string, unknown>,
    user: MockUser,
    extra: Partial<MockAccount>,
  ): CreatedAccount => {
    const username = text(o.username).trim().toLowerCase();
    if (!USERNAME.test(username))
      throw new MockTrpcError('BAD_INPUT', 'Tên đăng nhập không hợp lệ.', [
        {
          path: 'username',
          message:
            'Tên đăng nhập gồm 3–100 ký tự: chữ thường không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.',
        },
      ]);
    const fullName = text(o.fullName).trim();
    if (fullName.length < 2)
      throw new MockTrpcError('BAD_INPUT', 'Vui lòng nhập họ và tên.', [
        { path: 'fullName', message: 'Vui lòng nhập họ và tên.' },
      ]);
    if (store.accounts.some((a) => a.username === username))
      throw new MockTrpcError(
        'USERNAME_TAKEN',
        `Tên đăng nhập “${username}” đã có người dùng; hãy chọn tên khác.`,
      );
    const account: MockAccount = {
      id: `u-new-${store.accounts.length + 1}`,
      username,
      fullName,
      kind: 'staff',
      active: true,
      passwordChangeRequired: true,
      version: 0,
      createdAt: now().toISOString(),
      organisationName: null,
      taxCode: null,
      memberships: [],
      events: [],
      ...extra,
    };
    record(account, user, 'created');
    store.accounts.push(account);
    store.issued += 1;
    return { account: view(account), temporaryPassword: `TamThoi-${store.issued}-xK9q2Lm7Pw` };
  };

  return {
    'admin.accounts': guarded('query', (o): AccountPage => {
      const search = typeof o.search === 'string' ? o.search : '';
      const sort = (o.sort as 'fullName' | 'username' | 'createdAt' | undefined) ?? 'fullName';
      const direction = o.direction === 'desc' ? -1 : 1;
      const page = typeof o.page === 'number' ? o.page : 1;
      const pageSize = typeof o.pageSize === 'number' ? o.pageSize : 20;
      const matching = store.accounts
        .filter((a) => (o.kind ? a.kind === o.kind : true))
        .filter((a) => (typeof o.active === 'boolean' ? a.active === o.active : true))
        .filter((a) =>
          o.unitCode || o.role
            ? a.memberships.some(
                (m) => (!o.unitCode || m.unitCode === o.unitCode) && (!o.role || m.role === o.role),
              )
            : true,
        )
        .filter((a) => matchesQuery(`${a.username} ${a.fullName} ${a.organisationName ?? ''}`, search))
        .sort(
          (x, y) => direction * x[sort].localeCompare(y[sort], 'vi') || x.username.localeCompare(y.username),
        );
      return {
        total: matching.length,
        page,
        pageSize,
        items: matching.slice((page - 1) * pageSize, page * pageSize).map(view),
      };
    })(),
    'admin.account': guarded('query', (o): AccountDetail => {
      const found = store.accounts.find((a) => a.id === o.id);
      if (!found) throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy tài khoản.');
      return { ...view(found), events: found.events };
    })(),
    'admin.units': guarded('query', (): UnitWithUsers[] =>
      unitViews().map((u) => ({
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind,
        users: store.accounts
          .filter((a) => a.memberships.some((m) => m.unitCode === u.code))
          .map((a) => ({
            id: a.id,
            username: a.username,
            fullName: a.fullName,
            active: a.active,
            roles: a.memberships.filter((m) => m.unitCode === u.code).map((m) => roleLabels[m.role]),
          })),
      })),
    )(),
    'admin.createStaff': guarded('mutation', (o, user) =>
      create(o, user, { memberships: memberships(o.memberships) }),
    )(),
    'admin.createApplicant': guarded('mutation', (o, user) => {
      const tax = checkTaxCode(text(o.taxCode));
      if (!tax.valid)
        throw new MockTrpcError('BAD_INPUT', tax.message, [{ path: 'taxCode', message: tax.message }]);
      const organisationName = text(o.organisationName).trim();
      if (organisationName.length < 2)
        throw new MockTrpcError('BAD_INPUT', 'Vui lòng nhập tên tổ chức.', [
          { path: 'organisationName', message: 'Vui lòng nhập tên tổ chức.' },
        ]);
      return create(o, user, { kind: 'applicant', organisationName, taxCode: tax.normalized });
    })(),
    'admin.setMemberships': guarded('mutation', (o, user) => {
      const a = at(o);
      const next = memberships(o.memberships);
      if (isLastAdmin(a) && !next.some((m) => m.role === 'admin'))
        throw new MockTrpcError('LAST_ADMINISTRATOR');
      a.memberships = next;
      record(a, user, 'memberships_changed');
      return view(a);
    })(),
    'admin.setActive': guarded('mutation', (o, user) => {
      const a = at(o);
      if (o.active === false && isLastAdmin(a)) throw new MockTrpcError('LAST_ADMINISTRATOR');
      a.active = o.active === true;
      record(a, user, a.active ? 'reactivated' : 'deactivated');
      return { ...view(a), sessionsEnded: a.active ? 0 : 1 };
    })(),
    'admin.resetPassword': guarded('mutation', (o, user) => {
      const a = at(o);
      record(a, user, 'password_reset');
      a.passwordChangeRequired = true;
      store.issued += 1;
      return { version: a.version, temporaryPassword: `TamThoi-${store.issued}-xK9q2Lm7Pw` };
    })(),
  };
}
