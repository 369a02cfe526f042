// The council workspace of a member (an external expert or a staff member): their queue, the declaration of
// conflicts of interest before an application's content is shown, and their own scoring sheets. See the rules of
// visibility at the top of councils.handler.ts.
import {
  findConflictDeclaration,
  findScienceApplication,
  findScoreSheet,
  insertConflictDeclaration,
  listConflictDeclarations,
  listCouncilsOfMember,
  listScienceApplications,
  listScienceCouncilMembers,
  listScoreSheets,
  saveScoreSheet,
} from '@skhcn/db';
import {
  must,
  councilRoleLabels,
  DomainError,
  outcomeRuleOf,
  sheetTotal,
  type ApplicationOutcomeDetail,
  type CouncilRole,
} from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { loadCouncil, NOT_A_MEMBER, sheetOf, type CouncilContext } from './councils.handler';
import type { DeclareConflictInput, MemberApplicationInput, SaveSheetInput } from './member.schema';
import { recordTaskEvent } from './task-command';
import {
  toApplicationHeading,
  toApplicationView,
  toCouncilSummary,
  type ApplicationHeading,
  type ApplicationView,
  type CouncilSummary,
} from './task-view';

function assertMember(c: CouncilContext): NonNullable<CouncilContext['me']> {
  if (!c.me) throw new DomainError('FORBIDDEN', NOT_A_MEMBER, { councilId: c.council.id });
  return c.me;
}

export interface MyCouncilItem {
  council: CouncilSummary;
  task: { id: string; code: string; title: string };
  role: CouncilRole;
  roleLabel: string;
  applications: (ApplicationHeading & {
    declared: boolean;
    conflicted: boolean;
    sheet: 'none' | 'draft' | 'submitted';
  })[];
}

/** science.myCouncils: the councils the signed-in person sits on, and where their own work stands. */
export async function myCouncilsHandler({ ctx }: { ctx: AuthedContext }): Promise<MyCouncilItem[]> {
  const rows = await listCouncilsOfMember(ctx.db, ctx.user.id);
  return Promise.all(
    rows.map(async (r) => {
      const [applications, declarations, sheets] = await Promise.all([
        r.council.kind === 'selection' ? listScienceApplications(ctx.db, r.taskId) : Promise.resolve([]),
        listConflictDeclarations(ctx.db, r.council.id),
        listScoreSheets(ctx.db, r.council.id),
      ]);
      return {
        council: toCouncilSummary(r.council),
        task: { id: r.taskId, code: r.taskCode, title: r.taskTitle },
        role: r.role as CouncilRole,
        roleLabel: councilRoleLabels[r.role as CouncilRole],
        applications: applications.map((a) => {
          const d = declarations.find((x) => x.applicationId === a.id && x.memberUserId === ctx.user.id);
          const s = sheets.find((x) => x.applicationId === a.id && x.memberUserId === ctx.user.id);
          return {
            ...toApplicationHeading(a),
            declared: d !== undefined,
            conflicted: d?.conflicted ?? false,
            sheet: s ? (s.status as 'draft' | 'submitted') : 'none',
          };
        }),
      };
    }),
  );
}

export interface OwnSheetView {
  scores: Record<string, number>;
  comment: string | null;
  status: 'draft' | 'submitted';
  total: number;
  version: number;
  submittedAt: string | null;
}

export interface MemberApplicationView {
  council: CouncilSummary;
  task: { id: string; code: string; title: string };
  role: CouncilRole;
  criteria: { id: string; label: string; max: number; guidance: string | null }[];
  passAverage: number;
  application: ApplicationHeading;
  declaration: { conflicted: boolean; note: string | null; declaredAt: string } | null;
  /** the application's content: shown only after declaring no conflict of interest */
  content: ApplicationView | null;
  mySheet: OwnSheetView | null;
  /** the other members' submitted sheets: only once the member's own is submitted, or scoring closed */
  others:
    | {
        memberName: string;
        role: CouncilRole;
        roleLabel: string;
        scores: Record<string, number>;
        total: number;
      }[]
    | null;
  /** the council's result for this application, once scoring closed */
  result: { average: number; passed: boolean; rank: number | null } | null;
}

const total = (scores: Record<string, number>) => Object.values(scores).reduce((a, b) => a + b, 0);

/** science.memberApplication: one application as a member of its council sees it. */
export async function memberApplicationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: MemberApplicationInput;
}): Promise<MemberApplicationView> {
  const c = await loadCouncil(ctx.db, input.councilId, ctx.user.id);
  const me = assertMember(c);
  const application = await findScienceApplication(ctx.db, input.applicationId);
  if (!application || application.taskId !== c.task.id || c.council.kind !== 'selection')
    throw new DomainError('NOT_FOUND', 'Hồ sơ này không thuộc hội đồng của bạn.');
  const key = { councilId: c.council.id, applicationId: application.id, memberUserId: ctx.user.id };
  const [declaration, own] = await Promise.all([
    findConflictDeclaration(ctx.db, key),
    findScoreSheet(ctx.db, key),
  ]);
  const sheet = must(sheetOf(c.council), 'sheetOf(c.council)');
  const closed = c.council.status === 'closed';
  const seesOthers = own?.status === 'submitted' || (closed && declaration?.conflicted === false);
  let others: MemberApplicationView['others'] = null;
  if (seesOthers) {
    const [sheets, members] = await Promise.all([
      listScoreSheets(ctx.db, c.council.id),
      listScienceCouncilMembers(ctx.db, c.council.id),
    ]);
    others = sheets
      .filter(
        (s) =>
          s.applicationId === application.id && s.memberUserId !== ctx.user.id && s.status === 'submitted',
      )
      .map((s) => {
        const m = members.find((x) => x.userId === s.memberUserId);
        const role = (m?.role ?? 'member') as CouncilRole;
        return {
          memberName: m?.fullName ?? '',
          role,
          roleLabel: councilRoleLabels[role],
          scores: s.scores,
          total: total(s.scores),
        };
      });
  }
  const stored = closed ? (c.council.outcome as { rows?: ApplicationOutcomeDetail[] } | null) : null;
  const row = stored?.rows?.find((r) => r.applicationId === application.id);
  return {
    council: toCouncilSummary(c.council),
    task: { id: c.task.id, code: c.task.code, title: c.task.title },
    role: me.role as CouncilRole,
    criteria: sheet.criteria.map((x) => ({
      id: x.id,
      label: x.label,
      max: x.max,
      guidance: x.guidance ?? null,
    })),
    passAverage: sheet.passAverage,
    application: toApplicationHeading(application),
    declaration: declaration
      ? {
          conflicted: declaration.conflicted,
          note: declaration.note,
          declaredAt: declaration.declaredAt.toISOString(),
        }
      : null,
    content: declaration && !declaration.conflicted ? toApplicationView(application) : null,
    mySheet: own
      ? {
          scores: own.scores,
          comment: own.comment,
          status: own.status as 'draft' | 'submitted',
          total: total(own.scores),
          version: own.version,
          submittedAt: own.submittedAt?.toISOString() ?? null,
        }
      : null,
    others,
    result: row ? { average: row.average, passed: row.passed, rank: row.rank } : null,
  };
}

async function loadForWork(
  ctx: AuthedContext,
  input: MemberApplicationInput,
  tx: Parameters<typeof loadCouncil>[0],
) {
  const c = await loadCouncil(tx, input.councilId, ctx.user.id);
  assertMember(c);
  const application = await findScienceApplication(tx, input.applicationId);
  if (!application || application.taskId !== c.task.id || c.council.kind !== 'selection')
    throw new DomainError('NOT_FOUND', 'Hồ sơ này không thuộc hội đồng của bạn.');
  if (c.council.status !== 'scoring')
    throw new DomainError('INVALID_TRANSITION', 'Hội đồng đã kết thúc đánh giá; không thay đổi được nữa.', {
      reason: 'COUNCIL_CLOSED',
    });
  return { ...c, application };
}

/** science.declareConflict: once per application, before its content is shown; a conflicted member does not score it. */
export async function declareConflictHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: DeclareConflictInput;
}) {
  return ctx.db.transaction(async (tx) => {
    const c = await loadForWork(ctx, input, tx);
    if (input.conflicted && !input.note)
      throw new DomainError('BAD_INPUT', 'Vui lòng nêu rõ quan hệ có thể gây xung đột lợi ích.', {
        issues: [{ path: 'note', message: 'Vui lòng nêu rõ quan hệ có thể gây xung đột lợi ích.' }],
      });
    const row = await insertConflictDeclaration(tx, {
      councilId: c.council.id,
      applicationId: c.application.id,
      memberUserId: ctx.user.id,
      conflicted: input.conflicted,
      note: input.note ?? null,
      declaredAt: ctx.now(),
    });
    if (!row)
      throw new DomainError('INVALID_TRANSITION', 'Bạn đã khai báo xung đột lợi ích cho hồ sơ này.', {
        reason: 'ALREADY_DECLARED',
      });
    await recordTaskEvent(tx, ctx, c.task, 'declare_conflict', {
      reason: input.conflicted ? (input.note ?? null) : null,
      data: { councilId: c.council.id, applicationId: c.application.id, conflicted: input.conflicted },
    });
    return { conflicted: row.conflicted, declaredAt: row.declaredAt.toISOString() };
  });
}

/**
 * science.saveSheet: a member saves a draft of their own sheet, or submits it (every criterion scored within its
 * maximum; final). Only after declaring no conflict for the application.
 */
export async function saveSheetHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: SaveSheetInput;
}): Promise<OwnSheetView> {
  return ctx.db.transaction(async (tx) => {
    const c = await loadForWork(ctx, input, tx);
    const key = { councilId: c.council.id, applicationId: c.application.id, memberUserId: ctx.user.id };
    const declaration = await findConflictDeclaration(tx, key);
    if (!declaration)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Vui lòng khai báo xung đột lợi ích trước khi đánh giá hồ sơ.',
        {
          reason: 'NOT_DECLARED',
        },
      );
    if (declaration.conflicted)
      throw new DomainError(
        'INVALID_TRANSITION',
        'Bạn đã khai báo có xung đột lợi ích với hồ sơ này: bạn không chấm hồ sơ này và phiếu không được tính.',
        { reason: 'CONFLICTED' },
      );
    const rule = outcomeRuleOf(must(sheetOf(c.council), 'sheetOf(c.council)'));
    if (input.submit) {
      sheetTotal(rule, { memberId: ctx.user.id, applicationId: c.application.id, scores: input.scores });
    } else {
      for (const [id, v] of Object.entries(input.scores)) {
        const criterion = rule.criteria.find((x) => x.id === id);
        if (!criterion) throw new DomainError('BAD_INPUT', `Phiếu không có tiêu chí “${id}”.`);
        if (!Number.isFinite(v) || v < 0 || v > criterion.max)
          throw new DomainError('BAD_INPUT', `Điểm tiêu chí “${id}” phải từ 0 đến ${criterion.max}.`, {
            criterionId: id,
            score: v,
            max: criterion.max,
          });
      }
    }
    const existing = await findScoreSheet(tx, key);
    if (existing?.status === 'submitted')
      throw new DomainError('INVALID_TRANSITION', 'Phiếu đánh giá đã nộp, không sửa được.', {
        reason: 'SUBMITTED',
      });
    if ((existing?.version ?? 0) !== input.expectedVersion)
      throw new DomainError('CONFLICT', 'Phiếu đánh giá đã được lưu ở nơi khác. Vui lòng tải lại.', {
        expectedVersion: input.expectedVersion,
        currentVersion: existing?.version ?? 0,
      });
    const saved = await saveScoreSheet(tx, key, input.expectedVersion, {
      scores: input.scores,
      comment: input.comment ?? null,
      status: input.submit ? 'submitted' : 'draft',
      at: ctx.now(),
    });
    if (!saved) throw new DomainError('CONFLICT', 'Phiếu đánh giá đã được lưu ở nơi khác. Vui lòng tải lại.');
    if (input.submit)
      await recordTaskEvent(tx, ctx, c.task, 'submit_sheet', {
        data: { councilId: c.council.id, applicationId: c.application.id },
      });
    return {
      scores: saved.scores,
      comment: saved.comment,
      status: saved.status as 'draft' | 'submitted',
      total: total(saved.scores),
      version: saved.version,
      submittedAt: saved.submittedAt?.toISOString() ?? null,
    };
  });
}
