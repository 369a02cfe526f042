import react from '@vitejs/plugin-react';
import { defineConfig, mergeConfig } from 'vitest/config';
import { domPreset } from '@skhcn/config-vitest';

export default mergeConfig(
  domPreset,
  defineConfig({ plugins: [react()], test: { setupFiles: ['./src/testing/setup.ts'] } }),
);
