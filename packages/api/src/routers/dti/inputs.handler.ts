import {
  appendDtiEvents,
  findDtiFramework,
  findDtiInput,
  findFilesByIds,
  insertDtiInput,
  listDtiEvidence,
  listDtiInputs,
  replaceDtiEvidence,
  updateDtiInput,
  type DbExecutor,
  type DtiEvidenceRow,
  type DtiInputRow,
  type FileRow,
} from '@skhcn/db';
import {
  assertDtiItemAction,
  checkDtiValue,
  DomainError,
  type DtiComponent,
  type DtiCycleStatus,
  dtiEvidenceProblem,
  type DtiFramework,
  type DtiItemStatus,
  dtiLayout,
  type DtiMethod,
  dtiMethodLabels,
  dtiMethodRules,
  formatDtiMethod,
  must,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { assertReporterOf, cycleAccess, type CycleAccess } from './dti-access';
import { cycleView, itemView, storedPoints, type DtiCycleView, type DtiItemView } from './dti-views';
import type { InputSaveInput, InputSubmitInput, UnitEntryInput } from './inputs.schema';

export async function cycleFramework(db: DbExecutor, frameworkId: string): Promise<DtiFramework> {
  const row = await findDtiFramework(db, frameworkId);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy bộ chỉ số của kỳ đánh giá.', { frameworkId });
  return row.data;
}

export function componentOf(framework: DtiFramework, componentId: string): DtiComponent {
  const layout = dtiLayout(framework);
  const c = layout.componentIndex.get(componentId);
  if (c === undefined)
    throw new DomainError('NOT_FOUND', `Bộ chỉ số không có chỉ số thành phần “${componentId}”.`, {
      componentId,
    });
  return must(layout.components[c], 'layout.components[c]');
}

/** Items of the cycle (of a unit) with their evidence and files, keyed `unit|component`. */
export async function loadItems(
  db: DbExecutor,
  framework: DtiFramework,
  cycleId: string,
  filter: { unitId?: string; statuses?: readonly string[] } = {},
): Promise<{ rows: DtiInputRow[]; views: Map<string, DtiItemView> }> {
  const rows = await listDtiInputs(db, cycleId, filter);
  const evidence = await listDtiEvidence(db, cycleId, filter.unitId);
  const fileIds = evidence.flatMap((e) => (e.fileId ? [e.fileId] : []));
  const files = new Map<string, FileRow>((await findFilesByIds(db, fileIds)).map((f) => [f.id, f]));
  const byItem = new Map<string, DtiEvidenceRow[]>();
  for (const e of evidence) {
    const k = `${e.unitId}|${e.componentId}`;
    byItem.set(k, [...(byItem.get(k) ?? []), e]);
  }
  const layout = dtiLayout(framework);
  const views = new Map<string, DtiItemView>();
  for (const row of rows) {
    const c = layout.componentIndex.get(row.componentId);
    if (c === undefined) continue;
    const k = `${row.unitId}|${row.componentId}`;
    views.set(
      k,
      itemView(row, must(layout.components[c], 'layout.components[c]'), byItem.get(k) ?? [], files),
    );
  }
  return { rows, views };
}

export interface DtiEntryComponent {
  id: string;
  name: string;
  max: number;
  method: DtiMethod;
  methodLabel: string;
  methodText: string;
  methodRule: string;
  verified: boolean;
  source: string | null;
  note: string | null;
  item: DtiItemView | null;
}

export interface DtiEntryView {
  cycle: DtiCycleView;
  unit: { id: string; name: string; groupName: string | null };
  framework: { id: string; name: string; sample: boolean; max: number };
  /** The signed-in user reports for this unit and the cycle is open */
  canEdit: boolean;
  today: string;
  deadlinePassed: boolean;
  pillars: {
    id: string;
    name: string;
    indicators: { id: string; name: string; max: number; components: DtiEntryComponent[] }[];
  }[];
  totals: { max: number; self: number; appraised: number; counts: Record<DtiItemStatus | 'empty', number> };
}

function entryComponent(component: DtiComponent, item: DtiItemView | null): DtiEntryComponent {
  return {
    id: component.id,
    name: component.name,
    max: component.max,
    method: component.method,
    methodLabel: dtiMethodLabels[component.method.kind],
    methodText: formatDtiMethod(component.method),
    methodRule: dtiMethodRules[component.method.kind],
    verified: component.verified === true,
    source: component.source ?? null,
    note: component.note ?? null,
    item,
  };
}

/** dti.inputs.forUnit: the unit's entry form — every component with its item, scores and evidence. */
export async function unitEntryHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: UnitEntryInput;
}): Promise<DtiEntryView> {
  const access = await cycleAccess(ctx.db, ctx.user, input.cycleId);
  const unit = access.units.find((u) => u.unitId === input.unitId);
  if (!unit)
    throw new DomainError('NOT_FOUND', 'Đơn vị này không thuộc kỳ đánh giá.', { unitId: input.unitId });
  if (!access.team) assertReporterOf(access, input.unitId);
  const frameworkRow = await findDtiFramework(ctx.db, access.cycle.frameworkId);
  if (!frameworkRow) throw new DomainError('NOT_FOUND', 'Không tìm thấy bộ chỉ số của kỳ đánh giá.');
  const framework = frameworkRow.data;
  const { views } = await loadItems(ctx.db, framework, input.cycleId, { unitId: input.unitId });
  const counts: Record<DtiItemStatus | 'empty', number> = {
    empty: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
  };
  let self = 0;
  let appraised = 0;
  const pillars = framework.pillars.map((p) => ({
    id: p.id,
    name: p.name,
    indicators: p.indicators.map((i) => ({
      id: i.id,
      name: i.name,
      max: i.components.reduce((s, c) => s + c.max, 0),
      components: i.components.map((c) => {
        const item = views.get(`${input.unitId}|${c.id}`) ?? null;
        counts[item?.status ?? 'empty']++;
        self += item?.selfPoints ?? 0;
        appraised += item?.appraisedPoints ?? 0;
        return entryComponent(c, item);
      }),
    })),
  }));
  const today = vietnamToday(ctx.now());
  return {
    cycle: cycleView(access.cycle),
    unit: { id: unit.unitId, name: unit.name, groupName: unit.groupName },
    framework: {
      id: frameworkRow.id,
      name: frameworkRow.name,
      sample: framework.sample === true,
      max: dtiLayout(framework).max,
    },
    canEdit: access.reporterUnits.includes(input.unitId) && access.cycle.status === 'open',
    today,
    deadlinePassed: today > access.cycle.deadline,
    pillars,
    totals: { max: dtiLayout(framework).max, self, appraised, counts },
  };
}

interface ItemContext {
  access: CycleAccess;
  framework: DtiFramework;
  component: DtiComponent;
  current: DtiInputRow | undefined;
}

/** Locks the cycle (for share: closing waits) and the item, and checks the reporter and the version. */
async function lockItem(
  ctx: AuthedContext,
  tx: DbExecutor,
  key: { cycleId: string; unitId: string; componentId: string },
  expectedVersion: number,
  shared?: Pick<ItemContext, 'access' | 'framework'>,
): Promise<ItemContext> {
  const access = shared?.access ?? (await cycleAccess(tx, ctx.user, key.cycleId, 'share'));
  assertReporterOf(access, key.unitId);
  const framework = shared?.framework ?? (await cycleFramework(tx, access.cycle.frameworkId));
  const component = componentOf(framework, key.componentId);
  const current = await findDtiInput(tx, key, { forUpdate: true });
  if ((current?.version ?? 0) !== expectedVersion)
    throw new DomainError('CONFLICT', undefined, { componentId: key.componentId });
  return { access, framework, component, current };
}

/**
 * dti.inputs.save: the unit's reporter saves one item as a draft, or corrects a returned item: the value (in the shape
 * of the component's method), a note and the evidence. Refused after close (CYCLE_CLOSED), after the deadline unless
 * the item was returned (DEADLINE_PASSED), once submitted or accepted (INVALID_TRANSITION), and when someone saved it
 * meanwhile (CONFLICT).
 */
export async function inputSaveHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: InputSaveInput;
}): Promise<DtiItemView> {
  const now = ctx.now();
  const key = { cycleId: input.cycleId, unitId: input.unitId, componentId: input.componentId };
  const framework = await ctx.db.transaction(async (tx) => {
    const { access, framework, component, current } = await lockItem(ctx, tx, key, input.expectedVersion);
    const status = assertDtiItemAction({
      action: 'save',
      cycleStatus: access.cycle.status as DtiCycleStatus,
      deadline: access.cycle.deadline,
      today: vietnamToday(now),
      status: (current?.status as DtiItemStatus | undefined) ?? 'empty',
    });
    const check = checkDtiValue(component.method, input.value);
    if (!check.ok)
      throw new DomainError('BAD_INPUT', `Chỉ số thành phần “${component.id}”: ${check.message}`, {
        componentId: component.id,
      });
    // evidence files: the reporter's own uploads, or files this item already cites
    const fileIds = input.evidence.flatMap((e) => (e.fileId ? [e.fileId] : []));
    if (fileIds.length > 0) {
      const already = new Set(
        (await listDtiEvidence(tx, input.cycleId, input.unitId))
          .filter((e) => e.componentId === input.componentId && e.fileId)
          .map((e) => must(e.fileId, 'e.fileId')),
      );
      const files = new Map((await findFilesByIds(tx, fileIds)).map((f) => [f.id, f]));
      for (const id of fileIds) {
        const file = files.get(id);
        if (!file) throw new DomainError('BAD_INPUT', 'Tệp minh chứng không tồn tại; vui lòng tải lên lại.');
        if (file.createdBy !== ctx.user.id && !already.has(id))
          throw new DomainError('FORBIDDEN', 'Chỉ đính kèm được tệp do chính bạn tải lên.', { fileId: id });
      }
    }
    const change = { status, value: check.value, note: input.note || null };
    const row = current
      ? await updateDtiInput(tx, key, input.expectedVersion, change, ctx.user.id, now)
      : await insertDtiInput(tx, key, change, ctx.user.id, now);
    if (!row) throw new DomainError('CONFLICT', undefined, { componentId: input.componentId });
    await replaceDtiEvidence(tx, key, input.evidence, ctx.user.id, now);
    await appendDtiEvents(tx, [
      {
        at: now,
        actorUserId: ctx.user.id,
        action: 'input.save',
        cycleId: input.cycleId,
        unitId: input.unitId,
        componentId: input.componentId,
        data: { status, value: check.value, evidence: input.evidence.length, version: row.version },
      },
    ]);
    return framework;
  });
  const { views } = await loadItems(ctx.db, framework, input.cycleId, { unitId: input.unitId });
  return must(
    views.get(`${input.unitId}|${input.componentId}`),
    'views.get(`${input.unitId}|${input.componentId}`)',
  );
}

export interface DtiSubmitOutput {
  submitted: number;
  items: DtiItemView[];
}

/**
 * dti.inputs.submit: the unit's reporter sends saved items (drafts, corrected returns) for review — all of them or
 * none; an item that scores points needs evidence.
 */
export async function inputSubmitHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: InputSubmitInput;
}): Promise<DtiSubmitOutput> {
  const now = ctx.now();
  const ids = input.items.map((i) => i.componentId);
  if (new Set(ids).size !== ids.length)
    throw new DomainError('BAD_INPUT', 'Một chỉ số thành phần được chọn hai lần.');
  const framework = await ctx.db.transaction(async (tx) => {
    const access = await cycleAccess(tx, ctx.user, input.cycleId, 'share');
    assertReporterOf(access, input.unitId);
    const framework = await cycleFramework(tx, access.cycle.frameworkId);
    const evidence = await listDtiEvidence(tx, input.cycleId, input.unitId);
    for (const item of input.items) {
      const key = { cycleId: input.cycleId, unitId: input.unitId, componentId: item.componentId };
      const { component, current } = await lockItem(ctx, tx, key, item.expectedVersion, {
        access,
        framework,
      });
      const label = `Chỉ số thành phần “${component.id}”`;
      if (!current) throw new DomainError('INVALID_TRANSITION', `${label} chưa được lưu.`);
      const status = assertDtiItemAction({
        action: 'submit',
        cycleStatus: access.cycle.status as DtiCycleStatus,
        deadline: access.cycle.deadline,
        today: vietnamToday(now),
        status: current.status as DtiItemStatus,
      });
      const points = storedPoints(component, current.value);
      if (points === null)
        throw new DomainError(
          'BAD_INPUT',
          `${label}: giá trị đã lưu không hợp với cách tính; vui lòng nhập lại.`,
        );
      const problem = dtiEvidenceProblem(
        points,
        evidence.filter((e) => e.componentId === component.id).length,
      );
      if (problem) throw new DomainError('BAD_INPUT', `${label}: ${problem}`, { componentId: component.id });
      const row = await updateDtiInput(
        tx,
        key,
        item.expectedVersion,
        { status, submittedAt: now },
        ctx.user.id,
        now,
      );
      if (!row) throw new DomainError('CONFLICT', undefined, { componentId: component.id });
      await appendDtiEvents(tx, [
        {
          at: now,
          actorUserId: ctx.user.id,
          action: 'input.submit',
          cycleId: input.cycleId,
          unitId: input.unitId,
          componentId: component.id,
          data: { version: row.version, returnCount: row.returnCount },
        },
      ]);
    }
    return framework;
  });
  const { views } = await loadItems(ctx.db, framework, input.cycleId, { unitId: input.unitId });
  const items = ids.map((id) =>
    must(views.get(`${input.unitId}|${id}`), 'views.get(`${input.unitId}|${id}`)'),
  );
  return { submitted: items.length, items };
}
