// Bundles the server with the @skhcn/* workspace packages (they export TypeScript source) into dist/main.js.
// The server's own npm dependencies stay external (resolved from apps/server/node_modules); anything else a
// workspace package needs (e.g. the lunar calendar of @skhcn/domain) is bundled.
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const pkg = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const external = Object.keys(pkg.dependencies ?? {})
  .filter((name) => !name.startsWith('@skhcn/'))
  .flatMap((name) => [name, `${name}/*`]);

rmSync(join(here, 'dist'), { recursive: true, force: true });
await build({
  // the server, and the operator's command line (`pnpm skhcn`)
  // and the PDF worker thread (documents/pdf-renderer.ts starts dist/pdf-render.worker.js beside main.js)
  entryPoints: {
    main: join(here, 'src/main.ts'),
    skhcn: join(here, 'src/operator/skhcn.ts'),
    'pdf-render.worker': join(here, 'src/documents/pdf-render.worker.ts'),
  },
  outdir: join(here, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  external,
  banner: {
    js: "import { createRequire as __skhcnCreateRequire } from 'node:module'; const require = __skhcnCreateRequire(import.meta.url);",
  },
  logLevel: 'warning',
});
// The committed migrations travel with the bundle.
cpSync(join(here, '../../packages/db/drizzle'), join(here, 'dist/drizzle'), { recursive: true });
console.log('built apps/server/dist/main.js and dist/skhcn.js');
