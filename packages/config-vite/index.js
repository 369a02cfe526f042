// Vite settings every front-end of the platform shares: the host (apps/shell) and every field app (remote).
// Plain JavaScript so that Vite can load it from a config file without a TypeScript step.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

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

/** Text files worth compressing (images and fonts are compressed already). */
const COMPRESSIBLE = /\.(?:js|mjs|css|html|json|svg|txt|map)$/;

/**
 * Writes `<file>.br` and `<file>.gz` beside every built text file above 1 KB, once at build time, at the highest
 * levels (a request never pays for them): the server (@fastify/static `preCompressed`) sends the one the browser
 * accepts. Node's zlib does both, so no dependency.
 */
export function precompress() {
  /** @type {string} */
  let outDir = 'dist';
  return {
    name: 'skhcn-precompress',
    apply: 'build',
    /** @param {{ root: string, build: { outDir: string } }} config */
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle() {
      /** @param {string} dir */
      const walk = (dir) => {
        for (const name of readdirSync(dir)) {
          const path = join(dir, name);
          if (statSync(path).isDirectory()) walk(path);
          else if (COMPRESSIBLE.test(name) && !name.endsWith('mockServiceWorker.js')) {
            const bytes = readFileSync(path);
            if (bytes.length < 1024) continue;
            writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
            writeFileSync(
              `${path}.br`,
              brotliCompressSync(bytes, {
                params: {
                  [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                  [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
                },
              }),
            );
          }
        }
      };
      walk(outDir);
    },
  };
}
