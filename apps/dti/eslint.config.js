import { config } from '@skhcn/config-eslint';

export default config({ self: 'dti', react: true, tsconfigRootDir: import.meta.dirname });
