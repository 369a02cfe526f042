// The PDF worker when the server runs from its TypeScript source (pnpm dev, tests): tsx compiles it in the worker
// thread as it does on the main one. The built server starts dist/pdf-render.worker.js instead (build.mjs).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./pdf-render.worker.ts');
export default worker.default;
