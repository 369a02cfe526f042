import { config } from '@skhcn/config-eslint';

export default config({ self: 'conformity', react: true, tsconfigRootDir: import.meta.dirname });
