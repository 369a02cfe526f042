/** Shared Vitest presets: node for packages and the server, jsdom for apps. */
export const nodePreset = {
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 20000, hookTimeout: 60000 },
};
export const domPreset = {
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    testTimeout: 20000,
    css: false,
  },
};
