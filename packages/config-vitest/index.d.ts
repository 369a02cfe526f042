// Types of the presets, written out rather than imported from vitest: the package resolving `vitest/config` here
// could be another copy than the one of the package whose vitest.config.ts uses them.
export declare const nodePreset: {
  test: { environment: 'node'; include: string[]; testTimeout: number; hookTimeout: number };
};
export declare const domPreset: {
  test: { environment: 'jsdom'; include: string[]; testTimeout: number; css: boolean };
};
