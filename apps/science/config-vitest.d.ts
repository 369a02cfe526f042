// @skhcn/config-vitest is plain JavaScript; this types its presets for vitest.config.ts.
declare module '@skhcn/config-vitest' {
  import type { ViteUserConfig } from 'vitest/config';
  export const nodePreset: ViteUserConfig;
  export const domPreset: ViteUserConfig;
}
