// Vietnamese messages of a zod validation, keyed by the field's dotted path (the form's field ids follow the paths).
import type { ErrorSummaryItem } from '@skhcn/ui';
import { getAppCode, getErrorMessage } from '@skhcn/api-client';

export type FieldErrors = Record<string, string>;

/** `depth` keeps the first segments of each path (1: an error inside a list belongs to the list's field). */
/** The part of a zod error the form reads. */
export interface ValidationError {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

export function issuesOf(error: ValidationError, depth = Number.POSITIVE_INFINITY): FieldErrors {
  const out: FieldErrors = {};
  for (const i of error.issues) {
    const path = i.path.slice(0, depth).map(String).join('.');
    out[path] ??= i.message;
  }
  return out;
}

/** The error summary's items: each message links to its field (id = `${prefix}${path}`). */
export function summaryOf(errors: FieldErrors, prefix: string): ErrorSummaryItem[] {
  return Object.entries(errors).map(([path, message]) => ({ fieldId: `${prefix}${path}`, message }));
}

/** Field errors sent back by the server (BAD_INPUT issues), for the same summary. */
export function serverIssues(error: unknown): FieldErrors {
  const data = (error as { data?: { issues?: { path: string; message: string }[] } } | null)?.data;
  const out: FieldErrors = {};
  for (const i of data?.issues ?? []) out[i.path] ??= i.message;
  return out;
}

export { getAppCode, getErrorMessage };
