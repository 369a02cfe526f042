import { TRPCClientError } from '@trpc/client';

export const NETWORK_ERROR_MESSAGE = 'Không kết nối được máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.';
export const UNKNOWN_ERROR_MESSAGE = 'Đã xảy ra lỗi ngoài dự kiến. Vui lòng thử lại.';

/** The stable application error code (`data.appCode`) of a failed call, if the server sent one. */
export function getAppCode(error: unknown): string | undefined {
  if (error instanceof TRPCClientError) {
    const data = error.data as { appCode?: unknown } | undefined | null;
    if (data && typeof data.appCode === 'string') return data.appCode;
  }
  return undefined;
}

/** A Vietnamese message to show for a failed call: the server's message, or a network message. */
export function getErrorMessage(error: unknown): string {
  if (error instanceof TRPCClientError) {
    // No `data`/`shape` means the server never answered with a tRPC envelope (offline, proxy error…).
    if (error.shape === undefined && error.data === undefined) return NETWORK_ERROR_MESSAGE;
    return error.message || UNKNOWN_ERROR_MESSAGE;
  }
  return UNKNOWN_ERROR_MESSAGE;
}
