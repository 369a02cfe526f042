import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Same singletons as apps/shell/federation.shared.ts: one React, one QueryClient, one tRPC client.
const singleton = { singleton: true } as const;
const shared = {
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

// Built, the server serves this app at /apps/conformity/ (remoteEntry.js there). `pnpm dev` runs it alone
// at http://localhost:5174/ with msw answering tRPC.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/apps/conformity/' : '/',
  plugins: [
    react(),
    federation({
      name: 'conformity',
      filename: 'remoteEntry.js',
      exposes: { './App': './src/app.tsx', './PublicRegistry': './src/public-registry.tsx' },
      shared,
      dts: false,
    }),
  ],
  build: {
    target: 'esnext',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      // As in the shell: @skhcn/domain is pure data and functions; let pages keep only what they use.
      treeshake: {
        moduleSideEffects: [
          { test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false },
          { test: /[\\/]node_modules[\\/].*zod[\\/]/, sideEffects: false },
        ],
      },
    },
  },
  server: { port: 5174, strictPort: true },
  preview: { port: 4174 },
}));
