// What README's configuration table and turbo.json say about the environment, written from ENV: the sync script
// writes them, the test checks them.
import { readFileSync } from 'node:fs';
import { ENV, type EnvName, type EnvReader, type EnvVariable } from './env';

export const REPO_ROOT = new URL('../../../', import.meta.url);
export const README = new URL('README.md', REPO_ROOT);
export const TURBO_JSON = new URL('turbo.json', REPO_ROOT);

/** The README lines between which the configuration table stands. */
export const TABLE_START = '<!-- env:start (pnpm --filter @skhcn/env sync) -->';
export const TABLE_END = '<!-- env:end -->';

/**
 * The turbo tasks in which each reader runs. Benchmarks run by hand (`pnpm --filter … bench`), outside turbo.
 * `pnpm dev` runs the server (tsx watch) and the vite dev servers as turbo's `dev` task.
 */
export const TURBO_TASKS: Readonly<Record<EnvReader, readonly string[]>> = {
  server: ['dev'],
  vite: ['dev'],
  test: ['test'],
  e2e: ['e2e'],
  bench: [],
};

const READER_LABELS: Readonly<Record<EnvReader, string>> = {
  server: 'server',
  test: 'tests',
  e2e: 'e2e tests',
  vite: 'shell dev server',
  bench: 'benchmarks',
};

const entries = (): [EnvName, EnvVariable][] => Object.entries(ENV) as [EnvName, EnvVariable][];

/** The rows of README's configuration table: variable, read by, default, ý nghĩa, meaning. */
export function readmeRows(): string[][] {
  return entries().map(([name, v]) => [
    `\`${name}\``,
    v.readBy.map((r) => READER_LABELS[r]).join(', '),
    v.default,
    v.vi,
    v.en,
  ]);
}

export const README_HEADER = ['variable', 'read by', 'default', 'ý nghĩa', 'meaning'];

/** The table as markdown (unpadded; prettier aligns it). */
export function readmeTable(): string {
  const line = (cells: string[]) => `| ${cells.map((c) => c.replaceAll('|', '\\|')).join(' | ')} |`;
  return [line(README_HEADER), line(README_HEADER.map(() => '---')), ...readmeRows().map(line)].join('\n');
}

/** The rows of the table standing between the markers of `readme` (cells trimmed, separator row left out). */
export function tableRowsIn(readme: string): string[][] {
  const start = readme.indexOf(TABLE_START);
  const end = readme.indexOf(TABLE_END);
  if (start < 0 || end < start) throw new Error(`README.md has no "${TABLE_START}" … "${TABLE_END}" section`);
  return readme
    .slice(start + TABLE_START.length, end)
    .split('\n')
    .filter((l) => l.trim().startsWith('|'))
    .map((l) =>
      l
        .trim()
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim().replaceAll('\\|', '|')),
    )
    .filter((cells) => !cells.every((c) => /^:?-+:?$/.test(c)));
}

export interface TurboTaskEnv {
  env?: string[];
  passThroughEnv?: string[];
  cache?: boolean;
  [key: string]: unknown;
}
export interface TurboJson {
  globalEnv?: string[];
  tasks: Record<string, TurboTaskEnv>;
  [key: string]: unknown;
}

export function readTurboJson(): TurboJson {
  return JSON.parse(readFileSync(TURBO_JSON, 'utf8')) as TurboJson;
}

/**
 * What turbo.json must declare: globalEnv for the variables that change every task's output, then for each task
 * the variables its readers read — as `env` (part of the cache key) for a cached task, as `passThroughEnv` for a
 * task turbo never caches.
 */
export function expectedTurboEnv(turbo: TurboJson): { globalEnv: string[]; tasks: Record<string, string[]> } {
  const globalEnv: string[] = [];
  const tasks: Record<string, string[]> = {};
  for (const [name, v] of entries()) {
    if (v.global) {
      globalEnv.push(name);
      continue;
    }
    for (const task of new Set(v.readBy.flatMap((r) => TURBO_TASKS[r]))) {
      if (!turbo.tasks[task])
        throw new Error(`turbo.json has no task "${task}" (read by ${v.readBy.join(', ')})`);
      (tasks[task] ??= []).push(name);
    }
  }
  return { globalEnv, tasks };
}

/** The key a task's variables go under: `env` when turbo caches the task, else `passThroughEnv`. */
export function envKeyOf(task: TurboTaskEnv): 'env' | 'passThroughEnv' {
  return task.cache === false ? 'passThroughEnv' : 'env';
}
