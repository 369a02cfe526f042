type Singleton = { readonly singleton: true };

export declare const sharedSingletons: Readonly<Record<string, Singleton>>;

export declare const pureModules: Readonly<{
  moduleSideEffects: { test: RegExp; sideEffects: false }[];
}>;

/** Writes `.br` and `.gz` beside every built text file above 1 KB (served by @fastify/static `preCompressed`). */
export declare function precompress(): {
  name: string;
  apply: 'build';
  configResolved(config: { root: string; build: { outDir: string } }): void;
  closeBundle(): void;
};
