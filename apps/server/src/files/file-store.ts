import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { findRepoRoot } from '@skhcn/db';

/**
 * Where uploaded bytes live. Content-addressed: the key is derived from the SHA-256, so the same bytes are stored
 * once. The disk implementation below is the default; an S3-compatible store can implement the same interface.
 */
export interface FileStore {
  put(bytes: Buffer): Promise<{ sha256: string; key: string }>;
  /** The bytes of `key`, or undefined when there is no such object */
  get(key: string): Promise<Buffer | undefined>;
}

/** The server's data directory: the configured one (DATA_DIR), else `<repo>/.data`. */
export function defaultDataDir(configured?: string): string {
  return configured ?? join(findRepoRoot(), '.data');
}

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{64}$/;

/** Files under `<root>/<first two hex digits>/<sha256>`, written to a temporary name then renamed (never half a file). */
export class DiskFileStore implements FileStore {
  constructor(readonly root: string) {}

  async put(bytes: Buffer): Promise<{ sha256: string; key: string }> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `${sha256.slice(0, 2)}/${sha256}`;
    const path = join(this.root, key);
    const exists = await stat(path).then(
      (s) => s.isFile() && s.size === bytes.length,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.root, sha256.slice(0, 2)), { recursive: true });
      const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      try {
        await writeFile(tmp, bytes, { flag: 'wx' });
        await rename(tmp, path);
      } catch (err) {
        await rm(tmp, { force: true });
        throw err;
      }
    }
    return { sha256, key };
  }

  async get(key: string): Promise<Buffer | undefined> {
    if (!KEY.test(key)) return undefined;
    return readFile(join(this.root, key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
  }
}
