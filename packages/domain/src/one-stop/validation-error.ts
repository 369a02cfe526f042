import type { z } from 'zod';
import { DomainError } from '../errors';

export interface ValidationIssue {
  /** dotted path of the field, '' for the whole value */
  path: string;
  /** Vietnamese message */
  message: string;
}

export function validationIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** DomainError('BAD_INPUT') carrying the first Vietnamese message and every issue in `details.issues`. */
export function badInput(error: z.ZodError, value?: unknown): DomainError {
  const issues = validationIssues(error);
  return new DomainError('BAD_INPUT', issues[0]?.message ?? 'Dữ liệu không hợp lệ.', {
    ...(value === undefined ? {} : { value }),
    issues,
  });
}
