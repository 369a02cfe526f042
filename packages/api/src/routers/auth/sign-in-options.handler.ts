import type { Context } from '../../context';

export interface SignInOptions {
  /** Sign-in through an OpenID Connect provider (VNeID / Cổng DVC quốc gia): where the button goes, or null */
  identityProvider: { startUrl: string } | null;
}

/** auth.signInOptions: what the sign-in page offers besides a password (public, read before signing in). */
export function signInOptionsHandler({ ctx }: { ctx: Context }): SignInOptions {
  return { identityProvider: ctx.oidcEnabled ? { startUrl: '/auth/oidc/start' } : null };
}
