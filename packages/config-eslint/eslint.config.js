import { config } from './index.js';

export default config({ self: 'config-eslint', tsconfigRootDir: import.meta.dirname });
