import { federation } from '@module-federation/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress, pureModules, sharedSingletons } from '@skhcn/config-vite';

// Built, the server serves this app at /apps/science/ (remoteEntry.js there). `pnpm dev` runs it alone
// at http://localhost:5175/ with msw answering tRPC.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? '/apps/science/' : '/',
  plugins: [
    react(),
    federation({
      name: 'science',
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
