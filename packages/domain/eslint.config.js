import { config } from '@skhcn/config-eslint';

export default config({ self: 'domain', tsconfigRootDir: import.meta.dirname });
