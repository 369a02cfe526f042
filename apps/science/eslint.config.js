import { config } from '@skhcn/config-eslint';

export default config({ self: 'science', react: true, tsconfigRootDir: import.meta.dirname });
