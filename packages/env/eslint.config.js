import { config } from '@skhcn/config-eslint';

export default config({ self: 'env', tsconfigRootDir: import.meta.dirname });
