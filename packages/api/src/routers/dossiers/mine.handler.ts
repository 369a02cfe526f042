import { listDossiers } from '@skhcn/db';
import type { ApplicantContext } from '../../trpc';
import { toDossierView, type DossierView } from '../../one-stop';
import type { MineInput } from './mine.schema';

/** The applicant's own dossiers, newest first. */
export async function mineHandler({
  ctx,
  input,
}: {
  ctx: ApplicantContext;
  input: MineInput;
}): Promise<{ items: DossierView[]; total: number; page: number; pageSize: number }> {
  const now = ctx.now();
  const { rows, total } = await listDossiers(ctx.db, {
    applicantUserId: ctx.user.id,
    ...(input.statuses ? { statuses: input.statuses } : {}),
    sort: 'received',
    direction: 'desc',
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  });
  return { items: rows.map((r) => toDossierView(r, now)), total, page: input.page, pageSize: input.pageSize };
}
