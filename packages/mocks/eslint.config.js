import { config } from '@skhcn/config-eslint';

export default config({ self: 'mocks', react: true, tsconfigRootDir: import.meta.dirname });
