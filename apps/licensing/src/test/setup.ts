import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());

// Lazily loaded pages compile on first use; on a loaded 2-core CI machine that takes longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });

// jsdom has no ResizeObserver (recharts' ResponsiveContainer uses it).
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
