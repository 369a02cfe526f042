// The expert register: the office adds experts and creates their accounts (users.kind 'external': no unit
// memberships, no access to dossiers; their work comes from the councils they sit on).
import {
  expertSearchText,
  findScienceExpert,
  findScienceExpertByEmail,
  hashPassword,
  insertExternalUser,
  insertScienceExpert,
  linkScienceExpertAccount,
  listScienceExperts,
  type DbTransaction,
  type ScienceExpertView,
} from '@skhcn/db';
import { DomainError, scienceFieldLabels, type ScienceField } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import type { CreateExpertAccountInput, CreateExpertInput, ExpertsQueryInput } from './experts.schema';
import { assertScienceOffice, assertScienceReader } from './science-access';

export interface ExpertView {
  id: string;
  fullName: string;
  academicTitle: string | null;
  /** "PGS.TS. Hoàng Văn Minh" */
  displayName: string;
  specialty: string;
  field: ScienceField;
  fieldLabel: string;
  organisation: string;
  email: string;
  phone: string | null;
  /** the expert's account, once created */
  username: string | null;
  active: boolean;
}

export const toExpertView = (e: ScienceExpertView): ExpertView => ({
  id: e.id,
  fullName: e.fullName,
  academicTitle: e.academicTitle,
  displayName: e.academicTitle ? `${e.academicTitle} ${e.fullName}` : e.fullName,
  specialty: e.specialty,
  field: e.field as ScienceField,
  fieldLabel: scienceFieldLabels[e.field as ScienceField] ?? e.field,
  organisation: e.organisation,
  email: e.email,
  phone: e.phone,
  username: e.username,
  active: e.active,
});

export async function expertsHandler({ ctx, input }: { ctx: AuthedContext; input: ExpertsQueryInput }) {
  assertScienceReader(ctx.user);
  return (await listScienceExperts(ctx.db, input)).map(toExpertView);
}

async function createAccount(
  tx: DbTransaction,
  expertId: string,
  fullName: string,
  account: { username: string; password: string },
): Promise<void> {
  const user = await insertExternalUser(tx, {
    username: account.username,
    fullName,
    passwordHash: await hashPassword(account.password),
  });
  if (!user)
    throw new DomainError(
      'BAD_INPUT',
      `Tên đăng nhập “${account.username}” đã được dùng; vui lòng chọn tên khác.`,
      {
        issues: [{ path: 'account.username', message: 'Tên đăng nhập đã được dùng.' }],
      },
    );
  const linked = await linkScienceExpertAccount(tx, expertId, user.id);
  if (!linked)
    throw new DomainError('INVALID_TRANSITION', 'Chuyên gia đã có tài khoản.', { reason: 'HAS_ACCOUNT' });
}

/** science.createExpert: adds an expert to the register, with their account when given. */
export async function createExpertHandler({ ctx, input }: { ctx: AuthedContext; input: CreateExpertInput }) {
  assertScienceOffice(ctx.user);
  const e = input.expert;
  return ctx.db.transaction(async (tx) => {
    if (await findScienceExpertByEmail(tx, e.email))
      throw new DomainError('BAD_INPUT', `Đã có chuyên gia với địa chỉ email ${e.email}.`, {
        issues: [{ path: 'expert.email', message: 'Email này đã có trong danh sách chuyên gia.' }],
      });
    const row = await insertScienceExpert(tx, {
      fullName: e.fullName,
      academicTitle: e.academicTitle ?? null,
      specialty: e.specialty,
      field: e.field,
      organisation: e.organisation,
      email: e.email,
      phone: e.phone ?? null,
      searchText: expertSearchText(e),
      createdAt: ctx.now(),
      createdBy: ctx.user.id,
    });
    if (input.account) await createAccount(tx, row.id, e.fullName, input.account);
    ctx.logger.info({ expertId: row.id, account: input.account?.username ?? null }, 'science expert added');
    return toExpertView({ ...row, userId: null, username: input.account?.username ?? null });
  });
}

/** science.createExpertAccount: gives an expert of the register an account to sign in to their councils. */
export async function createExpertAccountHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CreateExpertAccountInput;
}) {
  assertScienceOffice(ctx.user);
  return ctx.db.transaction(async (tx) => {
    const expert = await findScienceExpert(tx, input.expertId);
    if (!expert) throw new DomainError('NOT_FOUND', 'Không tìm thấy chuyên gia.');
    if (expert.userId)
      throw new DomainError('INVALID_TRANSITION', 'Chuyên gia đã có tài khoản.', { reason: 'HAS_ACCOUNT' });
    await createAccount(tx, expert.id, expert.fullName, input);
    return toExpertView({ ...expert, username: input.username });
  });
}
