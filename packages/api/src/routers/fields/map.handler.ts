import type { Context } from '../../context';
import { vietnamToday } from '../../lib/today';
import { buildFieldMap, type FieldMapEntry } from './fields.service';

export function fieldsMapHandler({ ctx }: { ctx: Context }): FieldMapEntry[] {
  return buildFieldMap(vietnamToday(ctx.now()));
}
