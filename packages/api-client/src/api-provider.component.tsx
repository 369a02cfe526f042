import type { AppRouter } from '@skhcn/api';
import { QueryClientProvider } from '@tanstack/react-query';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import type { ReactNode } from 'react';
import type { ApiClients } from './api-client';

/** The typed tRPC react context: `const trpc = useTRPC(); useQuery(trpc.fields.map.queryOptions())`. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export interface ApiProviderProps {
  clients: ApiClients;
  children?: ReactNode;
}

/** QueryClientProvider + TRPCProvider for the given clients (the shell's, or a standalone app's). */
export function ApiProvider({ clients, children }: ApiProviderProps) {
  return (
    <QueryClientProvider client={clients.queryClient}>
      <TRPCProvider trpcClient={clients.trpcClient} queryClient={clients.queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
