import { config } from '@skhcn/config-eslint';

export default config({ self: 'documents', tsconfigRootDir: import.meta.dirname });
