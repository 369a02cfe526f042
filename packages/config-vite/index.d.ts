type Singleton = { readonly singleton: true };

export declare const sharedSingletons: Readonly<Record<string, Singleton>>;

export declare const pureModules: Readonly<{
  moduleSideEffects: { test: RegExp; sideEffects: false }[];
}>;
