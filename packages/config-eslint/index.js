// Shared ESLint flat-config preset: type-aware rules, the dependency direction of docs/architecture.md
// ("dependencies point inward") and "the environment is read in one module" as lint rules. index.test.ts proves
// that a forbidden import or a stray process.env fails the lint of the real packages.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** The field apps (module-federation remotes); one never imports another. */
export const FIELD_APPS = ['licensing', 'conformity', 'science', 'dti'];

const TEST_FILES = ['**/*.test.ts', '**/*.test.tsx'];
/** Root config files (vite, vitest, drizzle, eslint): they may use the tooling presets and the env module. */
const CONFIG_FILES = ['*.config.ts', '*.config.js', '*.config.mjs'];

/**
 * What each package may import of ours (`@skhcn/<name>`, or a subpath such as `documents/testing`); anything else
 * of ours is forbidden, packages not written yet included.
 * - `may`: value imports; `types`: `import type` only; `more`: more for some files ({ files: globs, may }).
 * - `sealed`: folders of the package that others of it enter through their index only (`../one-stop`, never
 *   `../one-stop/dossier-engine`).
 * - `why`: the rule in one sentence, shown with the error.
 */
const APP = {
  may: ['api-client', 'ui', 'domain', 'mocks', 'one-stop-ui'],
  types: ['api'],
  why: 'An app reaches the server through tRPC (api-client) and imports the api for types only.',
};
export const LAYERS = {
  domain: { may: [], why: 'domain is pure: it imports nothing of ours.' },
  env: { may: [], why: 'env reads the environment and imports nothing of ours.' },
  documents: { may: ['domain'], why: 'documents renders PDFs from domain data only.' },
  db: {
    may: ['domain'],
    more: [{ files: ['src/testing/**'], may: ['env'] }],
    why: 'db imports only domain (its test helpers also read the test environment).',
  },
  api: {
    may: ['domain', 'db'],
    more: [{ files: ['bench/**'], may: ['env'] }],
    // the one-stop engine is entered through src/one-stop/index.ts only (its public entry)
    sealed: ['one-stop'],
    why: 'api imports only domain and db, and never reads the environment: the server passes what it needs.',
  },
  'api-client': {
    may: ['domain'],
    types: ['api'],
    more: [{ files: TEST_FILES, may: ['mocks'] }],
    why: 'api-client is shared by the apps: it imports the api for types only, and mocks only in tests.',
  },
  ui: {
    may: ['domain'],
    types: ['api'],
    why: 'ui is the design system: it gets its data from props, never from the API client or the mocks.',
  },
  mocks: { may: ['domain'], types: ['api'], why: 'mocks imports the api for types only.' },
  'one-stop-ui': {
    may: ['api-client', 'ui', 'domain'],
    types: ['api'],
    more: [{ files: [...TEST_FILES, 'src/testing/**'], may: ['mocks'] }],
    why: 'one-stop-ui is shared by the apps: mocks only in its tests and src/testing/, the api for types only.',
  },
  server: {
    may: ['api', 'db', 'domain', 'documents', 'env'],
    why: 'The server does not import front-end code.',
  },
  e2e: {
    may: ['domain', 'env', 'documents/testing'],
    why: 'End-to-end tests drive the built system from outside: no db, api or app internals.',
  },
  shell: { ...APP, why: `${APP.why} The shell loads the field apps at runtime (module federation).` },
  ...Object.fromEntries(
    FIELD_APPS.map((name) => [
      name,
      { ...APP, why: `${APP.why} A field app never imports another field app.` },
    ]),
  ),
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (names) => `(?:${names.map(escape).join('|')})(?:/|$)`;

/** The layer of `self`; tooling presets (config-*) import nothing of ours. */
function layerOf(self) {
  const layer =
    LAYERS[self] ?? (self.startsWith('config-') ? { may: [], why: 'Presets import nothing of ours.' } : null);
  if (!layer) throw new Error(`@skhcn/config-eslint: unknown package "${self}"; add it to LAYERS`);
  return layer;
}

const ENV_MESSAGE =
  'Read the environment through @skhcn/env (serverEnv(), testEnv()…): it validates every variable once.';

/** The import rule of `self`, with `extra` also allowed (for some files). */
function importRule(self, extra = []) {
  const layer = layerOf(self);
  const may = [...layer.may, ...extra];
  const types = layer.types ?? [];
  const allowed = [self, ...may, ...types];
  const listed = [...may.map((n) => `@skhcn/${n}`), ...types.map((n) => `import type from @skhcn/${n}`)].join(
    ', ',
  );
  const message = `${layer.why} Allowed in ${self}: ${listed || 'nothing of ours'}.`;
  return {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        paths: ['node:process', 'process'].map((name) => ({
          name,
          importNames: ['env'],
          message: ENV_MESSAGE,
        })),
        patterns: [
          { regex: `^@skhcn/(?!${anyOf(allowed)})`, message },
          ...(types.length > 0
            ? [
                {
                  regex: `^@skhcn/${anyOf(types)}`,
                  allowTypeImports: true,
                  message: `Import ${types.map((n) => `@skhcn/${n}`).join(', ')} for types only (import type …).`,
                },
              ]
            : []),
          ...(layer.sealed ?? []).map((dir) => ({
            regex: `(?:^|/)${escape(dir)}/(?!index$)`,
            message: `Import ${dir} through its public entry (${dir}/index.ts), not its internals.`,
          })),
        ],
      },
    ],
  };
}

/**
 * The import rules of `self` as config blocks: one for every file, then one per group of files allowed more
 * (tests, test helpers, benchmarks, config files).
 */
export function dependencyRules(self) {
  const layer = layerOf(self);
  return [
    { rules: importRule(self) },
    ...(layer.more ?? []).map((m) => ({ files: m.files, rules: importRule(self, m.may) })),
    {
      files: CONFIG_FILES,
      rules: importRule(self, ['env', 'config-eslint', 'config-vite', 'config-vitest']),
    },
  ];
}

/** @param {{ self: string, react?: boolean, tsconfigRootDir: string }} opts */
export function config({ self, react = false, tsconfigRootDir }) {
  return tseslint.config(
    { ignores: ['dist/**', 'drizzle/**', 'public/mockServiceWorker.js', 'coverage/**'] },
    js.configs.recommended,
    // Type-aware: every .ts/.tsx file (sources, tests, vite/vitest/drizzle configs) belongs to its package's
    // tsconfig.json, found by the project service.
    ...tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: {
        globals: react ? { ...globals.browser } : { ...globals.node },
        parserOptions: { projectService: true, tsconfigRootDir },
      },
      rules: {
        '@typescript-eslint/consistent-type-imports': 'error',
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        // A promise is awaited, returned, or explicitly let go with `void`; never dropped by accident.
        '@typescript-eslint/no-floating-promises': 'error',
        // No promise where a boolean or a void callback is expected (an async onClick is wrapped).
        '@typescript-eslint/no-misused-promises': 'error',
        // A value known to exist is checked (if, must(), a clear error), not asserted with `!`.
        '@typescript-eslint/no-non-null-assertion': 'error',
        // The environment is read in one module, packages/env/src/env.ts.
        'no-restricted-properties': ['error', { object: 'process', property: 'env', message: ENV_MESSAGE }],
      },
    },
    ...dependencyRules(self),
    ...(self === 'env' ? [{ files: ['src/env.ts'], rules: { 'no-restricted-properties': 'off' } }] : []),
    // Plain JavaScript (eslint.config.js, build scripts) is in no tsconfig: linted without type information.
    { files: ['**/*.{js,mjs,cjs}'], ...tseslint.configs.disableTypeChecked },
    ...(react
      ? [
          {
            plugins: { 'react-hooks': reactHooks },
            rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
          },
        ]
      : []),
  );
}
