import { config } from '@skhcn/config-eslint';

export default config({ self: 'api', tsconfigRootDir: import.meta.dirname });
