import {
  findRegistryRow,
  listNoticeHistory,
  searchRegistry,
  type Database,
  type DbExecutor,
  type RegistryRow,
} from '@skhcn/db';
import { DomainError, formatNoticeNumber, parseNoticeNumber } from '@skhcn/domain';
import type { Context } from '../../context';
import { vietnamToday } from '../../lib/today';
import type { RegistryEntryInput, RegistrySearchInput } from './conformity-queries.schema';
import { toRegistryEntry, type RegistryEntry } from './registry-view';

export interface RegistrySearchOutput {
  items: RegistryEntry[];
  total: number;
  page: number;
  pageSize: number;
}

/** conformity.registry.search (public): accent-insensitive over organisation, tax code, products, standards, number. */
export async function registrySearchHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: RegistrySearchInput;
}): Promise<RegistrySearchOutput> {
  const today = vietnamToday(ctx.now());
  const { rows, total } = await searchRegistry(ctx.db, {
    ...(input.q ? { text: input.q } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.procedureCode ? { procedureCode: input.procedureCode } : {}),
    onDate: today,
    offset: (input.page - 1) * input.pageSize,
    limit: input.pageSize,
  });
  const history = await listNoticeHistory(
    ctx.db,
    rows.map((r) => r.notice.id),
  );
  return {
    items: rows.map((r) => toRegistryEntry(r, history.get(r.notice.id) ?? [], today)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** The registry row of a notice number as typed (exactly, or in any spacing or case). */
export async function findRegistryRowByNumber(
  db: DbExecutor,
  noticeNumber: string,
): Promise<RegistryRow | undefined> {
  const exact = await findRegistryRow(db, noticeNumber.trim());
  if (exact) return exact;
  let canonical: string;
  try {
    canonical = formatNoticeNumber(parseNoticeNumber(noticeNumber));
  } catch {
    return undefined;
  }
  return canonical === noticeNumber.trim() ? undefined : findRegistryRow(db, canonical);
}

export function noticeNotFound(noticeNumber: string): DomainError {
  return new DomainError(
    'NOT_FOUND',
    `Không tìm thấy thông báo tiếp nhận số “${noticeNumber}” trong cơ sở dữ liệu công bố hợp chuẩn, hợp quy.`,
    { noticeNumber },
  );
}

/** One registry entry with its full history. */
export async function registryEntryOf(db: Database, noticeNumber: string, now: Date): Promise<RegistryEntry> {
  const row = await findRegistryRowByNumber(db, noticeNumber);
  if (!row) throw noticeNotFound(noticeNumber);
  const history = await listNoticeHistory(db, [row.notice.id]);
  return toRegistryEntry(row, history.get(row.notice.id) ?? [], vietnamToday(now));
}

/** conformity.registry.entry (public). */
export async function registryEntryHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: RegistryEntryInput;
}): Promise<RegistryEntry> {
  return registryEntryOf(ctx.db, input.noticeNumber, ctx.now());
}
