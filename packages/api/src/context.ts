import type { Database } from '@skhcn/db';
import type { Membership } from '@skhcn/domain';
import type { EngineExtensions } from './one-stop';

/** The signed-in user as the API and the front-ends see it. */
export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  memberships: Membership[];
  /**
   * staff (memberships in units), applicant (an organisation submitting online) or external (a person outside the
   * department given work by a module: a commune's DTI reporter, a council's expert); missing means staff
   */
  kind?: 'staff' | 'applicant' | 'external';
  /** The applicant's organisation, for applicants */
  applicant?: { organisationName: string; taxCode: string };
  /**
   * Present while the password is a temporary one an administrator issued: nothing but auth.changePassword (and
   * auth.me, auth.signOut) is allowed until the person chooses their own (PASSWORD_CHANGE_REQUIRED).
   */
  passwordChangeRequired?: true;
}

/** Structured logger; pino (fastify's logger) fits. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

/** Operating limits (not law): online submissions one applicant account may make. */
export interface OperatingLimits {
  applicantSubmissionsPerHour: number;
  applicantSubmissionsPerDay: number;
}

/** Enough for a busy firm, far from the thousands that would fill a unit's day. */
export const DEFAULT_LIMITS: OperatingLimits = {
  applicantSubmissionsPerHour: 30,
  applicantSubmissionsPerDay: 200,
};

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

export interface CreateContextOptions {
  db: Database;
  /** What the fields and integrations add to the one-stop engine, composed at start-up (platformExtensions) */
  extensions: EngineExtensions;
  user: SessionUser | null;
  /** Hash id of the current session, when signed in */
  sessionId?: string | null;
  ip: string;
  logger?: Logger;
  /** The request's CSRF token (double-submit cookie); stored with a new session */
  csrfToken?: string | null;
  /** The HTTP layer sets the session cookie; the router stays HTTP-agnostic. */
  setSessionCookie?: (token: string, expiresAt: Date) => void;
  clearSessionCookie?: () => void;
  /** The HTTP layer hands the client a new CSRF token (rotated at sign-in) */
  setCsrfToken?: (token: string) => void;
  /** Clock, for tests */
  now?: () => Date;
  /**
   * The process runs in production (the server passes NODE_ENV === 'production'): no stack traces in errors.
   * The API never reads the environment itself.
   */
  production?: boolean;
  /** Origin of public links and QR codes (PUBLIC_ORIGIN); links are relative without it */
  publicOrigin?: string | undefined;
  /** Operating limits; DEFAULT_LIMITS without them */
  limits?: Partial<OperatingLimits>;
  /** Applicants may sign in through an OpenID Connect provider (OIDC_* configured); the sign-in page says so */
  oidcEnabled?: boolean;
}

export interface Context {
  db: Database;
  extensions: EngineExtensions;
  user: SessionUser | null;
  sessionId: string | null;
  ip: string;
  logger: Logger;
  csrfToken: string | null;
  setSessionCookie: (token: string, expiresAt: Date) => void;
  clearSessionCookie: () => void;
  setCsrfToken: (token: string) => void;
  now: () => Date;
  production: boolean;
  publicOrigin: string | undefined;
  limits: OperatingLimits;
  oidcEnabled: boolean;
}

export function createContext(opts: CreateContextOptions): Context {
  return {
    db: opts.db,
    extensions: opts.extensions,
    user: opts.user,
    sessionId: opts.sessionId ?? null,
    ip: opts.ip,
    logger: opts.logger ?? silentLogger,
    csrfToken: opts.csrfToken ?? null,
    setSessionCookie: opts.setSessionCookie ?? (() => {}),
    clearSessionCookie: opts.clearSessionCookie ?? (() => {}),
    setCsrfToken: opts.setCsrfToken ?? (() => {}),
    now: opts.now ?? (() => new Date()),
    production: opts.production ?? false,
    publicOrigin: opts.publicOrigin,
    limits: { ...DEFAULT_LIMITS, ...opts.limits },
    oidcEnabled: opts.oidcEnabled ?? false,
  };
}
