import { config } from '@skhcn/config-eslint';

export default config({ self: 'e2e', tsconfigRootDir: import.meta.dirname });
