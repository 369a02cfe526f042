import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
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
  /**
   * Deletes the bytes of `key` unless they were stored (or stored again) after `untouchedSince`: an upload of the
   * same bytes in the meantime keeps them. True when they are gone.
   */
  remove(key: string, untouchedSince: Date): Promise<boolean>;
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
    // the same bytes already stored: touched, so that a clean-up running now keeps them (see remove)
    const exists = await stat(path).then(
      async (s) => {
        if (!s.isFile() || s.size !== bytes.length) return false;
        const now = new Date();
        return utimes(path, now, now).then(
          () => true,
          () => false,
        );
      },
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

  async remove(key: string, untouchedSince: Date): Promise<boolean> {
    if (!KEY.test(key)) return false;
    const path = join(this.root, key);
    // moved aside first: an upload touching the file before the move shows in its time, one after it finds no file
    // and writes it again; either way nobody's upload loses its bytes
    const aside = `${path}.${randomBytes(6).toString('hex')}.removing`;
    try {
      await rename(path, aside);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return true;
      throw err;
    }
    const { mtime } = await stat(aside);
    if (mtime.getTime() > untouchedSince.getTime()) {
      // stored again meanwhile: put it back (unless an upload already wrote the same bytes there)
      await rename(aside, path).catch(() => rm(aside, { force: true }));
      return false;
    }
    await rm(aside, { force: true });
    return true;
  }

  async get(key: string): Promise<Buffer | undefined> {
    if (!KEY.test(key)) return undefined;
    return readFile(join(this.root, key)).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
  }
}
