import { defineConfig } from 'vitest/config';
import { nodePreset } from '@skhcn/config-vitest';

export default defineConfig(nodePreset);
