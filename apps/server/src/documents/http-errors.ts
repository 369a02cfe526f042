// Errors of the plain HTTP routes (documents, reports) in the same JSON shape as tRPC's and the file routes'.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { TRPCError } from '@trpc/server';
import { describeError, resolveSession, type ResolvedSession } from '@skhcn/api';
import { logDenial, type Database } from '@skhcn/db';
import { appErrors, DomainError, type AppErrorCode } from '@skhcn/domain';

const HTTP_STATUS: Record<string, number> = {
  BAD_REQUEST: 400,
  PARSE_ERROR: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
};

export function sendAppError(reply: FastifyReply, code: AppErrorCode, message?: string): FastifyReply {
  const httpStatus = HTTP_STATUS[appErrors[code].http] ?? 500;
  return reply
    .code(httpStatus)
    .type('application/json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ error: { message: message ?? appErrors[code].message, data: { appCode: code, httpStatus } } });
}

/**
 * Answers a failed document or report request: a DomainError or tRPC error with its code and Vietnamese message
 * (denials written to audit_denials), anything else as INTERNAL.
 */
export async function sendFailure(
  db: Database,
  req: FastifyRequest,
  reply: FastifyReply,
  session: ResolvedSession | null,
  err: unknown,
): Promise<FastifyReply> {
  let code: AppErrorCode;
  let message: string;
  if (err instanceof DomainError) {
    code = err.code;
    message = err.message;
  } else if (err instanceof TRPCError) {
    const d = describeError(err);
    code = d.appCode;
    message = d.message;
  } else {
    req.log.error({ err }, 'document or report request failed');
    return sendAppError(reply, 'INTERNAL');
  }
  if (code === 'FORBIDDEN' || code === 'FORBIDDEN_UNIT' || code === 'UNAUTHENTICATED') {
    await logDenial(db, {
      userId: session?.user.id ?? null,
      username: session?.user.username ?? null,
      ip: req.ip,
      path: `${req.method} ${req.routeOptions.url ?? req.url}`,
      code,
      reason: message,
    }).catch((e: unknown) => req.log.error({ err: e }, 'could not log a denied request'));
  }
  return sendAppError(reply, code, message);
}

export async function sessionOf(
  db: Database,
  req: FastifyRequest,
  cookieName: string,
): Promise<ResolvedSession | null> {
  const token = req.cookies[cookieName];
  return token ? resolveSession(db, token) : null;
}
