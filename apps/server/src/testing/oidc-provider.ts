// Test helper (not a test file): a real OpenID Connect provider (panva's oidc-provider) on a random local port, and
// a tiny browser that follows redirects between it and the server keeping each site's cookies.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import Provider, { type Configuration } from 'oidc-provider';

export interface LocalAccount {
  sub: string;
  claims?: Record<string, unknown>;
}

export interface LocalProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who signs in at the next login prompt */
  nextAccount: LocalAccount;
  /** When set, the person refuses at the provider (error=access_denied) */
  deny: boolean;
  close(): Promise<void>;
}

/** A port nobody listens on right now (for a server whose address must be known before it starts). */
export async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Starts a provider that knows one client, redirecting to `redirectUri`; the login prompt signs in `nextAccount`. */
export async function startLocalProvider(redirectUri: string): Promise<LocalProvider> {
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.end();
  const server: Server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  const issuer = `http://127.0.0.1:${address.port}`;

  const local: LocalProvider = {
    issuer,
    clientId: 'skhcn-test',
    clientSecret: 'a-client-secret-for-the-local-provider-only',
    nextAccount: { sub: 'cong-dan-001' },
    deny: false,
    close: () =>
      new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
  const accounts = new Map<string, LocalAccount>();
  const configuration: Configuration = {
    clients: [
      {
        client_id: local.clientId,
        client_secret: local.clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    cookies: { keys: ['local-provider-cookie-key'] },
    claims: { openid: ['sub'], profile: ['name', 'tax_code', 'organization_name'] },
    // the claims go in the ID token itself (as VNeID's do), not only at the userinfo endpoint
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    ttl: { Grant: 600, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 600 },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub) ?? { sub };
      return { accountId: sub, claims: () => ({ ...account.claims, sub }) };
    },
  };
  const provider = new Provider(issuer, configuration);
  const callback = provider.callback();

  /** The login and consent prompts, answered at once: no forms, the test chose who signs in. */
  const interaction = async (req: IncomingMessage, res: ServerResponse) => {
    const details = await provider.interactionDetails(req, res);
    if (local.deny) {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'refused by the person' },
        { mergeWithLastSubmission: false },
      );
      return;
    }
    if (details.prompt.name === 'login') {
      accounts.set(local.nextAccount.sub, local.nextAccount);
      await provider.interactionFinished(req, res, { login: { accountId: local.nextAccount.sub } });
      return;
    }
    const accountId = details.session?.accountId;
    const clientId = details.params.client_id;
    if (typeof accountId !== 'string' || typeof clientId !== 'string') throw new Error('no session');
    const grant = new provider.Grant({ accountId, clientId });
    grant.addOIDCScope('openid profile');
    await provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } });
  };
  handle = (req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      interaction(req, res).catch((err: unknown) => {
        res.statusCode = 500;
        res.end(String(err));
      });
      return;
    }
    void callback(req, res);
  };
  return local;
}

/** A browser enough for redirects: cookies kept per origin (host and port), redirects followed by hand. */
export class TinyBrowser {
  private readonly jars = new Map<string, Map<string, string>>();

  cookies(origin: string): Map<string, string> {
    let jar = this.jars.get(origin);
    if (!jar) this.jars.set(origin, (jar = new Map<string, string>()));
    return jar;
  }

  cookieHeader(origin: string): string {
    return [...this.cookies(origin)].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** GETs `url`, following up to 20 redirects; returns the last answer and the URL it came from. */
  async visit(url: string): Promise<{ response: Response; url: URL }> {
    let current = new URL(url);
    for (let hop = 0; hop < 20; hop++) {
      const response = await fetch(current, {
        redirect: 'manual',
        headers: { cookie: this.cookieHeader(current.origin) },
      });
      const jar = this.cookies(current.origin);
      for (const line of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = line.split(';');
        const eq = pair.indexOf('=');
        const name = pair.slice(0, eq).trim();
        const value = pair.slice(eq + 1).trim();
        const expired = attributes.some(
          (a) => /^\s*max-age=0\s*$/i.test(a) || /^\s*expires=Thu, 01 Jan 1970/i.test(a),
        );
        if (expired || value === '') jar.delete(name);
        else jar.set(name, value);
      }
      const location = response.headers.get('location');
      if (response.status < 300 || response.status >= 400 || !location) return { response, url: current };
      await response.arrayBuffer();
      current = new URL(location, current);
    }
    throw new Error(`too many redirects from ${url}`);
  }
}
