#!/usr/bin/env node
// The bundle budget of the built front ends (issue 12), in gzip bytes (-9), read from the files on disk: the shell's
// static first load (index.html, the files it links and what they import statically, before module federation loads
// the shared libraries), its largest chunk, and for each remote its entry (remoteEntry.js) and largest chunk (the
// heaviest route or library it loads on demand). Fails when a figure grows past bundle-budget.json; run after
// `pnpm build`. What the browser really fetches for the sign-in page and the inbox (shared libraries included) is
// measured in Chromium by apps/e2e/src/first-load.e2e.test.ts against the same file's `firstLoad`.
// Usage: node scripts/bundle-budget.mjs [--json]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const budget = JSON.parse(readFileSync(join(root, 'bundle-budget.json'), 'utf8'));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Static imports of an ES module chunk (not `import()`): `import … from "x"`, `import "x"`, `export … from "x"`. */
function staticImports(code) {
  const out = new Set();
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;
  for (let m = re.exec(code); m; m = re.exec(code)) out.add(m[1]);
  return [...out];
}

function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const linked = [...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const seen = new Set();
  const queue = [...linked];
  while (queue.length > 0) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    const file = join(dist, url);
    if (!existsSync(file)) throw new Error(`${url} is linked but not built`);
    seen.add(url);
    if (url.endsWith('.js')) {
      for (const spec of staticImports(readFileSync(file, 'utf8'))) {
        if (!spec.startsWith('.') && !spec.startsWith('/')) continue;
        queue.push(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
      }
    }
  }
  const files = [...seen];
  return { bytes: gz(join(dist, 'index.html')) + files.reduce((n, f) => n + gz(join(dist, f)), 0), files };
}

function largestChunk(dist) {
  const assets = join(dist, 'assets');
  let best = { file: '', bytes: 0 };
  for (const name of readdirSync(assets)) {
    if (!/\.(js|css)$/.test(name)) continue;
    const bytes = gz(join(assets, name));
    if (bytes > best.bytes) best = { file: `assets/${name}`, bytes };
  }
  return best;
}

const rows = [];
// figures in bytes; the budget file also holds `firstLoad` (checked in Chromium by the e2e suite)
const shellDist = join(root, 'apps/shell/dist');
const shell = firstLoad(shellDist);
rows.push({
  what: 'shell: first load',
  file: `${shell.files.length} files`,
  bytes: shell.bytes,
  budget: budget.shell.firstLoad,
});
rows.push({ what: 'shell: largest chunk', ...largestChunk(shellDist), budget: budget.shell.largestChunk });
for (const [app, b] of Object.entries(budget.remotes)) {
  const dist = join(root, 'apps', app, 'dist');
  rows.push({
    what: `${app}: entry`,
    file: 'remoteEntry.js',
    bytes: gz(join(dist, 'remoteEntry.js')),
    budget: b.entry,
  });
  rows.push({ what: `${app}: largest chunk`, ...largestChunk(dist), budget: b.largestChunk });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('Bundle budget (gzip -9):');
  for (const r of rows) {
    const mark = r.bytes > r.budget ? 'OVER' : 'ok';
    console.log(
      `  ${mark.padEnd(4)} ${r.what.padEnd(26)} ${kb(r.bytes).padStart(9)} / ${kb(r.budget).padStart(9)}  ${r.file}`,
    );
  }
}
const over = rows.filter((r) => r.bytes > r.budget);
if (over.length > 0) {
  console.error(
    `\n${over.length} figure(s) over budget: ${over.map((r) => r.what).join(', ')}. ` +
      'Split the code (lazy routes, lighter libraries) or, if the growth is wanted, raise the budget in bundle-budget.json and say why in the commit.',
  );
  process.exit(1);
}
