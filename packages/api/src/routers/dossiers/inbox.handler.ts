import { listDossiers, type DossierListFilter } from '@skhcn/db';
import {
  addWorkingDays,
  DomainError,
  DOSSIER_STATUSES,
  dossierStatusLabels,
  RUNNING_STATUSES,
  type DossierStatus,
} from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import {
  isApplicantUser,
  organisation,
  unitsWhere,
  vietnamDay,
  DUE_SOON_WORKING_DAYS,
  toDossierView,
  type DossierView,
} from '../../one-stop';
import type { InboxInput } from './inbox.schema';

export interface InboxOutput {
  items: DossierView[];
  /** Dossiers matching the filters; when `totalCapped`, a lower bound (show “hơn {total}”) */
  total: number;
  /**
   * True when counting stopped at DOSSIER_COUNT_CAP (1 000) per status, or 1 000 matches in all for a free-text
   * search: there are more than `total` dossiers. False for the unfiltered inbox (exact counters).
   */
  totalCapped: boolean;
  page: number;
  pageSize: number;
  /** Count per status under the same filters except the status filter */
  countsByStatus: {
    status: DossierStatus;
    label: string;
    count: number;
    /** True when `count` is a lower bound (counting stopped at the cap; show “hơn {count}”) */
    capped: boolean;
  }[];
  /** The units the user may see (the scope of the inbox) */
  unitCodes: string[];
}

export async function inboxHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: InboxInput;
}): Promise<InboxOutput> {
  if (isApplicantUser(ctx.user))
    throw new DomainError(
      'FORBIDDEN',
      'Hộp hồ sơ dành cho cán bộ; tổ chức, cá nhân xem hồ sơ của mình ở mục “Hồ sơ của tôi”.',
    );
  const scope = unitsWhere(ctx.user, 'dossier.read');
  if (scope.length === 0) throw new DomainError('FORBIDDEN');
  if (input.unitCode !== undefined && !scope.includes(input.unitCode)) {
    throw new DomainError('FORBIDDEN_UNIT', undefined, { unitCode: input.unitCode });
  }
  const now = ctx.now();
  const today = vietnamDay(now);
  const filter: DossierListFilter = {
    unitCodes: input.unitCode !== undefined ? [input.unitCode] : scope,
  };
  if (input.procedureCodes) Object.assign(filter, fieldScope(filter.unitCodes ?? [], input.procedureCodes));
  if (input.statuses) filter.statuses = input.statuses;
  if (input.procedureCode) filter.procedureCode = input.procedureCode;
  if (input.assignee === 'me') filter.assigneeUserId = ctx.user.id;
  else if (input.assignee === 'none') filter.assigneeUserId = null;
  else if (input.assignee !== undefined) filter.assigneeUserId = input.assignee;
  if (input.awaitingSignature !== undefined) filter.awaitingSignature = input.awaitingSignature;
  if (input.due === 'overdue') {
    filter.deadline = { to: previousDay(today), runningStatuses: RUNNING_STATUSES };
  } else if (input.due === 'due_soon') {
    filter.deadline = {
      from: today,
      to: addWorkingDays(today, DUE_SOON_WORKING_DAYS),
      runningStatuses: RUNNING_STATUSES,
    };
  }
  if (input.q) filter.text = input.q;
  const { rows, total, totalCapped, countsByStatus, cappedStatuses } = await listDossiers(ctx.db, {
    ...filter,
    sort: input.sort,
    direction: input.direction ?? (input.sort === 'received' ? 'desc' : 'asc'),
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  });
  return {
    items: rows.map((r) => toDossierView(r, now, today)),
    total,
    totalCapped,
    page: input.page,
    pageSize: input.pageSize,
    countsByStatus: DOSSIER_STATUSES.map((status) => ({
      status,
      label: dossierStatusLabels[status],
      count: countsByStatus[status] ?? 0,
      capped: cappedStatuses.includes(status),
    })),
    unitCodes: scope,
  };
}

/**
 * A field's inbox: the units its procedures are routed to (among those the user may read), and a procedure filter
 * only when those units also receive other fields' procedures. Filtering by unit alone keeps the fast counters.
 */
function fieldScope(
  units: readonly string[],
  codes: readonly string[],
): Pick<DossierListFilter, 'unitCodes' | 'procedureCodes'> {
  const routing = organisation().routing;
  const fieldUnits = new Set(codes.flatMap((c) => (Object.hasOwn(routing, c) ? [routing[c] ?? ''] : [])));
  const unitCodes = units.filter((u) => fieldUnits.has(u));
  const shared = Object.entries(routing).some(
    ([code, unit]) => unitCodes.includes(unit) && !codes.includes(code),
  );
  return shared ? { unitCodes, procedureCodes: codes } : { unitCodes };
}

function previousDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
