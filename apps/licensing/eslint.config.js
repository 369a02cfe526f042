import { config } from '@skhcn/config-eslint';

export default config({ self: 'licensing', react: true, tsconfigRootDir: import.meta.dirname });
