import { federation } from '@module-federation/vite';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, pureModules, sharedSingletons } from '@skhcn/config-vite';
import { viteEnv } from '@skhcn/env';

// The server (apps/server) serves this build at /, field apps at /apps/<name>/ and tRPC at /trpc: one origin.
// Field apps are registered at runtime from window.location.origin (src/remotes/federation.ts).
// @skhcn/env is TypeScript: the scripts load this file with `--configLoader runner`, which compiles it.
const apiTarget = viteEnv().SKHCN_API_URL;

export default defineConfig({
  plugins: [
    // @skhcn/ui's date fields speak Vietnamese through react-aria's page-wide dictionary, built on its English:
    // the strings of react-aria's other 33 locales are never read, so they are left out of the bundle.
    optimizeLocales.vite({ locales: ['en-US'] }),
    react(),
    federation({
      name: 'shell',
      remotes: {},
      shared: sharedSingletons,
      dts: false,
    }),
    // .br and .gz of every text file, served as the browser accepts
    precompress(),
  ],
  build: {
    target: 'esnext',
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { treeshake: pureModules },
  },
  server: {
    port: 5173,
    proxy: { '/trpc': apiTarget, '/apps': apiTarget },
  },
  preview: { port: 4173, proxy: { '/trpc': apiTarget, '/apps': apiTarget } },
});
