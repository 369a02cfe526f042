import type { AppRouter } from '@skhcn/api';
import { QueryCache, QueryClient } from '@tanstack/react-query';
import {
  createTRPCClient,
  httpBatchLink,
  httpLink,
  splitLink,
  TRPCClientError,
  type TRPCClient,
} from '@trpc/client';
import { getAppCode } from './api-error';
import { csrfHeaders } from './csrf';

/** tRPC's query key prefix of auth.me (queryKey() of the options proxy). */
export const AUTH_ME_KEY = [['auth', 'me']] as const;

export type ApiTrpcClient = TRPCClient<AppRouter>;

export interface ApiClients {
  queryClient: QueryClient;
  trpcClient: ApiTrpcClient;
}

export interface ApiClientOptions {
  /** tRPC endpoint; defaults to `${location.origin}/trpc` (same origin as the page). */
  url?: string;
  /** Batch requests (production). Tests with msw pass false to send one request per procedure. */
  batch?: boolean;
  /** Retry failed queries (5xx and network errors only). Tests pass false. */
  retry?: boolean;
  fetch?: typeof fetch;
}

export function defaultTrpcUrl(): string {
  const origin =
    typeof window !== 'undefined' && window.location ? window.location.origin : 'http://localhost';
  return `${origin}/trpc`;
}

/** HTTP status of a failed tRPC call, when the server answered. */
export function errorHttpStatus(error: unknown): number | undefined {
  if (error instanceof TRPCClientError) {
    const data = error.data as { httpStatus?: unknown } | undefined | null;
    if (data && typeof data.httpStatus === 'number') return data.httpStatus;
  }
  return undefined;
}

export function createQueryClient(options: Pick<ApiClientOptions, 'retry'> = {}): QueryClient {
  const retryEnabled = options.retry ?? true;
  const queryClient: QueryClient = new QueryClient({
    // A query answered UNAUTHENTICATED means the session ended (expired, signed out elsewhere), and
    // PASSWORD_CHANGE_REQUIRED that an administrator just issued a temporary password: refresh auth.me so the
    // shell's route guard sends the user to the sign-in page or to the change-password page.
    queryCache: new QueryCache({
      onError: (error, query) => {
        const code = getAppCode(error);
        if (code !== 'UNAUTHENTICATED' && code !== 'PASSWORD_CHANGE_REQUIRED') return;
        const key = query.queryKey[0];
        if (Array.isArray(key) && key[0] === 'auth' && key[1] === 'me') return;
        void queryClient.invalidateQueries({ queryKey: AUTH_ME_KEY });
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx: not signed in, forbidden, not found, bad input) are final; retry the rest twice.
        retry: (failureCount, error) => {
          if (!retryEnabled) return false;
          const status = errorHttpStatus(error);
          if (status !== undefined && status >= 400 && status < 500) return false;
          return failureCount < 2;
        },
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}

/** The server's cap on calls in one batched request (apps/server MAX_BATCH_SIZE). */
export const MAX_BATCH_SIZE = 10;
/** Below the server's 414 limit (apps/server MAX_URL_LENGTH): longer batched queries are split. */
export const MAX_URL_LENGTH = 6000;
/** Procedures the server accepts only alone. */
const UNBATCHED_PROCEDURES = new Set(['auth.signIn']);

export function createTrpcClient(options: ApiClientOptions = {}): ApiTrpcClient {
  const common = {
    url: options.url ?? defaultTrpcUrl(),
    headers: csrfHeaders,
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      (options.fetch ?? globalThis.fetch)(input, { ...init, credentials: 'same-origin' }),
  };
  if (options.batch === false) return createTRPCClient<AppRouter>({ links: [httpLink(common)] });
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // the server refuses sign-in inside a batch, and batches of more than MAX_BATCH_SIZE calls
        condition: (op) => UNBATCHED_PROCEDURES.has(op.path),
        true: httpLink(common),
        false: httpBatchLink({ ...common, maxItems: MAX_BATCH_SIZE, maxURLLength: MAX_URL_LENGTH }),
      }),
    ],
  });
}

export function createApiClients(options: ApiClientOptions = {}): ApiClients {
  return { queryClient: createQueryClient(options), trpcClient: createTrpcClient(options) };
}

let instance: ApiClients | undefined;

/**
 * The one QueryClient and tRPC client of the page. The shell calls it first; a field app mounted
 * in the shell gets the same instance because `@skhcn/api-client` is a module-federation singleton.
 * Options apply only to the first call.
 */
export function getApiClient(options?: ApiClientOptions): ApiClients {
  instance ??= createApiClients(options);
  return instance;
}

/** Has a client been created on this page already (by the shell)? */
export function hasApiClient(): boolean {
  return instance !== undefined;
}

/** Tests only: forget the singleton. */
export function resetApiClient(): void {
  instance?.queryClient.clear();
  instance = undefined;
}
