// Singletons shared between the shell (host) and every field app (remote) through module federation.
// Keep this list identical in apps/*/vite.config.ts: one React, one QueryClient, one tRPC client.
const singleton = { singleton: true } as const;

export const sharedSingletons = {
  react: singleton,
  'react/': singleton,
  'react-dom': singleton,
  'react-dom/': singleton,
  '@tanstack/react-query': singleton,
  '@tanstack/query-core': singleton,
  'react-router': singleton,
  '@trpc/client': singleton,
  '@trpc/tanstack-react-query': singleton,
  '@skhcn/api-client': singleton,
};
