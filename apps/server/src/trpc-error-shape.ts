import { appErrors, type AppErrorCode } from '@skhcn/domain';

/** JSON-RPC error codes tRPC uses for each HTTP-ish code. */
const JSONRPC_CODES: Record<string, number> = {
  PARSE_ERROR: -32700,
  BAD_REQUEST: -32600,
  INTERNAL_SERVER_ERROR: -32603,
  UNAUTHORIZED: -32001,
  FORBIDDEN: -32003,
  NOT_FOUND: -32004,
  METHOD_NOT_SUPPORTED: -32005,
  PAYLOAD_TOO_LARGE: -32013,
  UNSUPPORTED_MEDIA_TYPE: -32015,
  TOO_MANY_REQUESTS: -32029,
};

const HTTP_STATUS: Record<string, number> = {
  PARSE_ERROR: 400,
  BAD_REQUEST: 400,
  INTERNAL_SERVER_ERROR: 500,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  METHOD_NOT_SUPPORTED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
};

export interface TrpcErrorEnvelope {
  error: {
    message: string;
    code: number;
    data: { code: string; httpStatus: number; appCode: AppErrorCode; path?: string };
  };
}

/** The tRPC procedure path(s) of a /trpc URL: "/trpc/a.b,c.d?batch=1" → ["a.b", "c.d"]. */
export function trpcPaths(url: string): { paths: string[]; batch: boolean } {
  const u = new URL(url, 'http://localhost');
  const raw = decodeURIComponent(u.pathname.replace(/^\/trpc\/?/, ''));
  const batch = u.searchParams.get('batch') === '1';
  const paths = raw ? (batch ? raw.split(',') : [raw]) : [''];
  return { paths, batch };
}

/**
 * An error answered outside tRPC (CSRF, body parsing, size) in tRPC's JSON error shape, so the client sees the
 * same `data.appCode` and Vietnamese `message` as for errors raised inside procedures. Batched calls get one
 * error per call.
 */
export function trpcErrorBody(
  url: string,
  appCode: AppErrorCode,
  opts: { message?: string; trpcCode?: string; httpStatus?: number } = {},
): { status: number; body: TrpcErrorEnvelope | TrpcErrorEnvelope[] } {
  const trpcCode = opts.trpcCode ?? appErrors[appCode].http;
  const status = opts.httpStatus ?? HTTP_STATUS[trpcCode] ?? 500;
  const { paths, batch } = trpcPaths(url);
  const one = (path: string): TrpcErrorEnvelope => ({
    error: {
      message: opts.message ?? appErrors[appCode].message,
      code: JSONRPC_CODES[trpcCode] ?? -32603,
      data: { code: trpcCode, httpStatus: status, appCode, ...(path ? { path } : {}) },
    },
  });
  return { status, body: batch ? paths.map(one) : one(paths[0] ?? '') };
}
