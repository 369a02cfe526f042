// Councils: the office forms a council from the expert register (its composition checked against the chosen model,
// its scoring sheet kept as it was), follows its progress, and closes the scoring: the quorum is checked, the outcome
// computed by the domain's councilOutcome and kept with the council; the minutes are drawn from it.
//
// Who sees what (decided here, tested through the API):
// - a member sees only the councils they sit on; an application's content only after declaring no conflict;
//   their own sheet always, the other members' submitted sheets only once their own is submitted (or scoring closed);
// - the secretary (and the office) sees the progress (who declared, who submitted), never scores, until scoring closes;
// - after closing, the council's members and the office see the outcome and every submitted sheet.
import {
  findScienceCouncil,
  findScienceExpertsByIds,
  findScienceTask,
  insertScienceCouncil,
  insertScienceCouncilMembers,
  listConflictDeclarations,
  listScienceApplications,
  listScienceCouncilMembers,
  listScienceCouncilsOfTask,
  listScoreSheets,
  updateScienceCouncilIfVersion,
  type DbExecutor,
  type ScienceConflictRow,
  type ScienceCouncilMemberView,
  type ScienceCouncilRow,
  type ScienceScoreSheetRow,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  must,
  assertCouncilComposition,
  assertOutcomeRule,
  checkQuorum,
  compositionModelFor,
  councilOutcomeDetails,
  councilRoleLabels,
  DEFAULT_SCORING_SHEET,
  DomainError,
  findScoringSheet,
  outcomeRuleOf,
  type CouncilCompositionModel,
  type CouncilRole,
  type QuorumCheck,
  type ScoringSheet,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import type { CloseScoringInput, CouncilQueryInput, FormCouncilInput } from './councils.schema';
import { canReadScience, taskActorProblem } from './science-access';
import { councilMinutesPdfPath } from './science-paths';
import { recordTaskEvent } from './task-command';
import {
  toApplicationHeading,
  toCouncilSummary,
  type ApplicationHeading,
  type CouncilSummary,
} from './task-view';

export const sheetOf = (council: ScienceCouncilRow) => council.sheet as unknown as ScoringSheet | null;
export const compositionOf = (council: ScienceCouncilRow) =>
  council.composition as unknown as CouncilCompositionModel;

function sheetFor(input: FormCouncilInput['sheet']): ScoringSheet {
  if (!input) return DEFAULT_SCORING_SHEET;
  if ('id' in input) {
    const found = findScoringSheet(input.id);
    if (!found) throw new DomainError('BAD_INPUT', `Không có phiếu đánh giá “${input.id}”.`);
    return found;
  }
  const custom: ScoringSheet = {
    id: 'custom',
    label: input.custom.label,
    criteria: input.custom.criteria,
    passAverage: input.custom.passAverage,
    maxZeroShare: input.custom.maxZeroShare,
    aggregation: 'mean_of_counted_totals',
    ties: 'competition',
    tieAtTop: 'office_decides_with_reason',
    source: {
      document: 'Cấu hình của Sở Khoa học và Công nghệ cho đợt tuyển chọn',
      confidence: 'L',
      note: 'Phiếu do Phòng Quản lý Khoa học thiết lập cho nhiệm vụ này.',
    },
  };
  assertOutcomeRule(outcomeRuleOf(custom));
  return custom;
}

/** science.formCouncil: a selection council (stage "selecting", with applications) or an acceptance council. */
export async function formCouncilHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FormCouncilInput;
}): Promise<CouncilSummary> {
  const model = compositionModelFor(input.compositionModel, input.kind);
  assertCouncilComposition(model, input.members);
  const expertIds = input.members.map((m) => m.expertId);
  if (new Set(expertIds).size !== expertIds.length)
    throw new DomainError('BAD_INPUT', 'Một chuyên gia chỉ giữ một vai trò trong hội đồng.');
  const sheet = input.kind === 'selection' ? sheetFor(input.sheet) : null;
  return ctx.db.transaction(async (tx) => {
    const task = await findScienceTask(tx, input.taskId);
    if (!task) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
    const denied = taskActorProblem(ctx.user, 'office', 'form_council', task);
    if (denied) throw denied;
    const expected = input.kind === 'selection' ? 'selecting' : 'evaluating';
    if (task.stage !== expected)
      throw new DomainError(
        'INVALID_TRANSITION',
        input.kind === 'selection'
          ? 'Chỉ thành lập hội đồng tuyển chọn khi nhiệm vụ đang tuyển chọn, giao trực tiếp.'
          : 'Chỉ thành lập hội đồng nghiệm thu khi nhiệm vụ đang đánh giá, nghiệm thu.',
        { reason: 'WRONG_STAGE', stage: task.stage },
      );
    const councils = await listScienceCouncilsOfTask(tx, task.id);
    if (councils.some((c) => c.kind === input.kind))
      throw new DomainError('INVALID_TRANSITION', 'Nhiệm vụ đã có hội đồng loại này.', {
        reason: 'COUNCIL_EXISTS',
      });
    if (input.kind === 'selection' && (await listScienceApplications(tx, task.id)).length === 0)
      throw new DomainError('INVALID_TRANSITION', 'Chưa có hồ sơ đăng ký nào để hội đồng đánh giá.', {
        reason: 'NO_APPLICATIONS',
      });
    const experts = await findScienceExpertsByIds(tx, expertIds);
    const byId = new Map(experts.map((e) => [e.id, e]));
    const members = input.members.map((m) => {
      const e = byId.get(m.expertId);
      if (!e || !e.active)
        throw new DomainError('BAD_INPUT', 'Chuyên gia không có trong danh sách chuyên gia.');
      if (!e.userId)
        throw new DomainError(
          'BAD_INPUT',
          `Chuyên gia ${e.fullName} chưa có tài khoản: tạo tài khoản trước khi đưa vào hội đồng.`,
          { expertId: e.id },
        );
      return { expertId: e.id, userId: e.userId, role: m.role };
    });
    const council = await insertScienceCouncil(tx, {
      taskId: task.id,
      kind: input.kind,
      name: input.name,
      status: 'scoring',
      compositionModel: model.id,
      composition: { ...model },
      sheet: sheet ? { ...sheet } : null,
      meetingOn: input.meetingOn ?? null,
      createdAt: ctx.now(),
      createdBy: ctx.user.id,
    });
    await insertScienceCouncilMembers(tx, council.id, members);
    await recordTaskEvent(tx, ctx, task, 'form_council', {
      data: {
        councilId: council.id,
        kind: input.kind,
        name: input.name,
        members: members.length,
        model: model.id,
      },
    });
    return toCouncilSummary(council);
  });
}

// ——— Reading a council ———

export interface CouncilContext {
  council: ScienceCouncilRow;
  task: ScienceTaskRow;
  members: ScienceCouncilMemberView[];
  /** the signed-in user's membership, if any */
  me: ScienceCouncilMemberView | undefined;
}

/** The council with its task and members; NOT_FOUND when it does not exist. */
export async function loadCouncil(
  db: DbExecutor,
  councilId: string,
  userId: string,
): Promise<CouncilContext> {
  const council = await findScienceCouncil(db, councilId);
  if (!council) throw new DomainError('NOT_FOUND', 'Không tìm thấy hội đồng.');
  const [task, members] = await Promise.all([
    findScienceTask(db, council.taskId),
    listScienceCouncilMembers(db, council.id),
  ]);
  if (!task) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ của hội đồng.');
  return { council, task, members, me: members.find((m) => m.userId === userId) };
}

export const NOT_A_MEMBER = 'Bạn không phải là thành viên của hội đồng này.';

export interface MemberProgress {
  applicationId: string;
  declared: boolean;
  conflicted: boolean;
  sheet: 'none' | 'draft' | 'submitted';
}

/** Each member's progress on each application, and who is present (declared a conflict or submitted for all). */
export function progressOf(
  members: readonly ScienceCouncilMemberView[],
  applicationIds: readonly string[],
  declarations: readonly ScienceConflictRow[],
  sheets: readonly ScienceScoreSheetRow[],
) {
  return members.map((m) => {
    const byApplication: MemberProgress[] = applicationIds.map((applicationId) => {
      const d = declarations.find((x) => x.memberUserId === m.userId && x.applicationId === applicationId);
      const s = sheets.find((x) => x.memberUserId === m.userId && x.applicationId === applicationId);
      return {
        applicationId,
        declared: d !== undefined,
        conflicted: d?.conflicted ?? false,
        sheet: s ? (s.status as 'draft' | 'submitted') : 'none',
      };
    });
    return {
      member: m,
      byApplication,
      present: byApplication.every((p) => p.conflicted || p.sheet === 'submitted'),
    };
  });
}

export interface CouncilMemberView {
  userId: string;
  fullName: string;
  academicTitle: string | null;
  organisation: string;
  role: CouncilRole;
  roleLabel: string;
}

const toMemberView = (m: ScienceCouncilMemberView): CouncilMemberView => ({
  userId: m.userId,
  fullName: m.fullName,
  academicTitle: m.academicTitle,
  organisation: m.organisation,
  role: m.role as CouncilRole,
  roleLabel: councilRoleLabels[m.role as CouncilRole],
});

export interface CouncilOutcomeRowView {
  applicationId: string;
  organisationName: string;
  average: number;
  passed: boolean;
  rank: number | null;
  counted: number;
  zeroCriteria: string[];
}

export interface CouncilSheetView {
  memberUserId: string;
  memberName: string;
  applicationId: string;
  scores: Record<string, number>;
  total: number;
  comment: string | null;
}

export interface CouncilView {
  council: CouncilSummary;
  task: { id: string; code: string; title: string; stage: string };
  viewer: 'office' | CouncilRole;
  composition: { id: string; label: string; source: string; confidence: string | null };
  sheet: {
    label: string;
    criteria: { id: string; label: string; max: number }[];
    passAverage: number;
    maxZeroShare: number;
    source: string;
    confidence: string | null;
  } | null;
  members: CouncilMemberView[];
  applications: ApplicationHeading[];
  /** the office and the secretary: who declared and who submitted (never scores before closing) */
  progress: { memberUserId: string; present: boolean; byApplication: MemberProgress[] }[] | null;
  quorum: QuorumCheck | null;
  /** once scoring closed: the outcome, every submitted sheet and the conflicts */
  outcome: CouncilOutcomeRowView[] | null;
  sheets: CouncilSheetView[] | null;
  conflicts: { memberUserId: string; applicationId: string; note: string | null }[] | null;
  minutesUrl: string | null;
}

const sourceText = (s: { document: string; article?: string }) =>
  s.article ? `${s.document}, ${s.article}` : s.document;

/** science.council: the office's (and the members') view of a council. */
export async function councilHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: CouncilQueryInput;
}): Promise<CouncilView> {
  const { council, task, members, me } = await loadCouncil(ctx.db, input.councilId, ctx.user.id);
  const office = canReadScience(ctx.user);
  if (!office && !me) throw new DomainError('FORBIDDEN', NOT_A_MEMBER);
  const [applications, declarations, sheets] = await Promise.all([
    listScienceApplications(ctx.db, task.id),
    listConflictDeclarations(ctx.db, council.id),
    listScoreSheets(ctx.db, council.id),
  ]);
  const closed = council.status === 'closed';
  const sheet = sheetOf(council);
  const composition = compositionOf(council);
  const seesProgress = office || me?.role === 'secretary';
  const progress = progressOf(
    members,
    council.kind === 'selection' ? applications.map((a) => a.id) : [],
    declarations,
    sheets,
  );
  const quorum =
    seesProgress && council.kind === 'selection'
      ? checkQuorum(
          composition.quorum,
          members.map((m) => ({ id: m.userId, role: m.role as CouncilRole })),
          progress.filter((p) => p.present).map((p) => p.member.userId),
        )
      : null;
  const stored = closed ? (council.outcome as { rows?: CouncilOutcomeRowView[] } | null) : null;
  const nameOf = new Map(applications.map((a) => [a.id, a.organisationName]));
  const memberName = new Map(members.map((m) => [m.userId, m.fullName]));
  return {
    council: toCouncilSummary(council),
    task: { id: task.id, code: task.code, title: task.title, stage: task.stage },
    viewer: office ? 'office' : (must(me, 'me').role as CouncilRole),
    composition: {
      id: composition.id,
      label: composition.label,
      source: sourceText(composition.source),
      confidence: composition.source.confidence ?? null,
    },
    sheet: sheet
      ? {
          label: sheet.label,
          criteria: sheet.criteria.map((c) => ({ id: c.id, label: c.label, max: c.max })),
          passAverage: sheet.passAverage,
          maxZeroShare: sheet.maxZeroShare,
          source: sourceText(sheet.source),
          confidence: sheet.source.confidence ?? null,
        }
      : null,
    members: members.map(toMemberView),
    applications: applications.map(toApplicationHeading),
    progress: seesProgress
      ? progress.map((p) => ({
          memberUserId: p.member.userId,
          present: p.present,
          byApplication: p.byApplication,
        }))
      : null,
    quorum,
    outcome:
      stored?.rows?.map((r) => ({
        applicationId: r.applicationId,
        organisationName: nameOf.get(r.applicationId) ?? '',
        average: r.average,
        passed: r.passed,
        rank: r.rank,
        counted: r.counted,
        zeroCriteria: r.zeroCriteria,
      })) ?? null,
    sheets:
      closed && sheet
        ? sheets
            .filter((s) => s.status === 'submitted')
            .map((s) => ({
              memberUserId: s.memberUserId,
              memberName: memberName.get(s.memberUserId) ?? '',
              applicationId: s.applicationId,
              scores: s.scores,
              total: sheet.criteria.reduce((t, c) => t + (s.scores[c.id] ?? 0), 0),
              comment: s.comment,
            }))
        : null,
    conflicts: closed
      ? declarations
          .filter((d) => d.conflicted)
          .map((d) => ({ memberUserId: d.memberUserId, applicationId: d.applicationId, note: d.note }))
      : null,
    minutesUrl: closed && council.kind === 'selection' ? councilMinutesPdfPath(council.id) : null,
  };
}

/**
 * science.closeScoring: the office ends the scoring of a selection council. The members present (those who
 * submitted a sheet or declared a conflict for every application) must make the quorum; the outcome is computed
 * from the submitted sheets, a conflicted member's sheet not counting, and kept with the council.
 */
export async function closeScoringHandler({ ctx, input }: { ctx: AuthedContext; input: CloseScoringInput }) {
  return ctx.db.transaction(async (tx) => {
    const { council, task, members } = await loadCouncil(tx, input.councilId, ctx.user.id);
    const denied = taskActorProblem(ctx.user, 'office', 'close_scoring', task);
    if (denied) throw denied;
    if (council.kind !== 'selection')
      throw new DomainError('INVALID_TRANSITION', 'Chỉ hội đồng tuyển chọn mới chấm điểm.');
    if (council.version !== input.expectedVersion)
      throw new DomainError('CONFLICT', undefined, {
        expectedVersion: input.expectedVersion,
        currentVersion: council.version,
      });
    if (council.status !== 'scoring')
      throw new DomainError('INVALID_TRANSITION', 'Hội đồng đã kết thúc đánh giá.', {
        reason: 'ALREADY_CLOSED',
      });
    const [applications, declarations, sheets] = await Promise.all([
      listScienceApplications(tx, task.id),
      listConflictDeclarations(tx, council.id),
      listScoreSheets(tx, council.id),
    ]);
    const progress = progressOf(
      members,
      applications.map((a) => a.id),
      declarations,
      sheets,
    );
    const quorum = checkQuorum(
      compositionOf(council).quorum,
      members.map((m) => ({ id: m.userId, role: m.role as CouncilRole })),
      progress.filter((p) => p.present).map((p) => p.member.userId),
    );
    if (!quorum.met)
      throw new DomainError(
        'INVALID_TRANSITION',
        `Hội đồng chưa đủ điều kiện kết luận: ${quorum.problems.join(' ')}`,
        {
          reason: 'NO_QUORUM',
          quorum,
        },
      );
    const sheet = must(sheetOf(council), 'sheetOf(council)');
    const conflicted = new Set(
      declarations.filter((d) => d.conflicted).map((d) => `${d.memberUserId}/${d.applicationId}`),
    );
    const rows = councilOutcomeDetails({
      rule: outcomeRuleOf(sheet),
      sheets: sheets
        .filter((s) => s.status === 'submitted')
        .map((s) => ({
          memberId: s.memberUserId,
          applicationId: s.applicationId,
          scores: s.scores,
          conflicted: conflicted.has(`${s.memberUserId}/${s.applicationId}`),
        })),
    });
    const now = ctx.now();
    const closedOn = vietnamToday(now);
    const updated = await updateScienceCouncilIfVersion(tx, council.id, council.version, {
      status: 'closed',
      closedAt: now,
      closedBy: ctx.user.id,
      meetingOn: council.meetingOn ?? closedOn,
      outcome: { rows, quorum, closedOn },
    });
    if (!updated) throw new DomainError('CONFLICT', undefined, { councilId: council.id });
    await recordTaskEvent(tx, ctx, task, 'close_scoring', {
      data: {
        councilId: council.id,
        ranking: rows.map((r) => ({
          applicationId: r.applicationId,
          average: r.average,
          passed: r.passed,
          rank: r.rank,
        })),
      },
    });
    return toCouncilSummary(updated);
  });
}
