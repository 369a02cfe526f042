import { defineConfig } from 'vitest/config';
import { domPreset } from '@skhcn/config-vitest';

export default defineConfig(domPreset);
