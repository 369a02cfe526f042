import { federation } from '@module-federation/vite';
import optimizeLocales from '@react-aria/optimize-locales-plugin';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, pureModules, sharedSingletons } from '@skhcn/config-vite';

// Built, the server serves this app at /apps/licensing/ (remoteEntry.js there). `pnpm dev` runs it alone
// at http://localhost:5174/ with msw answering tRPC.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/apps/licensing/' : '/',
  plugins: [
    // @skhcn/ui's date fields speak Vietnamese through react-aria's page-wide dictionary, built on its English:
    // the strings of react-aria's other 33 locales are never read, so they are left out of the bundle.
    optimizeLocales.vite({ locales: ['en-US'] }),
    react(),
    federation({
      name: 'licensing',
      filename: 'remoteEntry.js',
      exposes: { './App': './src/app.tsx', './PublicRegistry': './src/public-registry.tsx' },
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
  server: { port: 5175, strictPort: true },
  preview: { port: 4175 },
}));
