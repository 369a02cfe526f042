import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRepoRoot } from '@skhcn/db';

/** The built field apps (module federation remotes) served under /apps/<name>/. */
export const REMOTE_APPS = ['conformity', 'licensing', 'science', 'dti'] as const;

/**
 * The directory that holds apps/shell/dist and apps/<remote>/dist: the configured one (WEB_ROOT), else the
 * repository root found from this file's location (src/ in development, dist/main.js when bundled), whatever the
 * working directory.
 */
export function resolveWebRoot(configured?: string): string {
  if (configured) return resolve(configured);
  return findRepoRoot(dirname(fileURLToPath(import.meta.url)));
}
