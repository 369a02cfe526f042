import { procedureInForce, procedureVersions } from '@skhcn/domain';
import type { Context } from '../../context';
import { appError } from '../../errors';
import { vietnamToday } from '../../lib/today';
import { toProcedureView, type ProcedureView } from './procedure-view';
import type { ProcedureByCodeInput } from './procedures.schema';

export function unknownProcedure(code: string) {
  return appError('UNKNOWN_PROCEDURE', `Không có thủ tục hành chính với mã "${code}".`, { code });
}

export function procedureByCodeHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: ProcedureByCodeInput;
}): ProcedureView {
  if (procedureVersions(input.code).length === 0) throw unknownProcedure(input.code);
  const onDate = input.onDate ?? vietnamToday(ctx.now());
  const version = procedureInForce(input.code, onDate);
  if (!version) {
    throw appError(
      'NO_VERSION_IN_FORCE',
      `Thủ tục "${input.code}" không có phiên bản có hiệu lực vào ngày ${onDate}.`,
      {
        code: input.code,
        onDate,
      },
    );
  }
  return toProcedureView(version);
}
