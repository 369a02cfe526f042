// The inbox filters live in the URL: a filtered view can be bookmarked, shared and reloaded.
import { LIVE_STATUSES } from '@skhcn/domain';
import type { InboxInput } from '../api-types';

export const PAGE_SIZE = 20;
export type SortKey = 'deadline' | 'received' | 'code';

export const SORT_LABELS: Record<SortKey, string> = {
  deadline: 'Hạn giải quyết',
  received: 'Ngày tiếp nhận',
  code: 'Mã hồ sơ',
};

/** `trang-thai`: absent = live work (the default view), "tat-ca" = every dossier, or one status code. */
export const ALL_STATUSES = 'tat-ca';

/** The inbox's query from the URL, limited to the field's procedures. */
export function inboxInputFrom(params: URLSearchParams, procedureCodes: readonly string[]): InboxInput {
  const input: InboxInput = {
    sort: 'deadline',
    page: 1,
    pageSize: PAGE_SIZE,
    procedureCodes: [...procedureCodes],
  };
  const status = params.get('trang-thai');
  const code = Number(status);
  if (status === null) input.statuses = [...LIVE_STATUSES];
  else if (status !== ALL_STATUSES && Number.isInteger(code) && code >= 1 && code <= 10)
    input.statuses = [code];
  const procedure = params.get('thu-tuc');
  if (procedure && procedureCodes.includes(procedure)) input.procedureCode = procedure;
  const due = params.get('han');
  if (due === 'overdue' || due === 'due_soon') input.due = due;
  if (params.get('cho-ky') === '1') input.awaitingSignature = true;
  const assignee = params.get('thu-ly');
  if (assignee === 'me' || assignee === 'none') input.assignee = assignee;
  const q = params.get('q')?.trim();
  if (q) input.q = q;
  const sort = params.get('sap-xep');
  if (sort === 'deadline' || sort === 'received' || sort === 'code') input.sort = sort;
  const dir = params.get('chieu');
  if (dir === 'asc' || dir === 'desc') input.direction = dir;
  const page = Number(params.get('trang'));
  if (Number.isInteger(page) && page > 1) input.page = page;
  return input;
}
