import { config } from '@skhcn/config-eslint';

export default config({ self: 'db', tsconfigRootDir: import.meta.dirname });
