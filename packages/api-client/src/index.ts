// @skhcn/api-client: the typed tRPC client, the QueryClient and the tRPC react context.
// Shared as a module-federation singleton so field apps use the shell's clients.
import type { AppRouter } from '@skhcn/api';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

export {
  createApiClients,
  createQueryClient,
  createTrpcClient,
  defaultTrpcUrl,
  errorHttpStatus,
  getApiClient,
  hasApiClient,
  resetApiClient,
  type ApiClientOptions,
  type ApiClients,
  type ApiTrpcClient,
} from './api-client';
export {
  ApiProvider,
  TRPCProvider,
  useTRPC,
  useTRPCClient,
  type ApiProviderProps,
} from './api-provider.component';
export { getAppCode, getErrorMessage, NETWORK_ERROR_MESSAGE, UNKNOWN_ERROR_MESSAGE } from './api-error';
export { CSRF_COOKIE, CSRF_HEADER, csrfHeaders, readCookie } from './csrf';

export type { AppRouter };
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
export {
  ACCEPTED_UPLOAD_TYPES,
  checkFileBeforeUpload,
  MAX_UPLOAD_BYTES,
  UPLOAD_ACCEPT_ATTRIBUTE,
  UploadError,
  uploadFile,
  type UploadedFile,
} from './file-upload';
