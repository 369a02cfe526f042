import { config } from '@skhcn/config-eslint';

export default config({ self: 'api-client', react: true, tsconfigRootDir: import.meta.dirname });
