import { createContext, createElement, useContext, type ReactNode } from 'react';

/** Today as an ISO date in Việt Nam (UTC+7). */
export function vnToday(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

const TodayContext = createContext<string | null>(null);

/** Pins "today" for the screens below (tests, or a demo on a fixed day); otherwise the clock decides. */
export function TodayProvider({ today, children }: { today: string; children: ReactNode }) {
  return createElement(TodayContext.Provider, { value: today }, children);
}

/** Today in Việt Nam, as the screens compare dates (a pinned day in tests). */
export function useToday(): string {
  return useContext(TodayContext) ?? vnToday();
}
