import type { z } from 'zod';
import { renderPdf, type DocumentSpec } from '../layout/document-layout';
import { parseInput } from './common.schema';

/** A document: its input schema, and a pure mapping from the parsed input to the blocks the layout draws. */
export interface DocumentDefinition<S extends z.ZodType> {
  schema: S;
  /** The description of the document, without drawing it (useful to inspect in tests). */
  spec: (input: z.input<S>) => DocumentSpec;
  /** The PDF bytes; rejects with DomainError('BAD_INPUT') when the input is invalid. */
  render: (input: z.input<S>) => Promise<Uint8Array>;
}

export function defineDocument<S extends z.ZodType>(
  schema: S,
  toSpec: (data: z.output<S>) => DocumentSpec,
): DocumentDefinition<S> {
  const spec = (input: z.input<S>) => toSpec(parseInput(schema, input));
  return { schema, spec, render: async (input) => renderPdf(spec(input)) };
}
