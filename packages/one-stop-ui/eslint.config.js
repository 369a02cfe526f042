import { config } from '@skhcn/config-eslint';

export default config({ self: 'one-stop-ui', react: true, tsconfigRootDir: import.meta.dirname });
