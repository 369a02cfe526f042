import { config } from '@skhcn/config-eslint';

export default [
  ...config({ self: 'mocks', react: true, tsconfigRootDir: import.meta.dirname }),
  {
    // The parity test drives the real engine beside the mock store (on PGlite): it alone may import the api's
    // and the database's test helpers. Nothing the apps load imports them.
    files: ['src/engine-parity.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': 'off' },
  },
];
