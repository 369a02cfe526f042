// README's configuration table and turbo.json are written from ENV; these tests fail when either drifts from it
// (fix: `pnpm --filter @skhcn/env sync`), and when a declared variable is read nowhere.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENV } from './env';
import {
  README,
  README_HEADER,
  REPO_ROOT,
  envKeyOf,
  expectedTurboEnv,
  readTurboJson,
  readmeRows,
  tableRowsIn,
} from './env-docs';

describe('README configuration table', () => {
  it('lists the same variables, defaults and meanings as the module', () => {
    const rows = tableRowsIn(readFileSync(README, 'utf8'));
    expect(rows[0]).toEqual(README_HEADER);
    expect(rows.slice(1)).toEqual(readmeRows());
  });
});

describe('turbo.json', () => {
  const turbo = readTurboJson();
  const expected = expectedTurboEnv(turbo);

  it('declares the variables that change every output in globalEnv', () => {
    expect(turbo.globalEnv ?? []).toEqual(expected.globalEnv);
  });

  it.each(Object.keys(turbo.tasks))('gives task "%s" exactly the variables its readers read', (name) => {
    const task = turbo.tasks[name] ?? {};
    const key = envKeyOf(task);
    expect(task[key] ?? []).toEqual(expected.tasks[name] ?? []);
    // a cached task hashes its variables (env); an uncached one only passes them through
    expect(task[key === 'env' ? 'passThroughEnv' : 'env']).toBeUndefined();
  });
});

describe('every declared variable is read', () => {
  const root = fileURLToPath(REPO_ROOT);
  const sources: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|tsx|js|mjs)$/.test(entry.name) && !path.includes(join('packages', 'env')))
        sources.push(path);
    }
  };
  for (const top of ['apps', 'packages']) walk(join(root, top));
  const text = sources.map((p) => readFileSync(p, 'utf8')).join('\n');

  // read as `env.NAME` or destructured as `{ NAME }`: a mention in a comment does not count
  it.each(Object.keys(ENV))('%s is read outside the env module', (name) => {
    const read = new RegExp(`(\\.|[{,]\\s*)${name}\\b`).test(text);
    expect(read, `${name} is declared but read nowhere: remove it from ENV, or read it`).toBe(true);
  });
});
