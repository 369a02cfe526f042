import { defineConfig, mergeConfig } from 'vitest/config';
import { domPreset } from '@skhcn/config-vitest';

export default mergeConfig(domPreset, defineConfig({ test: { setupFiles: ['./src/test-setup.ts'] } }));
