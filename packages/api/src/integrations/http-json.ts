// A small fetch wrapper for the national systems: JSON in and out, a hard timeout, and failures turned into an
// IntegrationError with a Vietnamese message that the integrations screen shows as the last error.

export class IntegrationError extends Error {
  constructor(
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = 'IntegrationError';
  }
}

export interface HttpOptions {
  baseUrl: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Joins the base URL (with or without a trailing slash) and a path. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/**
 * Calls `method path` with an optional JSON body. Resolves with the response when its status is 2xx or listed in
 * `accept`; otherwise, on a timeout or a network failure, rejects with an IntegrationError.
 */
export async function callJson(
  opts: HttpOptions,
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  accept: readonly number[] = [],
): Promise<Response> {
  const doFetch = opts.fetch ?? fetch;
  let res: Response;
  try {
    res = await doFetch(joinUrl(opts.baseUrl, path), {
      method,
      headers: {
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new IntegrationError(
        `Hệ thống không phản hồi trong ${(opts.timeoutMs / 1000).toLocaleString('vi-VN')} giây.`,
      );
    }
    const reason = err instanceof Error ? (err.cause instanceof Error ? err.cause.message : err.message) : '';
    throw new IntegrationError(`Không kết nối được tới hệ thống${reason ? ` (${reason})` : ''}.`);
  }
  if (!res.ok && !accept.includes(res.status)) {
    // drain the body so the connection is released
    await res.text().catch(() => '');
    throw new IntegrationError(`Hệ thống trả về lỗi HTTP ${res.status}.`, res.status);
  }
  return res;
}

/** The JSON body of a response, or an IntegrationError when it is not JSON. */
export async function jsonBody(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    throw new IntegrationError('Hệ thống trả về dữ liệu không đúng định dạng JSON.', res.status);
  }
}
