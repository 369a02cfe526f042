// The house rules fail the lint of the real packages: a few lines of code are linted as the content of an existing
// file of a package (its own eslint.config.js and tsconfig, type information included). ESLint receives the text;
// nothing is written to disk, so a lint running at the same time sees the real files. (A path that does not exist
// would need its own tsconfig entry: the project service only knows files on disk.)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { config } from './index.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const IMPORTS = '@typescript-eslint/no-restricted-imports';
const ENV = 'no-restricted-properties';
const RULES = [
  IMPORTS,
  ENV,
  '@typescript-eslint/no-floating-promises',
  '@typescript-eslint/no-non-null-assertion',
];

const linters = new Map<string, ESLint>();

/** The house-rule problems ESLint finds in `code` written as `file` of package `dir` (e.g. 'packages/domain'). */
async function problems(dir: string, file: string, code: string, self?: string): Promise<string[]> {
  const cwd = join(REPO, dir);
  const key = `${dir}:${self ?? ''}`;
  let eslint = linters.get(key);
  if (!eslint) {
    // `self` lints with the preset for a package that has no directory of its own yet (one-stop-ui)
    eslint = self
      ? new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config({ self, tsconfigRootDir: cwd }) })
      : new ESLint({ cwd });
    linters.set(key, eslint);
  }
  const [result] = await eslint.lintText(code, { filePath: join(cwd, file) });
  const fatal = result?.messages.filter((m) => m.fatal) ?? [];
  if (fatal.length > 0)
    throw new Error(`${dir}/${file} could not be linted: ${fatal.map((m) => m.message).join('; ')}`);
  return (result?.messages ?? [])
    .filter((m) => m.ruleId && RULES.includes(m.ruleId))
    .map((m) => m.ruleId ?? '');
}

describe('the dependency rule (docs/architecture.md: dependencies point inward)', () => {
  it.each([
    ['packages/domain', 'src/must.ts', "import { schema } from '@skhcn/db';", 'domain imports db'],
    [
      'packages/domain',
      'src/must.ts',
      "import type { AppRouter } from '@skhcn/api';",
      'domain imports api types',
    ],
    ['packages/documents', 'src/index.ts', "import { schema } from '@skhcn/db';", 'documents imports db'],
    ['packages/db', 'src/client.ts', "import { appRouter } from '@skhcn/api';", 'db imports api'],
    ['packages/db', 'src/client.ts', "import { serverEnv } from '@skhcn/env';", 'db reads the environment'],
    [
      'packages/api',
      'src/context.ts',
      "import { serverEnv } from '@skhcn/env';",
      'api reads the environment',
    ],
    ['packages/api', 'src/context.ts', "import { Button } from '@skhcn/ui';", 'api imports ui'],
    [
      'packages/ui',
      'src/dialog.component.tsx',
      "import { useTRPC } from '@skhcn/api-client';",
      'ui imports api-client',
    ],
    [
      'packages/ui',
      'src/dialog.component.tsx',
      "import { demoUser } from '@skhcn/mocks';",
      'ui imports mocks',
    ],
    [
      'packages/ui',
      'src/components.test.tsx',
      "import { demoUser } from '@skhcn/mocks';",
      'ui imports mocks in a test',
    ],
    [
      'packages/api-client',
      'src/api-client.ts',
      "import { demoUser } from '@skhcn/mocks';",
      'api-client imports mocks',
    ],
    [
      'apps/conformity',
      'src/app.tsx',
      "import { App } from '@skhcn/licensing';",
      'a field app imports another',
    ],
    [
      'apps/conformity',
      'src/app.tsx',
      "import { appRouter } from '@skhcn/api';",
      'an app imports api values',
    ],
    ['apps/conformity', 'src/app.tsx', "import { schema } from '@skhcn/db';", 'an app imports db'],
    [
      'apps/conformity',
      'src/app.tsx',
      "import { readPdf } from '@skhcn/documents';",
      'an app imports documents',
    ],
    [
      'apps/shell',
      'src/app.routes.tsx',
      "import { App } from '@skhcn/conformity';",
      'the shell imports a field app',
    ],
    ['apps/server', 'src/paths.ts', "import { Button } from '@skhcn/ui';", 'the server imports ui'],
    ['apps/e2e', 'src/harness.ts', "import { schema } from '@skhcn/db';", 'e2e imports db'],
    ['apps/e2e', 'src/harness.ts', "import { appRouter } from '@skhcn/api';", 'e2e imports api'],
    [
      'apps/e2e',
      'src/harness.ts',
      "import { renderReceipt } from '@skhcn/documents';",
      'e2e imports documents',
    ],
    [
      'packages/domain',
      'src/must.ts',
      "import { x } from '@skhcn/not-written-yet';",
      'a package not known yet',
    ],
    [
      'packages/api',
      'src/routers/conformity/conformity.router.ts',
      "import { receive } from '../../one-stop/dossier-engine';",
      'a field router reaches into the engine',
    ],
  ])('%s: %s fails (%s)', async (dir, file, code) => {
    expect(await problems(dir, file, code)).toContain(IMPORTS);
  });

  it.each([
    ['packages/domain', 'src/must.ts', "import { z } from 'zod';"],
    ['packages/documents', 'src/index.ts', "import { must } from '@skhcn/domain';"],
    ['packages/db', 'src/client.ts', "import { must } from '@skhcn/domain';"],
    ['packages/db', 'src/testing/index.ts', "import { testEnv } from '@skhcn/env';"],
    ['packages/api', 'src/context.ts', "import { schema } from '@skhcn/db';"],
    [
      'packages/api',
      'src/routers/conformity/conformity.router.ts',
      "import { receiveAtCounter } from '../../one-stop';",
    ],
    ['packages/api', 'bench/latency-stats.ts', "import { benchEnv } from '@skhcn/env';"],
    ['packages/ui', 'src/dialog.component.tsx', "import type { AppRouter } from '@skhcn/api';"],
    ['packages/api-client', 'src/api-client.test.ts', "import { demoUser } from '@skhcn/mocks';"],
    ['apps/conformity', 'src/app.tsx', "import type { AppRouter } from '@skhcn/api';"],
    [
      'apps/conformity',
      'src/app.tsx',
      "import { useTRPC } from '@skhcn/api-client';\nimport { Card } from '@skhcn/ui';",
    ],
    ['apps/shell', 'src/app.routes.tsx', "import { must } from '@skhcn/domain';"],
    ['apps/shell', 'vite.config.ts', "import { viteEnv } from '@skhcn/env';"],
    [
      'apps/server',
      'src/paths.ts',
      "import { serverEnv } from '@skhcn/env';\nimport { renderReceipt } from '@skhcn/documents';",
    ],
    [
      'apps/e2e',
      'src/harness.ts',
      "import { readPdf } from '@skhcn/documents/testing';\nimport { e2eEnv } from '@skhcn/env';",
    ],
  ])('%s: %s may `%s`', async (dir, file, code) => {
    expect(await problems(dir, file, code)).toEqual([]);
  });
});

describe('one-stop-ui (the shared one-stop screens, before its directory exists)', () => {
  // linted with the preset for one-stop-ui, as files of a package that has a source, a test and a src/testing/ file
  const lint = (file: string, code: string) => problems('packages/api', file, code, 'one-stop-ui');
  const SRC = 'src/context.ts';

  it.each([
    [SRC, "import { demoUser } from '@skhcn/mocks';"],
    [SRC, "import { schema } from '@skhcn/db';"],
    [SRC, "import { buildApp } from '@skhcn/server';"],
    [SRC, "import { App } from '@skhcn/shell';"],
    [SRC, "import { App } from '@skhcn/conformity';"],
    [SRC, "import { appRouter } from '@skhcn/api';"],
  ])('%s: `%s` fails', async (file, code) => {
    expect(await lint(file, code)).toContain(IMPORTS);
  });

  it.each([
    [SRC, "import { useTRPC } from '@skhcn/api-client';\nimport { Card } from '@skhcn/ui';"],
    [SRC, "import { must } from '@skhcn/domain';\nimport type { AppRouter } from '@skhcn/api';"],
    ['src/routers/app.router.test.ts', "import { demoUser } from '@skhcn/mocks';"],
    ['src/testing/api-harness.ts', "import { demoUser } from '@skhcn/mocks';"],
  ])('%s: `%s` passes', async (file, code) => {
    expect(await lint(file, code)).toEqual([]);
  });
});

describe('the environment is read in one module', () => {
  it.each([
    ['apps/server', 'src/paths.ts', 'export const port = process.env.PORT;'],
    ['apps/server', 'src/paths.ts', "export const port = process.env['PORT'];"],
    ['packages/api', 'src/context.ts', 'export const production = process.env.NODE_ENV === "production";'],
    ['apps/shell', 'vite.config.ts', 'export const api = process.env.SKHCN_API_URL;'],
    ['packages/env', 'src/env-docs.ts', 'export const port = process.env.PORT;'],
  ])('%s: %s fails for `%s`', async (dir, file, code) => {
    expect(await problems(dir, file, code)).toContain(ENV);
  });

  it('fails for env imported from node:process', async () => {
    const code = "import { env } from 'node:process';\nexport const port = env.PORT;";
    expect(await problems('apps/server', 'src/paths.ts', code)).toContain(IMPORTS);
  });

  it('passes in the env module itself', async () => {
    expect(await problems('packages/env', 'src/env.ts', 'export const port = process.env.PORT;')).toEqual([]);
  });
});

describe('type-aware rules', () => {
  it('fail a floating promise and a non-null assertion; pass the fixed code', async () => {
    expect(await problems('packages/domain', 'src/must.ts', 'Promise.resolve(1);')).toEqual([
      '@typescript-eslint/no-floating-promises',
    ]);
    expect(await problems('packages/domain', 'src/must.ts', 'void Promise.resolve(1);')).toEqual([]);
    expect(await problems('apps/server', 'src/paths.ts', 'export const first = [1][0]!;')).toEqual([
      '@typescript-eslint/no-non-null-assertion',
    ]);
  });
});

describe('every package lints as itself', () => {
  const packages = ['apps', 'packages'].flatMap((top) =>
    readdirSync(join(REPO, top))
      .filter((name) => existsSync(join(REPO, top, name, 'eslint.config.js')))
      .map((name) => [`${top}/${name}`, name]),
  );

  it.each(packages)('%s passes self: %s', (dir, name) => {
    const text = readFileSync(join(REPO, dir, 'eslint.config.js'), 'utf8');
    expect(/self: '([\w-]+)'/.exec(text)?.[1]).toBe(name);
  });
});
