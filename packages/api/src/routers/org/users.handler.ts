import { findUnit, listUsersByUnit, type UnitMember } from '@skhcn/db';
import { roleLabels } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { appError } from '../../errors';
import type { OrgUsersInput } from './users.schema';

export interface UnitMemberView extends UnitMember {
  roleLabel: string;
}

export async function orgUsersHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: OrgUsersInput;
}): Promise<UnitMemberView[]> {
  const unit = await findUnit(ctx.db, input.unitCode);
  if (!unit) throw appError('NOT_FOUND', `Không có đơn vị với mã "${input.unitCode}".`);
  const members = await listUsersByUnit(ctx.db, input.unitCode);
  return members.map((m) => ({ ...m, roleLabel: roleLabels[m.role] ?? m.role }));
}
