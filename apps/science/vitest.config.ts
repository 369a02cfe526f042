import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';
import { domPreset } from '@skhcn/config-vitest';

// No module federation here: tests render the app with msw answering tRPC.
export default mergeConfig(
  domPreset,
  defineConfig({ plugins: [react()], test: { setupFiles: ['./src/test/setup.ts'] } }),
);
