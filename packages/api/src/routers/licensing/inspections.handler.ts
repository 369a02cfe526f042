// Inspections of a radiation facility: radiation staff record one (planned or unplanned, findings, corrections with
// deadlines) and follow up each correction until resolved; the facility page lists them. Each command checks rights
// and state, writes in one transaction with its event row; a correction is resolved once (optimistic version).
import {
  findCorrection,
  findHolder,
  insertInspection,
  listInspections,
  resolveCorrectionIfVersion,
  type CorrectionRow,
  type InspectionRow,
} from '@skhcn/db';
import {
  assertCorrectionResolution,
  assertInspectionRecord,
  correctionStatusLabels,
  correctionStatusOn,
  DomainError,
  inspectionKindLabels,
  type CorrectionStatus,
  type InspectionKind,
} from '@skhcn/domain';
import type { z } from 'zod';
import { vietnamToday } from '../../lib/today';
import { isApplicantUser } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { assertFieldStaff } from './licensing-procedures';
import type { recordInspectionSchema, resolveCorrectionSchema } from './licensing.schema';

export interface CorrectionView {
  id: string;
  position: number;
  description: string;
  deadline: string;
  status: CorrectionStatus;
  statusLabel: string;
  resolvedOn: string | null;
  resolutionNote: string | null;
  version: number;
}

export interface InspectionView {
  id: string;
  kind: InspectionKind;
  kindLabel: string;
  inspectedOn: string;
  team: string;
  findings: string;
  corrections: CorrectionView[];
}

export function inspectionView(
  i: InspectionRow,
  corrections: CorrectionRow[],
  today: string,
): InspectionView {
  const kind = i.kind as InspectionKind;
  return {
    id: i.id,
    kind,
    kindLabel: inspectionKindLabels[kind],
    inspectedOn: i.inspectedOn,
    team: i.team,
    findings: i.findings,
    corrections: corrections.map((c) => {
      const status = correctionStatusOn(c, today);
      return {
        id: c.id,
        position: c.position,
        description: c.description,
        deadline: c.deadline,
        status,
        statusLabel: correctionStatusLabels[status],
        resolvedOn: c.resolvedOn,
        resolutionNote: c.resolutionNote,
        version: c.version,
      };
    }),
  };
}

export async function inspectionsOf(
  ctx: AuthedContext,
  holderId: string,
  today: string,
): Promise<InspectionView[]> {
  const rows = await listInspections(ctx.db, holderId);
  return rows.map((r) => inspectionView(r.inspection, r.corrections, today));
}

function assertRadiationStaff(ctx: AuthedContext): void {
  if (isApplicantUser(ctx.user))
    throw new DomainError('FORBIDDEN', 'Chỉ cán bộ của Sở được ghi nhận kết quả kiểm tra.');
  assertFieldStaff(ctx.user, 'radiation', 'dossier.process');
}

/** licensing.inspections.record */
export async function recordInspectionHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof recordInspectionSchema>;
}): Promise<InspectionView> {
  assertRadiationStaff(ctx);
  const now = ctx.now();
  const today = vietnamToday(now);
  const holder = await findHolder(ctx.db, input.holderId);
  if (!holder) throw new DomainError('NOT_FOUND', 'Không tìm thấy cơ sở.');
  if (holder.field !== 'radiation')
    throw new DomainError('BAD_INPUT', 'Chỉ ghi nhận kiểm tra an toàn bức xạ cho cơ sở bức xạ.');
  assertInspectionRecord(input, today);
  const id = await ctx.db.transaction(async (tx) => {
    const row = await insertInspection(
      tx,
      {
        holderId: holder.id,
        kind: input.kind,
        inspectedOn: input.inspectedOn,
        team: input.team,
        findings: input.findings,
        recordedBy: ctx.user.id,
        createdAt: now,
      },
      input.corrections,
      ctx.user.id,
    );
    return row.id;
  });
  const view = (await inspectionsOf(ctx, holder.id, today)).find((i) => i.id === id);
  if (!view) throw new Error('inspection not found after insert');
  return view;
}

/** licensing.inspections.resolveCorrection: the follow-up — the facility corrected the finding on a date. */
export async function resolveCorrectionHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof resolveCorrectionSchema>;
}): Promise<CorrectionView> {
  assertRadiationStaff(ctx);
  const now = ctx.now();
  const today = vietnamToday(now);
  return ctx.db.transaction(async (tx) => {
    const found = await findCorrection(tx, input.correctionId);
    if (!found) throw new DomainError('NOT_FOUND', 'Không tìm thấy yêu cầu khắc phục.');
    if (found.correction.resolvedOn !== null) {
      throw new DomainError('INVALID_TRANSITION', 'Yêu cầu khắc phục này đã được ghi nhận là đã khắc phục.');
    }
    assertCorrectionResolution(
      { inspectedOn: found.inspection.inspectedOn, resolvedOn: input.resolvedOn },
      today,
    );
    const row = await resolveCorrectionIfVersion(
      tx,
      found.correction.id,
      input.expectedVersion,
      { resolvedOn: input.resolvedOn, resolutionNote: input.note, resolvedBy: ctx.user.id },
      now,
    );
    if (!row) throw new DomainError('CONFLICT');
    const view = inspectionView(found.inspection, [row], today).corrections[0];
    if (!view) throw new Error('correction view');
    return view;
  });
}
