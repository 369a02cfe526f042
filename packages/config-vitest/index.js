/**
 * Shared Vitest presets: node for packages and the server, jsdom for apps. The time limits are generous on purpose:
 * the test command runs every package's tests at once on 2 cores, where a database set-up or a screen test that
 * types into date fields takes many times longer than alone (speed is measured by the benchmarks, not here).
 */
export const nodePreset = {
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 90000, hookTimeout: 180000 },
};
export const domPreset = {
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 90000,
    hookTimeout: 180000,
    css: false,
  },
};
