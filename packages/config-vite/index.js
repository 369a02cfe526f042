// Vite settings every front-end of the platform shares: the host (apps/shell) and every field app (remote).
// Plain JavaScript so that Vite can load it from a config file without a TypeScript step.

const singleton = { singleton: true };

/**
 * Singletons shared through module federation: one React, one QueryClient, one tRPC client, one router.
 * Host and remotes must declare the same list, or a remote would bring a second React.
 */
export const sharedSingletons = Object.freeze({
  react: singleton,
  'react/': singleton,
  'react-dom': singleton,
  'react-dom/': singleton,
  '@tanstack/react-query': singleton,
  '@tanstack/query-core': singleton,
  'react-router': singleton,
  '@trpc/client': singleton,
  '@trpc/tanstack-react-query': singleton,
  '@skhcn/api-client': singleton,
});
// react-aria-components and @internationalized/date (the date fields of @skhcn/ui) are deliberately not shared:
// a shared package is bundled whole, not tree-shaken. Measured on the conformity app: sharing them made every
// page load a 199 KB gzip chunk, while unshared only the pages with a date field load about 70 KB.

/**
 * Rolldown tree-shaking hints: @skhcn/domain is pure data and functions (no I/O, no global effects) but declares
 * no "sideEffects" field; zod neither. Let the bundler drop what a page does not use (procedure catalog, schemas).
 */
export const pureModules = Object.freeze({
  moduleSideEffects: [
    { test: /packages[\\/]domain[\\/]src[\\/]/, sideEffects: false },
    { test: /[\\/]node_modules[\\/].*zod[\\/]/, sideEffects: false },
  ],
});
