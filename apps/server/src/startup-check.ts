import { DEMO_USERNAMES, existingUsernames, type Database } from '@skhcn/db';

/** Secrets that must never protect a production deployment. */
const DEFAULT_SECRETS = new Set([
  '',
  'secret',
  'changeme',
  'change-me',
  'dev',
  'development',
  'skhcn',
  'skhcn-dev-secret',
]);
export const DEV_SESSION_SECRET = 'skhcn-dev-secret';
export const MIN_SECRET_LENGTH = 32;

export interface StartupProblem {
  code: 'DEMO_ACCOUNTS' | 'SESSION_SECRET' | 'PUBLIC_ORIGIN' | 'OIDC_ISSUER';
  /** Vietnamese, then English */
  message: string;
}

/** The variables the checks read (a part of the server's environment). */
export interface SecretEnv {
  SESSION_SECRET?: string | undefined;
  COOKIE_SECRET?: string | undefined;
  /** The public address printed in documents' links and QR codes */
  PUBLIC_ORIGIN?: string | undefined;
  /** The applicants' identity provider, if any */
  OIDC_ISSUER?: string | undefined;
}

/** The session/cookie secret from SESSION_SECRET (or COOKIE_SECRET). */
export function sessionSecret(env: SecretEnv): string | undefined {
  return env.SESSION_SECRET ?? env.COOKIE_SECRET;
}

/**
 * Reasons to refuse to start in production: demo accounts (with the published demo password) in the database,
 * or a missing, default or short session secret. Empty when the deployment may start.
 */
export async function productionProblems(db: Database, env: SecretEnv): Promise<StartupProblem[]> {
  const problems: StartupProblem[] = [];
  // deactivated demo accounts cannot sign in (their events keep them in the database)
  const demo = await existingUsernames(db, DEMO_USERNAMES, { activeOnly: true });
  if (demo.length > 0) {
    problems.push({
      code: 'DEMO_ACCOUNTS',
      message:
        `Cơ sở dữ liệu còn tài khoản mẫu (${demo.join(', ')}); hãy khoá chúng (pnpm skhcn deactivate --demo) trước khi chạy chính thức. ` +
        `The database still holds demo accounts (${demo.join(', ')}); deactivate them (pnpm skhcn deactivate --demo) before running in production.`,
    });
  }
  const secret = sessionSecret(env);
  if (!secret || DEFAULT_SECRETS.has(secret) || secret.length < MIN_SECRET_LENGTH) {
    problems.push({
      code: 'SESSION_SECRET',
      message:
        `Chưa đặt SESSION_SECRET (hoặc COOKIE_SECRET) đủ mạnh (tối thiểu ${MIN_SECRET_LENGTH} ký tự, không dùng giá trị mặc định). ` +
        `SESSION_SECRET (or COOKIE_SECRET) is unset, a default, or shorter than ${MIN_SECRET_LENGTH} characters.`,
    });
  }
  if (!env.PUBLIC_ORIGIN) {
    problems.push({
      code: 'PUBLIC_ORIGIN',
      message:
        'Chưa đặt PUBLIC_ORIGIN (địa chỉ công khai in trong đường dẫn và mã QR của văn bản, ví dụ https://dichvucong.skhcn.haiphong.gov.vn). ' +
        'PUBLIC_ORIGIN (the public address printed in document links and QR codes) is unset.',
    });
  }
  if (env.OIDC_ISSUER && !env.OIDC_ISSUER.startsWith('https://')) {
    problems.push({
      code: 'OIDC_ISSUER',
      message:
        `Nhà cung cấp định danh (OIDC_ISSUER=${env.OIDC_ISSUER}) phải dùng https:// khi chạy chính thức. ` +
        'OIDC_ISSUER must be an https:// address in production (tokens and secrets cross the network).',
    });
  }
  return problems;
}
