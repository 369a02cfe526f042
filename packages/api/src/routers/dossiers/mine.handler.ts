import { listActionsOfDossiers, listDossiers, listLastReasons } from '@skhcn/db';
import type { ApplicantContext } from '../../trpc';
import {
  oneStopDocumentLinks,
  resultDocumentLinks,
  toDossierView,
  type DossierDocumentLink,
  type DossierView,
} from '../../one-stop';
import type { MineInput } from './mine.schema';

export interface MyDossier extends DossierView {
  /** The forms the applicant has received (receipt, additions request…) and, once returned, the results */
  documents: DossierDocumentLink[];
  /** What was asked of the applicant in the request for additions, while it waits for them (status 5) */
  additionsRequested: string | null;
}

export interface MineOutput {
  items: MyDossier[];
  total: number;
  page: number;
  pageSize: number;
}

/** The applicant's own dossiers, newest first, each with its documents (two queries for the page, not per row). */
export async function mineHandler({
  ctx,
  input,
}: {
  ctx: ApplicantContext;
  input: MineInput;
}): Promise<MineOutput> {
  const now = ctx.now();
  const { rows, total } = await listDossiers(ctx.db, {
    applicantUserId: ctx.user.id,
    ...(input.statuses ? { statuses: input.statuses } : {}),
    sort: 'received',
    direction: 'desc',
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  });
  const ids = rows.map((r) => r.id);
  const [actions, results, requests] = await Promise.all([
    listActionsOfDossiers(ctx.db, ids),
    resultDocumentLinks(ctx, rows, 'applicant'),
    listLastReasons(
      ctx.db,
      rows.filter((r) => r.status === 5).map((r) => r.id),
      'request_additions',
    ),
  ]);
  return {
    items: rows.map((r) => ({
      ...toDossierView(r, now),
      documents: [
        ...oneStopDocumentLinks(r.id, actions.get(r.id) ?? [], 'applicant'),
        ...(results.get(r.id) ?? []),
      ],
      additionsRequested: requests.get(r.id) ?? null,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}
