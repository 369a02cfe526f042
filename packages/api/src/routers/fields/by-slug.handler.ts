import type { Context } from '../../context';
import { appError } from '../../errors';
import { vietnamToday } from '../../lib/today';
import type { FieldBySlugInput } from './by-slug.schema';
import { buildFieldMap, type FieldMapEntry } from './fields.service';

export function fieldBySlugHandler({ ctx, input }: { ctx: Context; input: FieldBySlugInput }): FieldMapEntry {
  const entry = buildFieldMap(vietnamToday(ctx.now())).find((e) => e.field?.slug === input.slug);
  if (!entry)
    throw appError('UNKNOWN_FIELD', `Không có lĩnh vực với mã "${input.slug}".`, { slug: input.slug });
  return entry;
}
