import { initTRPC, type TRPCError } from '@trpc/server';
import { z } from 'zod';
import { logDenial } from '@skhcn/db';
import { canAct, findUnsafeText, rightsOf, UNSAFE_TEXT_MESSAGE, type Right } from '@skhcn/domain';
import type { Context, SessionUser } from './context';
import { appError, describeError, domainCause, type InputIssue } from './errors';

// Validation messages of every zod schema in the process in Vietnamese.
z.config(z.locales.vi());

export interface AppErrorData {
  code: TRPCError['code'];
  httpStatus: number;
  path?: string;
  /** Stable application error code (DomainError code) */
  appCode: string;
  /** Field issues of a BAD_INPUT error */
  issues?: InputIssue[];
  stack?: string;
}

const t = initTRPC.context<Context>().create({
  // tRPC puts the stack in the shape; the formatter below passes it on only when the context says the process is
  // not in production (an error raised before the context exists carries none)
  isDev: true,
  errorFormatter({ shape, error, ctx }) {
    const described = describeError(error);
    const data: AppErrorData = {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      appCode: described.appCode,
    };
    if (shape.data.path !== undefined) data.path = shape.data.path;
    if (described.issues) data.issues = described.issues;
    if (ctx?.production === false && described.appCode === 'INTERNAL' && shape.data.stack)
      data.stack = shape.data.stack;
    return { ...shape, message: described.message, data };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Writes every UNAUTHORIZED / FORBIDDEN outcome to audit_denials (who, what, when, why). */
const logDenials = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok && (result.error.code === 'UNAUTHORIZED' || result.error.code === 'FORBIDDEN')) {
    const described = describeError(result.error);
    const unitCode = domainCause(result.error)?.details?.unitCode;
    try {
      await logDenial(ctx.db, {
        userId: ctx.user?.id ?? null,
        username:
          ctx.user?.username ?? (domainCause(result.error)?.details?.username as string | undefined) ?? null,
        ip: ctx.ip,
        path,
        code: described.appCode,
        reason: described.message,
        unitCode: typeof unitCode === 'string' ? unitCode : null,
        at: ctx.now(),
      });
    } catch (err) {
      ctx.logger.error({ err, path }, 'could not log a denied request');
    }
  }
  return result;
});

/** Turns DomainErrors thrown by handlers into tRPC errors with the mapped HTTP code. */
const mapDomainErrors = t.middleware(async ({ ctx, path, next }) => {
  const result = await next();
  if (!result.ok && result.error.code === 'INTERNAL_SERVER_ERROR') {
    const domain = domainCause(result.error);
    if (domain) throw appError(domain.code, domain.message, domain.details);
    ctx.logger.error({ err: result.error.cause ?? result.error, path }, 'unexpected error in procedure');
  }
  return result;
});

/**
 * Refuses, before any schema or handler sees it, input holding a NUL character or a lone surrogate anywhere
 * (400 BAD_INPUT): such text cannot be stored and used to end as a 500 deep in the database driver.
 */
const rejectUnsafeText = t.middleware(async ({ getRawInput, next }) => {
  const path = findUnsafeText(await getRawInput());
  if (path !== undefined) throw appError('BAD_INPUT', UNSAFE_TEXT_MESSAGE, { field: path });
  return next();
});

export const publicProcedure = t.procedure.use(logDenials).use(mapDomainErrors).use(rejectUnsafeText);

export type AuthedContext = Context & { user: SessionUser };

/** The one call open to someone who must first replace a temporary password (besides auth.me and auth.signOut) */
const PASSWORD_CHANGE_PATH = 'auth.changePassword';

export const protectedProcedure = publicProcedure.use(({ ctx, path, next }) => {
  if (!ctx.user) throw appError('UNAUTHENTICATED');
  if (ctx.user.passwordChangeRequired && path !== PASSWORD_CHANGE_PATH)
    throw appError('PASSWORD_CHANGE_REQUIRED');
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export type ApplicantContext = Context & {
  user: SessionUser & { kind: 'applicant'; applicant: NonNullable<SessionUser['applicant']> };
};

/** Procedures for applicants (organisations submitting online): signed in with an applicant account. */
export const applicantProcedure = protectedProcedure.use(({ ctx, next }) => {
  const user = ctx.user;
  if (user.kind !== 'applicant') {
    throw appError('FORBIDDEN', 'Chức năng này dành cho tổ chức, cá nhân nộp hồ sơ.');
  }
  // signed in through an identity provider that did not say which organisation: auth.completeProfile first
  if (!user.applicant) throw appError('APPLICANT_PROFILE_REQUIRED');
  return next({ ctx: { ...ctx, user: { ...user, kind: 'applicant' as const, applicant: user.applicant } } });
});

/** May this user exercise `right` on data of `unitCode` (undefined: anywhere, department-wide)? */
export function userCan(user: SessionUser, right: Right, unitCode: string | undefined): boolean {
  return user.memberships.some((m) =>
    unitCode === undefined ? rightsOf(m.role).includes(right) : canAct(m, right, unitCode),
  );
}

/**
 * Rights middleware: `protectedProcedure.input(schema).use(requireRight('org.read', (i) => i.unitCode))`.
 * Denies with FORBIDDEN_UNIT when the role has the right but not for that unit, FORBIDDEN otherwise.
 */
export function requireRight<TInput = unknown>(right: Right, unitOf?: (input: TInput) => string | undefined) {
  return t.middleware(async ({ ctx, input, next }) => {
    const user = ctx.user;
    if (!user) throw appError('UNAUTHENTICATED');
    const unitCode = unitOf ? unitOf(input as TInput) : undefined;
    if (!userCan(user, right, unitCode)) {
      const hasRightSomewhere = userCan(user, right, undefined);
      throw appError(hasRightSomewhere ? 'FORBIDDEN_UNIT' : 'FORBIDDEN', undefined, { right, unitCode });
    }
    return next();
  });
}
