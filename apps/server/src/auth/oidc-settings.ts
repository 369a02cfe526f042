import { EnvError, type ServerEnv } from '@skhcn/env';

/** The applicants' OpenID Connect provider, when configured. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}

/**
 * The OIDC settings of a server environment: undefined when none of OIDC_ISSUER, OIDC_CLIENT_ID and
 * OIDC_CLIENT_SECRET is set (the sign-in page shows no identity button); an EnvError when only some are, or when
 * neither OIDC_REDIRECT_URI nor PUBLIC_ORIGIN says where the provider sends the browser back.
 */
export function oidcSettings(env: ServerEnv): OidcSettings | undefined {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret } = env;
  const given = { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret };
  const missing = (Object.keys(given) as (keyof typeof given)[]).filter((k) => given[k] === undefined);
  if (missing.length === 3) return undefined;
  if (issuer === undefined || clientId === undefined || clientSecret === undefined) {
    throw new EnvError(
      missing.map((name) => ({
        name,
        message: `${name}: cần đặt cùng các biến OIDC_* khác / required with the other OIDC_* variables`,
      })),
    );
  }
  const redirectUri =
    env.OIDC_REDIRECT_URI ?? (env.PUBLIC_ORIGIN ? `${env.PUBLIC_ORIGIN}/auth/oidc/callback` : undefined);
  if (redirectUri === undefined) {
    throw new EnvError([
      {
        name: 'OIDC_REDIRECT_URI',
        message:
          'OIDC_REDIRECT_URI: cần đặt biến này hoặc PUBLIC_ORIGIN / set it or PUBLIC_ORIGIN (where the provider sends the browser back)',
      },
    ]);
  }
  return { issuer, clientId, clientSecret, redirectUri };
}
