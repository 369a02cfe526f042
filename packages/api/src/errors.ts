import { TRPCError } from '@trpc/server';
import { appErrors, DomainError, type AppErrorCode } from '@skhcn/domain';

type TRPCCode = TRPCError['code'];

/** The tRPC error for a DomainError; the DomainError stays as `cause` so the formatter finds its code. */
export function toTRPCError(error: DomainError): TRPCError {
  return new TRPCError({
    code: appErrors[error.code].http,
    message: error.message,
    cause: error,
  });
}

/** Shorthand: a TRPCError for an app error code. */
export function appError(code: AppErrorCode, message?: string, details?: Record<string, unknown>): TRPCError {
  return toTRPCError(new DomainError(code, message, details));
}

/** The DomainError behind an error, if any. */
export function domainCause(error: unknown): DomainError | undefined {
  if (error instanceof DomainError) return error;
  if (error instanceof TRPCError && error.cause instanceof DomainError) return error.cause;
  return undefined;
}

export interface InputIssue {
  path: string;
  message: string;
}

interface IssueLike {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

function hasIssues(cause: unknown): cause is { issues: IssueLike[] } {
  return (
    typeof cause === 'object' &&
    cause !== null &&
    Array.isArray((cause as { issues?: unknown }).issues) &&
    (cause as { issues: unknown[] }).issues.every(
      (i) => typeof i === 'object' && i !== null && 'message' in i,
    )
  );
}

/** Field issues of a validation error (zod or any Standard Schema), or undefined. */
export function inputIssues(cause: unknown): InputIssue[] | undefined {
  if (!hasIssues(cause)) return undefined;
  return cause.issues.map((i) => ({
    path: (i.path ?? []).map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.'),
    message: i.message,
  }));
}

/** App error codes for tRPC's own errors (routing, parsing, size) that no handler threw. */
const appCodeOfTRPCCode: Partial<Record<TRPCCode, AppErrorCode>> = {
  PARSE_ERROR: 'MALFORMED_JSON',
  BAD_REQUEST: 'BAD_INPUT',
  UNAUTHORIZED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  CONFLICT: 'CONFLICT',
  TOO_MANY_REQUESTS: 'RATE_LIMITED',
};

export interface FormattedError {
  appCode: AppErrorCode;
  message: string;
  issues?: InputIssue[];
}

/** Decide the app code and the Vietnamese message of any error leaving the API. */
export function describeError(error: TRPCError): FormattedError {
  const domain = domainCause(error);
  if (domain) return { appCode: domain.code, message: domain.message };
  if ((error.code === 'BAD_REQUEST' || error.code === 'PARSE_ERROR') && error.cause instanceof SyntaxError) {
    return { appCode: 'MALFORMED_JSON', message: appErrors.MALFORMED_JSON.message };
  }
  const issues = inputIssues(error.cause);
  if (issues && error.code === 'BAD_REQUEST') {
    const summary = issues
      .slice(0, 5)
      .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
      .join('; ');
    return { appCode: 'BAD_INPUT', message: `${appErrors.BAD_INPUT.message} ${summary}`.trim(), issues };
  }
  if (error.code === 'NOT_FOUND' && /No procedure found/i.test(error.message)) {
    return { appCode: 'NOT_FOUND', message: 'Không tìm thấy chức năng được yêu cầu trên máy chủ.' };
  }
  if (error.code === 'METHOD_NOT_SUPPORTED') {
    return { appCode: 'BAD_INPUT', message: 'Phương thức HTTP không được hỗ trợ cho chức năng này.' };
  }
  const appCode = appCodeOfTRPCCode[error.code];
  if (appCode) return { appCode, message: appErrors[appCode].message };
  return { appCode: 'INTERNAL', message: appErrors.INTERNAL.message };
}
