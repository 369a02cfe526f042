import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import * as oidc from 'openid-client';
import { identityFromClaims, resolveSession, signInExternalIdentity } from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DomainError, type AppErrorCode } from '@skhcn/domain';
import type { OidcSettings } from './oidc-settings';

/** The short-lived cookie holding one sign-in's state, nonce and PKCE verifier (signed, this path only). */
export const OIDC_FLOW_COOKIE = 'skhcn_oidc';
const FLOW_PATH = '/auth/oidc';
/** How long a person may stay at the provider before the flow expires. */
const FLOW_TTL_S = 10 * 60;
/** Where sign-in errors end: the sign-in page, with a stable code the page turns into its Vietnamese message. */
export const SIGN_IN_PAGE = '/dang-nhap';

export interface OidcRouteOptions {
  db: Database;
  settings: OidcSettings;
  /** Plain-HTTP provider allowed (development and the tests' local provider; never in production) */
  allowHttp: boolean;
  sessionCookie: string;
  csrfCookie: string;
  cookieBase: { path: string; sameSite: 'lax'; secure: boolean };
  now?: () => Date;
}

interface FlowState {
  state: string;
  nonce: string;
  verifier: string;
  /** the page to return to afterwards (a path on this site) */
  from: string;
}

/** A path on this site to return to after signing in; anything else (another site, the sign-in page) is `/`. */
function safeReturnPath(value: unknown): string {
  return typeof value === 'string' &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    !value.startsWith(SIGN_IN_PAGE)
    ? value
    : '/';
}

function isFlowState(value: unknown): value is FlowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return ['state', 'nonce', 'verifier', 'from'].every((k) => typeof v[k] === 'string');
}

/** The sign-in error code for what went wrong at the provider or on the way back. */
export function oidcErrorCode(err: unknown): AppErrorCode {
  if (err instanceof DomainError) return err.code;
  // the provider answered the browser with ?error=… (access_denied when the person said no)
  if (err instanceof oidc.AuthorizationResponseError) return 'OIDC_DENIED';
  // fetch could not reach it, or it answered 5xx / not JSON
  if (err instanceof TypeError) return 'OIDC_UNAVAILABLE';
  if (
    err instanceof oidc.ClientError &&
    (err.code === 'OAUTH_RESPONSE_IS_NOT_CONFORM' || err.code === 'OAUTH_RESPONSE_IS_NOT_JSON')
  )
    return 'OIDC_UNAVAILABLE';
  return 'OIDC_FAILED';
}

/**
 * Applicants' sign-in through an OpenID Connect provider (authorization code flow with PKCE, state and nonce):
 * GET /auth/oidc/start sends the browser to the provider, GET /auth/oidc/callback takes the code back, checks it
 * with the provider and signs the person in with the same session and CSRF cookies as a password sign-in. Every
 * failure ends on the sign-in page with `?loi=<code>`.
 */
export function registerOidcRoutes(app: FastifyInstance, options: OidcRouteOptions): void {
  const { db, settings } = options;
  const now = options.now ?? (() => new Date());
  let discovered: Promise<oidc.Configuration> | undefined;
  /** The provider's configuration, discovered once; a failed discovery is tried again at the next sign-in. */
  const configuration = (): Promise<oidc.Configuration> => {
    discovered ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        undefined,
        oidc.ClientSecretPost(settings.clientSecret),
        options.allowHttp ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
      )
      .catch((err: unknown) => {
        discovered = undefined;
        throw err;
      });
    return discovered;
  };

  const fail = (req: FastifyRequest, reply: FastifyReply, err: unknown) => {
    const code = oidcErrorCode(err);
    const log = code === 'OIDC_UNAVAILABLE' || code === 'OIDC_FAILED' ? 'error' : 'warn';
    req.log[log]({ err, code }, 'sign-in through the identity provider failed');
    return reply
      .clearCookie(OIDC_FLOW_COOKIE, { path: FLOW_PATH })
      .redirect(`${SIGN_IN_PAGE}?loi=${code}`, 303);
  };

  app.get('/auth/oidc/start', async (req, reply) => {
    let config: oidc.Configuration;
    try {
      config = await configuration();
    } catch (err) {
      return fail(req, reply, err);
    }
    const flow: FlowState = {
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      verifier: oidc.randomPKCECodeVerifier(),
      from: safeReturnPath((req.query as { from?: unknown }).from),
    };
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: settings.redirectUri,
      scope: 'openid profile',
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    return reply
      .setCookie(OIDC_FLOW_COOKIE, JSON.stringify(flow), {
        ...options.cookieBase,
        path: FLOW_PATH,
        httpOnly: true,
        signed: true,
        maxAge: FLOW_TTL_S,
      })
      .redirect(url.href, 303);
  });

  app.get('/auth/oidc/callback', async (req, reply) => {
    const raw = req.cookies[OIDC_FLOW_COOKIE];
    const unsigned = raw ? req.unsignCookie(raw) : undefined;
    let flow: unknown;
    try {
      flow = unsigned?.valid && unsigned.value ? JSON.parse(unsigned.value) : undefined;
    } catch {
      flow = undefined;
    }
    const query = req.query as Record<string, unknown>;
    // no flow of this browser, or another one's answer: refused before anything is sent to the provider
    if (!isFlowState(flow) || query.state !== flow.state) {
      return fail(req, reply, new DomainError('OIDC_STATE_MISMATCH'));
    }
    try {
      const config = await configuration();
      const callbackUrl = new URL(settings.redirectUri);
      callbackUrl.search = new URL(req.url, 'http://callback.invalid').search;
      const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new DomainError('OIDC_FAILED');
      const identity = identityFromClaims(config.serverMetadata().issuer, { ...claims });
      const token = req.cookies[options.sessionCookie];
      const previous = token ? await resolveSession(db, token) : null;
      const result = await signInExternalIdentity(
        { db, logger: req.log, now: now(), previousSessionId: previous?.sessionId ?? null },
        identity,
      );
      return reply
        .clearCookie(OIDC_FLOW_COOKIE, { path: FLOW_PATH })
        .setCookie(options.sessionCookie, result.session.token, {
          ...options.cookieBase,
          httpOnly: true,
          expires: result.session.expiresAt,
        })
        .setCookie(options.csrfCookie, result.session.csrfToken, { ...options.cookieBase, httpOnly: false })
        .redirect(flow.from, 303);
    } catch (err) {
      return fail(req, reply, err);
    }
  });
}
