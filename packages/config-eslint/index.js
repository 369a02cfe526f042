// Shared ESLint flat-config preset, including the dependency direction of
// docs/architecture.md ("dependencies point inward") as a lint rule.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Every workspace package and the layer it belongs to. */
const FIELD_APPS = ['licensing', 'conformity', 'science', 'dti'];
const ALL_OURS = ['domain', 'db', 'api', 'api-client', 'ui', 'mocks', 'server', 'shell', ...FIELD_APPS];

const forbid = (names, message) => names.map((n) => ({ group: [`@skhcn/${n}`, `@skhcn/${n}/*`], message }));

/**
 * Which of our packages a given package may import, and how.
 * - domain imports nothing of ours.
 * - db and api import domain (api also db).
 * - apps import api-client, ui, domain, mocks, and api for types only.
 * - a field app never imports another field app.
 */
export function dependencyRules(self) {
  const rule = (patterns, allowTypeImports = false) => ({
    '@typescript-eslint/no-restricted-imports': [
      'error',
      { patterns: patterns.map((p) => ({ ...p, allowTypeImports })) },
    ],
  });
  switch (self) {
    case 'domain':
      return rule(
        forbid(
          ALL_OURS.filter((n) => n !== 'domain'),
          'domain is pure: it imports nothing of ours.',
        ),
      );
    case 'db':
      return rule(
        forbid(
          ALL_OURS.filter((n) => !['db', 'domain'].includes(n)),
          'db imports only domain.',
        ),
      );
    case 'api':
      return rule(
        forbid(
          ALL_OURS.filter((n) => !['api', 'db', 'domain'].includes(n)),
          'api imports only domain and db.',
        ),
      );
    case 'api-client':
    case 'ui':
    case 'mocks':
      return {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              ...forbid(
                ['db', 'server', 'shell', ...FIELD_APPS],
                `${self} is shared by the apps: it may not import an app or db.`,
              ),
              ...forbid(['api'], 'Import the api for types only (import type …).').map((p) => ({
                ...p,
                allowTypeImports: true,
              })),
            ],
          },
        ],
      };
    case 'server':
      return rule(
        forbid(
          ['shell', 'api-client', 'ui', 'mocks', ...FIELD_APPS],
          'The server does not import front-end code.',
        ),
      );
    default: {
      // shell and field apps
      const others = FIELD_APPS.filter((n) => n !== self);
      return {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              ...forbid(['db', 'server'], 'Apps reach the server through tRPC only.'),
              ...forbid(others, 'A field app never imports another field app.'),
              ...forbid(
                self === 'shell' ? FIELD_APPS : [],
                'The shell loads field apps at runtime through module federation.',
              ),
              ...forbid(['api'], 'Apps import the api for types only (import type …).').map((p) => ({
                ...p,
                allowTypeImports: true,
              })),
            ],
          },
        ],
      };
    }
  }
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
        ...dependencyRules(self),
      },
    },
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
