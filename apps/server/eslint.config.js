import { config } from '@skhcn/config-eslint';

export default config({ self: 'server', tsconfigRootDir: import.meta.dirname });
