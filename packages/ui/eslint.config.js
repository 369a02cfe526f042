import { config } from '@skhcn/config-eslint';

export default config({ self: 'ui', react: true, tsconfigRootDir: import.meta.dirname });
