// The administrator's accounts (Quản trị → Tài khoản): every change checks the account's version, runs in one
// transaction and appends an account_events row; deactivating or resetting a password ends the account's sessions.
import {
  activeAdministratorIds,
  appendAccountEvent,
  deleteSessionsOfUser,
  findAccount,
  generatePassword,
  hashPassword,
  insertAccount,
  listAccountEvents,
  listAccounts,
  listUnits,
  replaceMemberships,
  updateAccountIfVersion,
  usernameTaken,
  type AccountRow,
  type DbExecutor,
  type NewAccount,
} from '@skhcn/db';
import { DomainError, roleLabels, type Membership } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import type {
  AccountIdInput,
  CreateApplicantInput,
  CreateStaffInput,
  ListAccountsParsed,
  ResetPasswordInput,
  SetActiveInput,
  SetMembershipsInput,
} from './accounts.schema';

export interface MembershipView extends Membership {
  roleLabel: string;
  unitName: string;
}

export interface AccountView {
  id: string;
  username: string;
  fullName: string;
  kind: AccountRow['kind'];
  active: boolean;
  version: number;
  /** ISO instant */
  createdAt: string;
  organisationName: string | null;
  taxCode: string | null;
  /** Still on the temporary password an administrator issued (the person has not chosen their own yet) */
  passwordChangeRequired: boolean;
  memberships: MembershipView[];
}

async function unitNames(db: DbExecutor): Promise<Map<string, string>> {
  return new Map((await listUnits(db)).map((u) => [u.code, u.name]));
}

function view(row: AccountRow, units: Map<string, string>): AccountView {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    kind: row.kind,
    active: row.active,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    organisationName: row.organisationName,
    taxCode: row.taxCode,
    passwordChangeRequired: row.passwordChangeRequired,
    memberships: row.memberships.map((m) => ({
      ...m,
      roleLabel: roleLabels[m.role] ?? m.role,
      unitName: units.get(m.unitCode) ?? m.unitCode,
    })),
  };
}

export interface AccountPage {
  total: number;
  page: number;
  pageSize: number;
  items: AccountView[];
}

/** admin.accounts: a page of accounts by unit, role, kind, active and a search on names. */
export async function listAccountsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ListAccountsParsed;
}): Promise<AccountPage> {
  const { total, rows } = await listAccounts(ctx.db, {
    ...input,
    search: input.search === '' ? undefined : input.search,
  });
  const units = await unitNames(ctx.db);
  return { total, page: input.page, pageSize: input.pageSize, items: rows.map((r) => view(r, units)) };
}

export interface AccountDetail extends AccountView {
  events: { id: number; at: string; action: string; actor: { id: string; fullName: string } }[];
}

/** admin.account: one account and what administrators changed on it. */
export async function accountHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: AccountIdInput;
}): Promise<AccountDetail> {
  const row = await findAccount(ctx.db, input.id);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.', { id: input.id });
  const events = await listAccountEvents(ctx.db, input.id);
  return {
    ...view(row, await unitNames(ctx.db)),
    events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), action: e.action, actor: e.actor })),
  };
}

async function assertUnitsExist(db: DbExecutor, list: readonly Membership[]): Promise<void> {
  const units = await unitNames(db);
  const unknown = list.filter((m) => !units.has(m.unitCode)).map((m) => m.unitCode);
  if (unknown.length > 0) {
    throw new DomainError('BAD_INPUT', `Không có đơn vị với mã ${unknown.join(', ')}.`, {
      unitCodes: unknown,
    });
  }
}

async function assertUsernameFree(db: DbExecutor, username: string): Promise<void> {
  if (await usernameTaken(db, username)) {
    throw new DomainError(
      'USERNAME_TAKEN',
      `Tên đăng nhập “${username}” đã có người dùng; hãy chọn tên khác.`,
      {
        username,
      },
    );
  }
}

/** The account, locked, at the version the administrator saw (else CONFLICT / NOT_FOUND). */
async function lockedAt(db: DbExecutor, id: string, version: number): Promise<AccountRow> {
  const row = await findAccount(db, id, { forUpdate: true });
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy tài khoản.', { id });
  if (row.version !== version) {
    throw new DomainError('CONFLICT', undefined, { id, expected: version, actual: row.version });
  }
  return row;
}

async function bump(
  db: DbExecutor,
  row: AccountRow,
  change: Parameters<typeof updateAccountIfVersion>[3],
): Promise<number> {
  const version = await updateAccountIfVersion(db, row.id, row.version, change);
  if (version === undefined) throw new DomainError('CONFLICT', undefined, { id: row.id });
  return version;
}

/** Refuses a change that would leave no active administrator. */
async function assertAdministratorRemains(db: DbExecutor, losingAdmin: string): Promise<void> {
  const admins = await activeAdministratorIds(db);
  if (admins.length === 1 && admins[0] === losingAdmin) {
    throw new DomainError('LAST_ADMINISTRATOR', undefined, { id: losingAdmin });
  }
}

export interface CreatedAccount {
  account: AccountView;
  /** shown once to the administrator, never stored in clear */
  temporaryPassword: string;
}

async function createAccount(
  ctx: AuthedContext,
  input: Omit<NewAccount, 'passwordHash'>,
): Promise<CreatedAccount> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const at = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    await assertUsernameFree(tx, input.username);
    await assertUnitsExist(tx, input.memberships);
    const id = await insertAccount(tx, { ...input, passwordHash, passwordChangeRequired: true });
    await appendAccountEvent(tx, {
      userId: id,
      actorId: ctx.user.id,
      action: 'created',
      at,
      details: {
        kind: input.kind,
        memberships: input.memberships,
        ...(input.taxCode ? { taxCode: input.taxCode } : {}),
      },
    });
    const created = await findAccount(tx, id);
    if (!created) throw new Error('the created account is gone');
    return created;
  });
  ctx.logger.info({ username: input.username, kind: input.kind, by: ctx.user.username }, 'account created');
  return { account: view(row, await unitNames(ctx.db)), temporaryPassword };
}

/** admin.createStaff: a staff account with its roles in units, and a temporary password shown once. */
export async function createStaffHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CreateStaffInput;
}): Promise<CreatedAccount> {
  return createAccount(ctx, { ...input, kind: 'staff' });
}

/** admin.createApplicant: an organisation's account opened at the counter (bộ phận một cửa). */
export async function createApplicantHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CreateApplicantInput;
}): Promise<CreatedAccount> {
  return createAccount(ctx, {
    username: input.username,
    fullName: input.fullName,
    kind: 'applicant',
    memberships: [],
    organisationName: input.organisationName,
    taxCode: input.taxCode,
  });
}

/** admin.setMemberships: replaces a staff account's roles in units. */
export async function setMembershipsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SetMembershipsInput;
}): Promise<AccountView> {
  const row = await ctx.db.transaction(async (tx) => {
    const current = await lockedAt(tx, input.id, input.version);
    if (current.kind !== 'staff') {
      throw new DomainError('BAD_INPUT', 'Chỉ tài khoản cán bộ của Sở mới có vai trò trong đơn vị.', {
        kind: current.kind,
      });
    }
    await assertUnitsExist(tx, input.memberships);
    const wasAdmin = current.memberships.some((m) => m.role === 'admin');
    const staysAdmin = input.memberships.some((m) => m.role === 'admin');
    if (current.active && wasAdmin && !staysAdmin) await assertAdministratorRemains(tx, current.id);
    await replaceMemberships(tx, current.id, input.memberships);
    await bump(tx, current, {});
    await appendAccountEvent(tx, {
      userId: current.id,
      actorId: ctx.user.id,
      action: 'memberships_changed',
      at: ctx.now(),
      details: { before: current.memberships, after: input.memberships },
    });
    const updated = await findAccount(tx, current.id);
    if (!updated) throw new Error('the account is gone');
    return updated;
  });
  ctx.logger.info({ userId: input.id, by: ctx.user.username }, 'account memberships changed');
  return view(row, await unitNames(ctx.db));
}

/**
 * admin.setActive: deactivates (its sessions end at once; it can no longer sign in; its history stays) or
 * reactivates an account.
 */
export async function setActiveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SetActiveInput;
}): Promise<AccountView & { sessionsEnded: number }> {
  const result = await ctx.db.transaction(async (tx) => {
    const current = await lockedAt(tx, input.id, input.version);
    if (current.active === input.active) {
      throw new DomainError(
        'CONFLICT',
        input.active ? 'Tài khoản này đang hoạt động.' : 'Tài khoản này đã bị khoá.',
        { id: current.id },
      );
    }
    if (!input.active && current.memberships.some((m) => m.role === 'admin')) {
      await assertAdministratorRemains(tx, current.id);
    }
    await bump(tx, current, { active: input.active });
    const sessionsEnded = input.active ? 0 : await deleteSessionsOfUser(tx, current.id);
    await appendAccountEvent(tx, {
      userId: current.id,
      actorId: ctx.user.id,
      action: input.active ? 'reactivated' : 'deactivated',
      at: ctx.now(),
      details: input.active ? {} : { sessionsEnded },
    });
    const updated = await findAccount(tx, current.id);
    if (!updated) throw new Error('the account is gone');
    return { updated, sessionsEnded };
  });
  ctx.logger.info(
    { userId: input.id, active: input.active, by: ctx.user.username },
    input.active ? 'account reactivated' : 'account deactivated',
  );
  return { ...view(result.updated, await unitNames(ctx.db)), sessionsEnded: result.sessionsEnded };
}

/**
 * admin.resetPassword: a new temporary password, returned once (only its hash is stored); the old password stops
 * working and the account's sessions end.
 */
export async function resetPasswordHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ResetPasswordInput;
}): Promise<{ version: number; temporaryPassword: string }> {
  const temporaryPassword = generatePassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const version = await ctx.db.transaction(async (tx) => {
    const current = await lockedAt(tx, input.id, input.version);
    const next = await bump(tx, current, { passwordHash, passwordChangeRequired: true });
    const sessionsEnded = await deleteSessionsOfUser(tx, current.id);
    await appendAccountEvent(tx, {
      userId: current.id,
      actorId: ctx.user.id,
      action: 'password_reset',
      at: ctx.now(),
      details: { sessionsEnded },
    });
    return next;
  });
  ctx.logger.info({ userId: input.id, by: ctx.user.username }, 'account password reset');
  return { version, temporaryPassword };
}

export interface UnitWithUsers {
  code: string;
  name: string;
  shortName: string;
  kind: string;
  users: { id: string; username: string; fullName: string; active: boolean; roles: string[] }[];
}

/** admin.units: every unit with the accounts holding a role in it (read-only). */
export async function unitsWithUsersHandler({ ctx }: { ctx: AuthedContext }): Promise<UnitWithUsers[]> {
  const units = await listUnits(ctx.db);
  const { rows } = await listAccounts(ctx.db, {
    kind: 'staff',
    sort: 'fullName',
    direction: 'asc',
    page: 1,
    pageSize: 10_000,
  });
  return units.map((u) => ({
    code: u.code,
    name: u.name,
    shortName: u.shortName,
    kind: u.kind,
    users: rows
      .filter((r) => r.memberships.some((m) => m.unitCode === u.code))
      .map((r) => ({
        id: r.id,
        username: r.username,
        fullName: r.fullName,
        active: r.active,
        roles: r.memberships.filter((m) => m.unitCode === u.code).map((m) => roleLabels[m.role] ?? m.role),
      })),
  }));
}
