import {
  appendDtiEvents,
  findDtiFramework,
  insertDtiFramework,
  listDtiFrameworks,
  updateDtiFramework,
} from '@skhcn/db';
import { copyDtiFramework, DomainError, type DtiFramework, must } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { assertDtiTeam } from './dti-access';
import {
  frameworkDetail,
  frameworkSummary,
  type DtiFrameworkDetail,
  type DtiFrameworkSummary,
} from './dti-views';
import type {
  FrameworkCopyInput,
  FrameworkCreateInput,
  FrameworkGetInput,
  FrameworkListInput,
  FrameworkSaveInput,
} from './frameworks.schema';

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `Không có bộ chỉ số “${id}”.`, { frameworkId: id });
}

/** dti.frameworks.list: every framework, newest year first (CĐS team). */
export async function frameworkListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FrameworkListInput;
}): Promise<DtiFrameworkSummary[]> {
  assertDtiTeam(ctx.user, 'dti.read');
  const rows = await listDtiFrameworks(ctx.db);
  return rows.filter((r) => !input?.level || r.level === input.level).map(frameworkSummary);
}

/** dti.frameworks.get: the framework with its rows, warnings and source (CĐS team). */
export async function frameworkGetHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FrameworkGetInput;
}): Promise<DtiFrameworkDetail> {
  assertDtiTeam(ctx.user, 'dti.read');
  const row = await findDtiFramework(ctx.db, input.id);
  if (!row) throw notFound(input.id);
  return frameworkDetail(row);
}

async function createFramework(ctx: AuthedContext, framework: DtiFramework, action: string, data: object) {
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await insertDtiFramework(tx, { framework, by: ctx.user.id, at: now });
    if (!row)
      throw new DomainError('CONFLICT', `Đã có bộ chỉ số mã “${framework.id}”; hãy chọn mã khác.`, {
        frameworkId: framework.id,
      });
    await appendDtiEvents(tx, [
      { at: now, actorUserId: ctx.user.id, action, frameworkId: framework.id, data: { ...data } },
    ]);
  });
  const row = await findDtiFramework(ctx.db, framework.id);
  return frameworkDetail(must(row, 'row'));
}

/** dti.frameworks.create: a new framework, entered or imported from an exchange-format JSON file (CĐS team). */
export async function frameworkCreateHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FrameworkCreateInput;
}): Promise<DtiFrameworkDetail> {
  assertDtiTeam(ctx.user, 'dti.manage');
  return createFramework(ctx, input.framework, 'framework.create', {
    name: input.framework.name ?? null,
  });
}

/**
 * dti.frameworks.save: replaces the framework's rows (CĐS team). Refused once a cycle using it has opened
 * (FRAMEWORK_LOCKED), and when someone saved it meanwhile (CONFLICT).
 */
export async function frameworkSaveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FrameworkSaveInput;
}): Promise<DtiFrameworkDetail> {
  assertDtiTeam(ctx.user, 'dti.manage');
  if (input.framework.id !== input.id)
    throw new DomainError(
      'BAD_INPUT',
      'Không đổi được mã của bộ chỉ số; hãy sao chép sang bộ mới với mã khác.',
      {
        frameworkId: input.id,
      },
    );
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    // the row lock makes a save and the opening of a cycle on this framework take turns
    const current = await findDtiFramework(tx, input.id, { forUpdate: true });
    if (!current) throw notFound(input.id);
    if (current.locked) throw new DomainError('FRAMEWORK_LOCKED', undefined, { frameworkId: input.id });
    if (current.data.year !== input.framework.year || current.data.level !== input.framework.level)
      throw new DomainError(
        'BAD_INPUT',
        'Không đổi được năm hoặc cấp đánh giá của bộ chỉ số; hãy sao chép sang bộ mới cho năm hoặc cấp khác.',
      );
    const row = await updateDtiFramework(
      tx,
      input.id,
      input.expectedVersion,
      input.framework,
      ctx.user.id,
      now,
    );
    if (!row) throw new DomainError('CONFLICT', undefined, { frameworkId: input.id });
    await appendDtiEvents(tx, [
      {
        at: now,
        actorUserId: ctx.user.id,
        action: 'framework.save',
        frameworkId: input.id,
        data: { version: row.version },
      },
    ]);
  });
  return frameworkDetail(
    must(await findDtiFramework(ctx.db, input.id), '(await findDtiFramework(ctx.db, input.id))'),
  );
}

/** dti.frameworks.copy: a year copied into a new framework for another year, to edit before its cycle opens. */
export async function frameworkCopyHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FrameworkCopyInput;
}): Promise<DtiFrameworkDetail> {
  assertDtiTeam(ctx.user, 'dti.manage');
  const from = await findDtiFramework(ctx.db, input.fromId);
  if (!from) throw notFound(input.fromId);
  const copy = copyDtiFramework(from.data, {
    id: input.toId,
    year: input.year,
    ...(input.name ? { name: input.name } : {}),
  });
  return createFramework(ctx, copy, 'framework.copy', { fromId: input.fromId, year: input.year });
}
