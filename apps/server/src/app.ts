import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { constants as zlib } from 'node:zlib';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import {
  appRouter,
  createContext,
  createSessionCache,
  platformExtensions,
  resolveSession,
  type EngineExtensions,
  type ResolvedSession,
} from '@skhcn/api';
import { logDenial, ping, randomToken, type DatabaseHandle } from '@skhcn/db';
import type { OidcSettings } from './auth/oidc-settings';
import { registerOidcRoutes } from './auth/oidc.routes';
import type { DocumentCache } from './documents/document-cache';
import { workerPdfRenderer, type PdfRenderer } from './documents/pdf-renderer';
import { registerDocumentRoutes } from './documents/documents.routes';
import { registerDtiRoutes } from './dti/dti.routes';
import { DiskFileStore, defaultDataDir, type FileStore } from './files/file-store';
import { registerFileRoutes, type FileRoutesOptions } from './files/files.routes';
import { registerMetrics } from './observability/metrics';
import { REMOTE_APPS, resolveWebRoot } from './paths';
import { registerReportRoutes } from './reports/reports.routes';
import { registerLicensingReportRoutes } from './reports/licensing-report.routes';
import { registerScienceReportRoutes } from './reports/science-report.routes';
import { registerScienceDocumentRoutes } from './documents/science-documents.routes';
import { DEV_SESSION_SECRET } from './startup-check';
import { trpcErrorBody, trpcPaths } from './trpc-error-shape';
import { trpcRoute } from './trpc-route';

export const SESSION_COOKIE = 'skhcn_session';
/** The origin printed in documents when PUBLIC_ORIGIN is unset (development only: production requires it) */
export const DEV_PUBLIC_ORIGIN = 'http://localhost:3000';
export const CSRF_COOKIE = 'skhcn_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const BODY_LIMIT = 1024 * 1024;
/**
 * The shell and the remotes are built bundles served from this origin: no inline or evaluated script, no framing
 * by other sites, nothing fetched elsewhere. Inline style attributes stay allowed (React's style prop, the date
 * fields' positioning). Sent on every answer (a PDF or JSON opened as a page gets the same rules).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');
/** HTTPS only for a year, subdomains included (production, which runs behind HTTPS) */
export const HSTS = 'max-age=31536000; includeSubDomains';
/** A request id a proxy may pass on (X-Request-Id); anything else gets a new UUID */
const REQUEST_ID = /^[\w.:-]{8,128}$/;
/** Most calls one batched tRPC request may carry (the client's batch link splits at the same size). */
export const MAX_BATCH_SIZE = 10;
/** Longest request URL (path and query) answered; longer ones get 414 (the client's batch link stays below). */
export const MAX_URL_LENGTH = 8192;
/** Procedures that must come alone: batching them would multiply guesses per request. */
const UNBATCHABLE = new Set(['auth.signIn']);

export interface BuildAppOptions {
  database: DatabaseHandle;
  /** Directory holding apps/shell/dist and apps/<remote>/dist; defaults to the repository root */
  webRoot?: string;
  /** Running in production (NODE_ENV=production): secure cookies by default, no stack traces in errors */
  production?: boolean;
  /** Secure flag on cookies (HTTPS); defaults to `production` */
  secureCookies?: boolean;
  /**
   * Origin of public links and QR codes (PUBLIC_ORIGIN, required in production); `http://localhost:3000` without
   * it. Never taken from the request's Host header, which the client chooses.
   */
  publicOrigin?: string | undefined;
  /** Rendered issued documents; a fresh cache without it */
  documentCache?: DocumentCache;
  /** Where PDFs are rendered; a pool of worker threads without it (closed with the app) */
  pdfRenderer?: PdfRenderer;
  /** Bearer token for /metrics (METRICS_TOKEN); without it only loopback addresses may read the metrics */
  metricsToken?: string | undefined;
  /** Secret for @fastify/cookie */
  cookieSecret?: string;
  logger?: FastifyServerOptions['logger'];
  /**
   * Which proxies may say who the client is (X-Forwarded-For): a hop count or their addresses (TRUST_PROXY);
   * none by default. Never "any": a client could then choose its own address.
   */
  trustProxy?: false | number | string[];
  /** Where uploads are stored; defaults to files on disk under <repo>/.data/files */
  fileStore?: FileStore;
  /** Uploads per account in a rolling window; UPLOAD_LIMITS (packages/domain) by default */
  uploadQuota?: FileRoutesOptions['quota'];
  /** What the fields and integrations add to the one-stop engine; defaults to the whole platform's */
  extensions?: EngineExtensions;
  /**
   * Applicants' OpenID Connect provider (OIDC_*); without it the sign-in page shows no identity button. A plain
   * http:// provider is accepted outside production only.
   */
  oidc?: OidcSettings | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
    csrfToken: string;
  }
}

function isTrpc(url: string): boolean {
  return url === '/trpc' || url.startsWith('/trpc/') || url.startsWith('/trpc?');
}

function sendTrpcError(
  reply: FastifyReply,
  url: string,
  ...args: Parameters<typeof trpcErrorBody> extends [string, ...infer R] ? R : never
) {
  const { status, body } = trpcErrorBody(url, ...args);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * fastify's trustProxy for TRUST_PROXY. A hop count becomes "trust the first n addresses of the chain" (the peer and
 * the n-1 proxies before it: the client is the address the outermost proxy saw); fastify itself refuses to trust a
 * bare count. Addresses are safer when the server's port can be reached without the proxy.
 */
export function proxyTrust(
  trust: false | number | string[],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trust === 'number') return trust > 0 ? (_address, hop) => hop < trust : false;
  return trust;
}

/** An error outside any procedure: tRPC's shape for /trpc URLs (per call of a batch), the same envelope elsewhere. */
function sendError(
  reply: FastifyReply,
  url: string,
  ...args: Parameters<typeof trpcErrorBody> extends [string, ...infer R] ? R : never
) {
  const { status, body } = trpcErrorBody(isTrpc(url) ? url : '/trpc', ...args);
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}

/**
 * Errors Node's HTTP parser raises before fastify sees a request (headers over 16 KiB, a broken request line):
 * the same typed Vietnamese error envelope, written on the socket.
 */
function clientErrorHandler(this: FastifyInstance, err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, appCode] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ([431, 'HEADERS_TOO_LARGE'] as const)
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ([408, 'BAD_INPUT'] as const)
        : ([400, 'BAD_INPUT'] as const);
  const body = JSON.stringify(trpcErrorBody('/trpc', appCode, { httpStatus: status }).body);
  this.log.debug({ err }, 'client error');
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { database } = options;
  const db = database.db;
  const extensions = options.extensions ?? platformExtensions();
  const production = options.production ?? false;
  const origin = (options.publicOrigin ?? DEV_PUBLIC_ORIGIN).replace(/\/+$/, '');
  const secure = options.secureCookies ?? production;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    trustProxy: proxyTrust(options.trustProxy ?? false),
    routerOptions: { maxParamLength: 5000 },
    clientErrorHandler,
    // every log line of a request carries its id (reqId); a proxy's well-formed X-Request-Id is kept
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  registerMetrics(app, { db, token: options.metricsToken });
  // each session resolved once per few seconds, dropped at once when it ends or changes (see SessionCache)
  const sessionCache = await createSessionCache(database, {
    onLost: (err) => app.log.error({ err }, 'session change notifications lost: session cache off'),
  });
  app.addHook('onClose', () => sessionCache.close());

  // API answers above 1 KB (an inbox page, the catalog, a report's JSON) go out as brotli or gzip, as the browser
  // accepts; the built files already are (preCompressed below), and PDFs and spreadsheets are compressed formats.
  // Brotli at quality 4 for these answers made on the fly (zlib's default, 11, is meant for files built once: it
  // cost more CPU than the rest of an inbox request)
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
    syncThreshold: 65536,
  });
  await app.register(fastifyCookie, { secret: options.cookieSecret ?? DEV_SESSION_SECRET });
  app.decorateRequest('session', null);
  app.decorateRequest('csrfToken', '');

  const cookieBase = { path: '/', sameSite: 'lax' as const, secure };

  // Batch rules, session, CSRF cookie and the CSRF check, before any body is parsed.
  app.addHook('onRequest', async (req, reply) => {
    const url = req.url;
    if (url.length > MAX_URL_LENGTH) {
      return sendError(reply, '/trpc', 'URI_TOO_LONG', { trpcCode: 'BAD_REQUEST', httpStatus: 414 });
    }
    if (isTrpc(url)) {
      const { paths, batch } = trpcPaths(url);
      if (batch && paths.length > MAX_BATCH_SIZE) {
        return sendTrpcError(reply, url, 'BAD_INPUT', {
          message: `Một yêu cầu gộp được tối đa ${MAX_BATCH_SIZE} lời gọi.`,
        });
      }
      if (batch && paths.length > 1 && paths.some((p) => UNBATCHABLE.has(p))) {
        return sendTrpcError(reply, url, 'BAD_INPUT', {
          message: 'Đăng nhập phải được gửi riêng, không gộp với lời gọi khác.',
        });
      }
    }
    if (isTrpc(url)) {
      const token = req.cookies[SESSION_COOKIE];
      req.session = token ? await resolveSession(db, token, new Date(), sessionCache) : null;
      if (token && !req.session) reply.clearCookie(SESSION_COOKIE, { path: '/' });
    } else if (url.startsWith('/api/') && !url.startsWith('/api/public/')) {
      // the signed-in routes outside tRPC (files, documents, reports, DTI evidence) hold back a person on a
      // temporary password as the procedures do
      const token = req.cookies[SESSION_COOKIE];
      const session = token ? await resolveSession(db, token, new Date(), sessionCache) : null;
      if (session?.user.passwordChangeRequired) {
        return sendError(reply, url, 'PASSWORD_CHANGE_REQUIRED', { trpcCode: 'FORBIDDEN', httpStatus: 403 });
      }
    }
    const cookieCsrf = req.cookies[CSRF_COOKIE];
    req.csrfToken = cookieCsrf || req.session?.csrfToken || randomToken();
    if (!cookieCsrf) reply.setCookie(CSRF_COOKIE, req.csrfToken, { ...cookieBase, httpOnly: false });

    if (isTrpc(url) && req.method === 'POST') {
      const header = req.headers[CSRF_HEADER];
      const sent = Array.isArray(header) ? header[0] : header;
      const expected = req.session?.csrfToken;
      const ok = !!cookieCsrf && sent === cookieCsrf && (expected === undefined || expected === sent);
      if (!ok) {
        const { paths } = trpcPaths(url);
        await logDenial(db, {
          userId: req.session?.user.id ?? null,
          username: req.session?.user.username ?? null,
          ip: req.ip,
          path: paths.join(','),
          code: 'CSRF',
          reason: !sent ? 'Thiếu mã chống giả mạo (x-csrf-token).' : 'Mã chống giả mạo không khớp.',
        }).catch((err: unknown) => req.log.error({ err }, 'could not log a CSRF denial'));
        return sendTrpcError(reply, url, 'CSRF');
      }
    }
  });

  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('x-request-id', req.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
    reply.header('x-frame-options', 'DENY');
    reply.header('content-security-policy', CONTENT_SECURITY_POLICY);
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (production) reply.header('strict-transport-security', HSTS);
    return payload;
  });

  // Errors fastify raises before tRPC (body size, malformed JSON, media type): never a 500.
  app.setErrorHandler((error: FastifyError, req, reply) => {
    const status = error.statusCode ?? 500;
    const trpc = isTrpc(req.url);
    let appCode: 'PAYLOAD_TOO_LARGE' | 'MALFORMED_JSON' | 'UNSUPPORTED_MEDIA_TYPE' | 'BAD_INPUT' | 'INTERNAL';
    if (status === 413) appCode = 'PAYLOAD_TOO_LARGE';
    else if (status === 415) appCode = 'UNSUPPORTED_MEDIA_TYPE';
    else if (error.code?.startsWith('FST_ERR_CTP_') && status === 400) appCode = 'MALFORMED_JSON';
    else if (status >= 400 && status < 500) appCode = 'BAD_INPUT';
    else appCode = 'INTERNAL';
    if (appCode === 'INTERNAL') req.log.error({ err: error }, 'unhandled error');
    const trpcCode = {
      PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
      UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
      MALFORMED_JSON: 'PARSE_ERROR',
      BAD_INPUT: 'BAD_REQUEST',
      INTERNAL: 'INTERNAL_SERVER_ERROR',
    }[appCode];
    const httpStatus = appCode === 'INTERNAL' ? 500 : status;
    if (trpc) return sendTrpcError(reply, req.url, appCode, { trpcCode, httpStatus });
    const { body } = trpcErrorBody('/trpc', appCode, { trpcCode, httpStatus });
    return reply.code(httpStatus).send(body);
  });

  app.get('/healthz', async (_req, reply) => {
    try {
      await ping(db);
      return { status: 'ok', db: database.kind };
    } catch (err) {
      app.log.error({ err }, 'health check failed');
      return reply.code(503).send({ status: 'error', db: database.kind });
    }
  });

  await trpcRoute(app, {
    router: appRouter,
    maxBatchSize: MAX_BATCH_SIZE,
    createContext: ({ req, res }) =>
      createContext({
        db,
        extensions,
        user: req.session?.user ?? null,
        sessionId: req.session?.sessionId ?? null,
        ip: req.ip,
        logger: req.log,
        csrfToken: req.csrfToken,
        production,
        publicOrigin: origin,
        oidcEnabled: options.oidc !== undefined,
        // the reply fastify returns is thenable: these callbacks set a header and return nothing
        setSessionCookie: (token, expiresAt) => {
          res.setCookie(SESSION_COOKIE, token, { ...cookieBase, httpOnly: true, expires: expiresAt });
        },
        clearSessionCookie: () => {
          res.clearCookie(SESSION_COOKIE, { ...cookieBase, httpOnly: true });
        },
        setCsrfToken: (token) => {
          res.setCookie(CSRF_COOKIE, token, { ...cookieBase, httpOnly: false });
        },
      }),
    onError: ({ error, path, req }) => {
      if (error.code === 'INTERNAL_SERVER_ERROR')
        req.log.error({ err: error.cause ?? error, path }, 'tRPC internal error');
    },
  });

  if (options.oidc) {
    registerOidcRoutes(app, {
      db,
      settings: options.oidc,
      allowHttp: !production,
      sessionCookie: SESSION_COOKIE,
      csrfCookie: CSRF_COOKIE,
      cookieBase,
    });
  } else {
    // an old link or bookmark to the identity sign-in: the sign-in page says it is not offered here
    app.get('/auth/oidc/*', (_req, reply) => reply.redirect('/dang-nhap?loi=OIDC_NOT_CONFIGURED', 303));
  }

  await registerFileRoutes(app, {
    db,
    store: options.fileStore ?? new DiskFileStore(join(defaultDataDir(), 'files')),
    sessionCookie: SESSION_COOKIE,
    csrfCookie: CSRF_COOKIE,
    csrfHeader: CSRF_HEADER,
    ...(options.uploadQuota ? { quota: options.uploadQuota } : {}),
  });

  const pdfRenderer = options.pdfRenderer ?? workerPdfRenderer();
  if (!options.pdfRenderer) app.addHook('onClose', () => pdfRenderer.close());
  registerDocumentRoutes(app, {
    db,
    renderer: pdfRenderer,
    sessionCookie: SESSION_COOKIE,
    publicOrigin: origin,
    ...(options.documentCache ? { cache: options.documentCache } : {}),
  });
  registerReportRoutes(app, { db, extensions, sessionCookie: SESSION_COOKIE });
  registerScienceDocumentRoutes(app, {
    db,
    sessionCookie: SESSION_COOKIE,
    publicOrigin: origin,
    renderer: pdfRenderer,
  });
  registerScienceReportRoutes(app, { db, extensions, sessionCookie: SESSION_COOKIE });
  registerLicensingReportRoutes(app, { db, extensions, sessionCookie: SESSION_COOKIE });
  await registerDtiRoutes(app, {
    db,
    extensions,
    publicOrigin: origin,
    sessionCookie: SESSION_COOKIE,
    csrfCookie: CSRF_COOKIE,
    csrfHeader: CSRF_HEADER,
  });

  registerStatic(app, options.webRoot ?? resolveWebRoot());
  return app;
}

/** Hashed build assets are immutable; everything else (index.html, remoteEntry.js) is revalidated. */
function setHeaders(res: { setHeader(name: string, value: string): unknown }, filePath: string): void {
  const hashed = /[\\/]assets[\\/]/.test(filePath);
  res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  // text files exist as .br / .gz too: a cache must key them by what the browser accepts
  if (/\.(?:js|mjs|css|html|json|svg)(?:\.br|\.gz)?$/.test(filePath))
    res.setHeader('vary', 'accept-encoding');
}

/** msw's worker answers tRPC with mock data: never served, even if a build left it in a dist folder. */
const notMockWorker = (pathName: string) => !pathName.endsWith('/mockServiceWorker.js');

/** The built shell at / (SPA fallback to index.html) and each remote at /apps/<name>/. */
function registerStatic(app: FastifyInstance, webRoot: string): void {
  const shellDist = join(webRoot, 'apps', 'shell', 'dist');
  const hasShell = existsSync(join(shellDist, 'index.html'));
  if (hasShell) {
    void app.register(fastifyStatic, {
      root: shellDist,
      prefix: '/',
      wildcard: true,
      index: ['index.html'],
      cacheControl: false,
      // the .br / .gz written at build time (precompress() in @skhcn/config-vite), as the browser accepts
      preCompressed: true,
      setHeaders,
      allowedPath: notMockWorker,
    });
  } else {
    app.log.warn({ shellDist }, 'shell not built: / serves a placeholder');
  }
  for (const name of REMOTE_APPS) {
    const dist = join(webRoot, 'apps', name, 'dist');
    if (!existsSync(dist)) {
      app.log.warn({ dist }, `remote app "${name}" not built`);
      continue;
    }
    void app.register(fastifyStatic, {
      root: dist,
      prefix: `/apps/${name}/`,
      decorateReply: false,
      wildcard: true,
      cacheControl: false,
      // the .br / .gz written at build time (precompress() in @skhcn/config-vite), as the browser accepts
      preCompressed: true,
      setHeaders,
      allowedPath: notMockWorker,
    });
  }

  app.setNotFoundHandler((req: FastifyRequest, reply: FastifyReply) => {
    const path = req.url.split('?')[0] ?? '/';
    if (isTrpc(path)) return sendTrpcError(reply, req.url, 'NOT_FOUND');
    // Browser navigations (Accept: text/html) get the shell even when the path has a dot (e.g. /thu-tuc/tdc.hop-quy);
    // other requests for missing files get a 404.
    const navigation = (req.headers.accept ?? '').includes('text/html') || !/\.[a-z0-9]+$/i.test(path);
    const spaRoute = req.method === 'GET' && path !== '/healthz' && !path.startsWith('/apps/') && navigation;
    if (spaRoute && hasShell) {
      return reply
        .header('cache-control', 'no-cache')
        .type('text/html; charset=utf-8')
        .sendFile('index.html', shellDist);
    }
    if (spaRoute) {
      return reply
        .type('text/html; charset=utf-8')
        .send(
          '<!doctype html><html lang="vi"><meta charset="utf-8"><title>Sở KH&amp;CN</title><p>Giao diện chưa được build. Chạy <code>pnpm build</code>.</p></html>',
        );
    }
    const notFound = {
      error: {
        message: 'Không tìm thấy tài nguyên được yêu cầu.',
        data: { appCode: 'NOT_FOUND', httpStatus: 404 },
      },
    };
    return reply.code(404).send(notFound);
  });
}
