import type { Context } from '../../context';
import { vietnamToday } from '../../lib/today';
import { proceduresInForce } from '../fields/fields.service';
import { toProcedureView, type ProcedureView } from './procedure-view';
import type { ProceduresListInput } from './procedures.schema';

export function proceduresListHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: ProceduresListInput;
}): ProcedureView[] {
  const onDate = input?.onDate ?? vietnamToday(ctx.now());
  return proceduresInForce(onDate)
    .filter((p) => input?.khoan === undefined || p.khoan === input.khoan)
    .filter((p) => input?.fieldSlug === undefined || p.fieldSlug === input.fieldSlug)
    .map(toProcedureView);
}
