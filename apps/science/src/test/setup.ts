import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

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

// The pages compute "today" in Việt Nam time; tests pin it to the mock's day.
vi.mock('../format/today', () => ({ vnToday: () => '2026-11-23' }));
