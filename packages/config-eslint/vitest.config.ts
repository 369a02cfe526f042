import { defineConfig } from 'vitest/config';

// ESLint with type information on several real packages: slower than a unit test.
export default defineConfig({
  test: { environment: 'node', include: ['*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 },
});
