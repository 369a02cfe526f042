import { DomainError, extendDeadlineOnce, workingDaysBetween } from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import { runCommand, commandOutput, type DossierCommandOutput } from '../../one-stop';
import type { ExtendDeadlineInput } from './extend-deadline.schema';

/**
 * The apology letter (Mẫu 04): moves the appointment date once (the kernel refuses a second letter). The dossier
 * keeps its status; the extension is recorded in working days so that a later pause moves both dates alike, and
 * the date before it stays on the dossier, against which timeliness is judged.
 */
export async function extendDeadlineHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ExtendDeadlineInput;
}): Promise<DossierCommandOutput> {
  const result = await runCommand(ctx, input, 'extend_deadline', ({ dossier, events, today }) => {
    if (!dossier.deadline) {
      throw new DomainError('INVALID_TRANSITION', 'Hồ sơ chưa có ngày hẹn trả kết quả để hẹn lại.', {
        action: 'extend_deadline',
        reason: 'NO_DEADLINE',
      });
    }
    const newDeadline = extendDeadlineOnce({
      deadline: dossier.deadline,
      newDeadline: input.newDeadline,
      requestedOn: today,
      previousExtensions: events.filter((e) => e.action === 'extend_deadline').length,
    });
    return {
      changes: { deadline: newDeadline, deadlineBeforeExtension: dossier.deadline },
      reason: input.reason,
      data: {
        form: 'Mẫu 04',
        previousDeadline: dossier.deadline,
        newDeadline,
        extensionWorkingDays: workingDaysBetween(dossier.deadline, newDeadline),
      },
    };
  });
  return commandOutput(result, ctx.now());
}
