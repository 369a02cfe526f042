import { appendDtiEvents, dtiStatusCounts, findDtiInput, updateDtiInput } from '@skhcn/db';
import {
  assertDtiItemAction,
  checkDtiValue,
  DomainError,
  type DtiCycleStatus,
  type DtiItemStatus,
  dtiLayout,
  type DtiMethod,
  formatDtiMethod,
  must,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { assertDtiTeam, cycleAccess } from './dti-access';
import type { DtiItemView } from './dti-views';
import { componentOf, cycleFramework, loadItems } from './inputs.handler';
import type { ReviewDecideInput, ReviewQueueInput } from './review.schema';

export interface DtiReviewItem extends DtiItemView {
  unitName: string;
  componentName: string;
  indicatorName: string;
  max: number;
  method: DtiMethod;
  methodText: string;
}

export interface DtiReviewQueue {
  items: DtiReviewItem[];
  total: number;
  page: number;
  pageSize: number;
  counts: Record<DtiItemStatus, number>;
  cycleStatus: DtiCycleStatus;
}

/** dti.review.queue: the items of a status (submitted by default) with their evidence, unit by unit (CĐS team). */
export async function reviewQueueHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReviewQueueInput;
}): Promise<DtiReviewQueue> {
  assertDtiTeam(ctx.user, 'dti.review');
  const access = await cycleAccess(ctx.db, ctx.user, input.cycleId);
  const framework = await cycleFramework(ctx.db, access.cycle.frameworkId);
  const layout = dtiLayout(framework);
  const { rows, views } = await loadItems(ctx.db, framework, input.cycleId, {
    ...(input.unitId ? { unitId: input.unitId } : {}),
    statuses: [input.status],
  });
  const unitName = new Map(access.units.map((u) => [u.unitId, u.name]));
  const order = (componentId: string) => layout.componentIndex.get(componentId) ?? Number.MAX_SAFE_INTEGER;
  const sorted = [...rows].sort(
    (a, b) =>
      (unitName.get(a.unitId) ?? '').localeCompare(unitName.get(b.unitId) ?? '', 'vi') ||
      order(a.componentId) - order(b.componentId),
  );
  const page = sorted.slice((input.page - 1) * input.pageSize, input.page * input.pageSize);
  const counts: Record<DtiItemStatus, number> = { draft: 0, submitted: 0, returned: 0, accepted: 0 };
  for (const c of await dtiStatusCounts(ctx.db, input.cycleId))
    if (!input.unitId || c.unitId === input.unitId) counts[c.status as DtiItemStatus] += c.count;
  const items = page.flatMap((row) => {
    const view = views.get(`${row.unitId}|${row.componentId}`);
    const c = layout.componentIndex.get(row.componentId);
    if (!view || c === undefined) return [];
    const component = must(layout.components[c], 'layout.components[c]');
    return [
      {
        ...view,
        unitName: unitName.get(row.unitId) ?? row.unitId,
        componentName: component.name,
        indicatorName: must(
          layout.indicators[must(layout.indicatorOf[c], 'layout.indicatorOf[c]')],
          'layout.indicators[layout.indicatorOf[c]!]',
        ).indicator.name,
        max: component.max,
        method: component.method,
        methodText: formatDtiMethod(component.method),
      },
    ];
  });
  return {
    items,
    total: sorted.length,
    page: input.page,
    pageSize: input.pageSize,
    counts,
    cycleStatus: access.cycle.status as DtiCycleStatus,
  };
}

/**
 * dti.review.decide: the reviewer accepts items (optionally with an appraised value of their own) or returns them with
 * a comment, all in one transaction with each item's version checked (CĐS team).
 */
export async function reviewDecideHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ReviewDecideInput;
}): Promise<{ decided: number; accepted: number; returned: number }> {
  assertDtiTeam(ctx.user, 'dti.review');
  const now = ctx.now();
  const keys = input.decisions.map((d) => `${d.unitId}|${d.componentId}`);
  if (new Set(keys).size !== keys.length) throw new DomainError('BAD_INPUT', 'Một mục được chọn hai lần.');
  let accepted = 0;
  let returned = 0;
  await ctx.db.transaction(async (tx) => {
    const access = await cycleAccess(tx, ctx.user, input.cycleId, 'share');
    const framework = await cycleFramework(tx, access.cycle.frameworkId);
    for (const d of input.decisions) {
      const key = { cycleId: input.cycleId, unitId: d.unitId, componentId: d.componentId };
      const component = componentOf(framework, d.componentId);
      const current = await findDtiInput(tx, key, { forUpdate: true });
      if (!current)
        throw new DomainError('NOT_FOUND', `Đơn vị chưa nhập chỉ số thành phần “${d.componentId}”.`);
      if (current.version !== d.expectedVersion) throw new DomainError('CONFLICT', undefined, key);
      const status = assertDtiItemAction({
        action: d.decision,
        cycleStatus: access.cycle.status as DtiCycleStatus,
        deadline: access.cycle.deadline,
        today: vietnamToday(now),
        status: current.status as DtiItemStatus,
      });
      let appraisedValue: unknown = null;
      if (d.decision === 'accept' && d.appraisedValue !== undefined) {
        const check = checkDtiValue(component.method, d.appraisedValue);
        if (!check.ok)
          throw new DomainError(
            'BAD_INPUT',
            `Giá trị thẩm định của chỉ số “${component.id}”: ${check.message}`,
          );
        appraisedValue = check.value;
      }
      const row = await updateDtiInput(
        tx,
        key,
        d.expectedVersion,
        {
          status,
          reviewComment: d.comment || null,
          reviewedAt: now,
          reviewedBy: ctx.user.id,
          appraisedValue: d.decision === 'accept' ? appraisedValue : null,
          ...(d.decision === 'return' ? { returnCount: current.returnCount + 1 } : {}),
        },
        ctx.user.id,
        now,
      );
      if (!row) throw new DomainError('CONFLICT', undefined, key);
      if (d.decision === 'accept') accepted++;
      else returned++;
      await appendDtiEvents(tx, [
        {
          at: now,
          actorUserId: ctx.user.id,
          action: d.decision === 'accept' ? 'input.accept' : 'input.return',
          cycleId: input.cycleId,
          unitId: d.unitId,
          componentId: d.componentId,
          data: { comment: d.comment ?? null, appraisedValue, version: row.version },
        },
      ]);
    }
  });
  return { decided: accepted + returned, accepted, returned };
}
