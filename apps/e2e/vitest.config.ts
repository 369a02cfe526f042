import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian Chromium against the built server; one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/**/*.e2e.test.ts'],
    testTimeout: 60000,
    hookTimeout: 120000,
    fileParallelism: false,
  },
});
