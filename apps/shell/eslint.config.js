import { config } from '@skhcn/config-eslint';

export default config({ self: 'shell', react: true, tsconfigRootDir: import.meta.dirname });
