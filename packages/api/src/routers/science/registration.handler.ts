// Registration of the results (thủ tục 1.004473) through the one-stop engine: filed by the host organisation online
// (or taken in by the office) within 30 days of the acceptance, tied to the task in the engine's own transaction.
import {
  findDossier,
  findScienceApplication,
  findScienceTask,
  type DbExecutor,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  must,
  assertResultRegistrationOnTime,
  dossierStatusLabels,
  DomainError,
  latestResultRegistrationDate,
  nextTaskStage,
  type DossierStatus,
  type TaskStage,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { findScienceCertificateByTask } from '@skhcn/db';
import { createRegistrationDossier } from './registration-engine';
import type { FileRegistrationInput } from './registration.schema';
import { isApplicant, RESULT_REGISTRATION_PROCEDURE, taskActorProblem } from './science-access';
import { applyTaskCommand } from './task-command';
import { toCertificateView, toTaskSummary, type CertificateView, type TaskSummary } from './task-view';

/** Statuses after which a new registration may be filed: refused (3), withdrawn (7), stopped (8). */
const REFILABLE: readonly DossierStatus[] = [3, 7, 8];

export interface RegistrationStatusView {
  /** the last day to file (30 days after the acceptance, TT 14/2014), once accepted */
  latestFilingDate: string | null;
  dossier: {
    id: string;
    code: string;
    status: DossierStatus;
    statusLabel: string;
    deadline: string | null;
    submittedAt: string | null;
    completedAt: string | null;
  } | null;
  certificate: CertificateView | null;
}

/** Where the registration of a task stands: the window, the one-stop dossier and the certificate. */
export async function registrationStatus(
  db: DbExecutor,
  task: ScienceTaskRow,
): Promise<RegistrationStatusView> {
  const [dossier, certificate] = await Promise.all([
    task.registrationDossierId ? findDossier(db, task.registrationDossierId) : Promise.resolve(undefined),
    findScienceCertificateByTask(db, task.id),
  ]);
  return {
    latestFilingDate: task.acceptedOn ? latestResultRegistrationDate(task.acceptedOn) : null,
    dossier: dossier
      ? {
          id: dossier.id,
          code: dossier.code,
          status: dossier.status as DossierStatus,
          statusLabel: dossierStatusLabels[dossier.status as DossierStatus],
          deadline: dossier.deadline,
          submittedAt: dossier.submittedAt?.toISOString() ?? null,
          completedAt: dossier.completedAt?.toISOString() ?? null,
        }
      : null,
    certificate: certificate ? toCertificateView(certificate) : null,
  };
}

async function assertCanFile(db: DbExecutor, task: ScienceTaskRow, today: string): Promise<void> {
  nextTaskStage(task.stage as TaskStage, 'file_registration');
  assertResultRegistrationOnTime(must(task.acceptedOn, 'task.acceptedOn'), today);
  if (task.registrationDossierId) {
    const previous = await findDossier(db, task.registrationDossierId);
    if (previous && !REFILABLE.includes(previous.status as DossierStatus))
      throw new DomainError(
        'INVALID_TRANSITION',
        `Kết quả nhiệm vụ đã được nộp đăng ký (hồ sơ ${previous.code}, ${dossierStatusLabels[previous.status as DossierStatus].toLowerCase()}).`,
        { reason: 'ALREADY_FILED', dossierId: previous.id },
      );
  }
}

export interface FileRegistrationOutput {
  dossierId: string;
  code: string;
  status: number;
  /** the appointment date, once received (counter filing); null for an online filing not yet received */
  appointmentDate: string | null;
  task: TaskSummary;
}

/**
 * science.fileRegistration: the host files the registration online (status 1), or the office takes it in at the
 * counter (status 2, with its appointment date); late filings are refused with the legal reason.
 */
export async function fileRegistrationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FileRegistrationInput;
}): Promise<FileRegistrationOutput> {
  const today = vietnamToday(ctx.now());
  const task = await findScienceTask(ctx.db, input.taskId);
  if (!task) throw new DomainError('NOT_FOUND', 'Không tìm thấy nhiệm vụ.');
  const denied = taskActorProblem(ctx.user, 'host_or_office', 'file_registration', task);
  if (denied) throw denied;
  await assertCanFile(ctx.db, task, today);
  const application = task.hostApplicationId
    ? await findScienceApplication(ctx.db, task.hostApplicationId)
    : undefined;
  const online = isApplicant(ctx.user);
  let updated: ScienceTaskRow | undefined;
  const { dossier } = await createRegistrationDossier(ctx, {
    procedureCode: RESULT_REGISTRATION_PROCEDURE,
    channel: online ? 'online' : (input.channel ?? 'direct'),
    applicant: {
      name: task.hostName ?? task.proposerName,
      taxCode: application?.taxCode ?? null,
      taskCode: task.code,
      taskTitle: task.title,
      ...(online ? { representative: ctx.user.fullName } : {}),
    },
    applicantUserId: task.hostUserId,
    attachments: input.components.flatMap((c) =>
      c.fileIds.map((fileId) => ({ componentKey: c.componentKey, fileId })),
    ),
    note: input.note,
    after: async (tx, created) => {
      const result = await applyTaskCommand(
        tx,
        ctx,
        input,
        'file_registration',
        async ({ task: current }) => {
          await assertCanFile(tx, current, today);
          return {
            changes: { registrationDossierId: created.dossier.id },
            data: { dossierId: created.dossier.id, dossierCode: created.dossier.code },
          };
        },
      );
      updated = result.task;
    },
  });
  return {
    dossierId: dossier.id,
    code: dossier.code,
    status: dossier.status,
    appointmentDate: dossier.deadline,
    task: toTaskSummary(must(updated, 'updated')),
  };
}
