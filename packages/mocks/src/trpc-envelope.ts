// tRPC v11 HTTP wire format (no transformer), as @trpc/client's httpLink and httpBatchLink speak it:
//   query     GET  /trpc/<path>?input=<json>                       → { result: { data } }
//   mutation  POST /trpc/<path>            body <json>             → { result: { data } }
//   batch     GET  /trpc/<a>,<b>?batch=1&input={"0":…,"1":…}       → [ {result…}, {error…} ]
//             POST /trpc/<a>,<b>?batch=1   body {"0":…,"1":…}
//   error     { error: { message, code: <JSON-RPC number>, data: { code, httpStatus, path, appCode } } }
import { http, HttpResponse, type HttpHandler } from 'msw';
import { appErrors, DomainError, type AppErrorCode } from '@skhcn/domain';

const TRPC_ERRORS = {
  PARSE_ERROR: { rpc: -32700, status: 400 },
  BAD_REQUEST: { rpc: -32600, status: 400 },
  INTERNAL_SERVER_ERROR: { rpc: -32603, status: 500 },
  UNAUTHORIZED: { rpc: -32001, status: 401 },
  FORBIDDEN: { rpc: -32003, status: 403 },
  NOT_FOUND: { rpc: -32004, status: 404 },
  CONFLICT: { rpc: -32009, status: 409 },
  PAYLOAD_TOO_LARGE: { rpc: -32013, status: 413 },
  UNSUPPORTED_MEDIA_TYPE: { rpc: -32015, status: 415 },
  TOO_MANY_REQUESTS: { rpc: -32029, status: 429 },
  SERVICE_UNAVAILABLE: { rpc: -32603, status: 503 },
} as const;

/** Throw from a mock resolver to answer with an application error (stable code, Vietnamese message). */
export class MockTrpcError extends Error {
  readonly appCode: AppErrorCode;
  /** Field issues of a BAD_INPUT error (dotted path, Vietnamese message), as the server sends them */
  readonly issues: { path: string; message: string }[] | undefined;
  constructor(appCode: AppErrorCode, message?: string, issues?: { path: string; message: string }[]) {
    super(message ?? appErrors[appCode].message);
    this.appCode = appCode;
    this.issues = issues;
  }
}

export type ProcedureType = 'query' | 'mutation';
export type MockResolver = (input: unknown) => unknown;
export interface MockProcedure {
  type: ProcedureType;
  resolve: MockResolver;
}
export type MockProcedures = Record<string, MockProcedure>;

export interface TrpcErrorEnvelope {
  error: {
    message: string;
    code: number;
    data: {
      code: string;
      httpStatus: number;
      path: string;
      appCode: string;
      issues?: { path: string; message: string }[];
    };
  };
}

export function errorEnvelope(
  path: string,
  appCode: AppErrorCode,
  message?: string,
  issues?: { path: string; message: string }[],
): TrpcErrorEnvelope {
  const key = appErrors[appCode].http;
  const { rpc, status } = TRPC_ERRORS[key];
  return {
    error: {
      message: message ?? appErrors[appCode].message,
      code: rpc,
      data: { code: key, httpStatus: status, path, appCode, ...(issues ? { issues } : {}) },
    },
  };
}

async function run(path: string, procedure: MockProcedure | undefined, type: ProcedureType, input: unknown) {
  if (!procedure || procedure.type !== type) {
    return errorEnvelope(path, 'NOT_FOUND', `Không có thủ tục tRPC "${path}" (${type}).`);
  }
  try {
    return { result: { data: await procedure.resolve(input) } };
  } catch (err) {
    if (err instanceof MockTrpcError) return errorEnvelope(path, err.appCode, err.message, err.issues);
    // the domain's own refusals (the dossier policy, the rules) keep their code and message, as on the server
    if (err instanceof DomainError) return errorEnvelope(path, err.code, err.message);
    return errorEnvelope(path, 'INTERNAL', err instanceof Error ? err.message : undefined);
  }
}

function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === '') return undefined;
  return JSON.parse(text);
}

function statusOf(envelope: unknown): number {
  const e = envelope as Partial<TrpcErrorEnvelope>;
  return e.error ? e.error.data.httpStatus : 200;
}

/**
 * msw handlers answering every procedure in `procedures` on any origin's `/trpc/…`, batched or not.
 * `lookup` is called per request so callers may swap resolvers between tests.
 */
export function trpcHandlers(lookup: (path: string) => MockProcedure | undefined): HttpHandler[] {
  const handle =
    (type: ProcedureType) =>
    async ({ request, params }: { request: Request; params: Record<string, unknown> }) => {
      const url = new URL(request.url);
      const paths = String(params.path).split(',');
      const batch = url.searchParams.get('batch') === '1';
      let raw: unknown;
      try {
        raw = type === 'query' ? parseJson(url.searchParams.get('input')) : parseJson(await request.text());
      } catch {
        const env = errorEnvelope(paths[0] ?? '', 'MALFORMED_JSON');
        return HttpResponse.json(env, { status: statusOf(env) });
      }
      if (!batch) {
        const path = paths[0] ?? '';
        const env = await run(path, lookup(path), type, raw);
        return HttpResponse.json(env, { status: statusOf(env) });
      }
      const inputs = (raw ?? {}) as Record<string, unknown>;
      const results = await Promise.all(
        paths.map((path, i) => run(path, lookup(path), type, inputs[String(i)])),
      );
      const statuses = new Set(results.map(statusOf));
      const [only] = statuses;
      const status = statuses.size === 1 && only !== undefined ? only : 207;
      return HttpResponse.json(results, { status });
    };
  return [http.get('*/trpc/:path', handle('query')), http.post('*/trpc/:path', handle('mutation'))];
}

/**
 * One procedure's handler, for `server.use(…)` in a test: it answers only unbatched calls to `path`
 * and lets every other request fall through to the default handlers.
 */
export function trpcOverride(path: string, type: ProcedureType, resolve: MockResolver): HttpHandler {
  const method = type === 'query' ? http.get : http.post;
  return method('*/trpc/:path', ({ request, params }) => {
    if (params.path !== path || new URL(request.url).searchParams.get('batch') === '1') return undefined;
    return handlerResolve(path, type, resolve, request);
  });
}

async function handlerResolve(path: string, type: ProcedureType, resolve: MockResolver, request: Request) {
  const url = new URL(request.url);
  const input = type === 'query' ? parseJson(url.searchParams.get('input')) : parseJson(await request.text());
  const env = await run(path, { type, resolve }, type, input);
  return HttpResponse.json(env, { status: statusOf(env) });
}
