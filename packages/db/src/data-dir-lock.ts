// One process per embedded database: PGlite keeps the database in the memory of the process that opened it and
// writes its files back; a second process on the same directory silently loses what the first wrote.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** Another live process holds the data directory. */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; host: string; since: string },
  ) {
    super(
      `Thư mục dữ liệu ${dataDir} đang được tiến trình ${holder.pid} trên máy ${holder.host} sử dụng (từ ${holder.since}); ` +
        `mỗi thư mục dữ liệu PGlite chỉ cho một máy chủ. Hãy dừng tiến trình đó, hoặc dùng PostgreSQL (DATABASE_URL) để chạy nhiều tiến trình. ` +
        `The data directory ${dataDir} is in use by process ${holder.pid} on ${holder.host} since ${holder.since}; ` +
        `one PGlite data directory serves one server process. Stop that process, or use PostgreSQL (DATABASE_URL) to run several.`,
    );
    this.name = 'DataDirLockedError';
  }
}

const held = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readHolder(path: string): { pid: number; host: string; since: string } | undefined {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as {
      pid?: unknown;
      host?: unknown;
      since?: unknown;
    };
    if (typeof parsed.pid !== 'number') return undefined;
    const text = (v: unknown) => (typeof v === 'string' ? v : '?');
    return { pid: parsed.pid, host: text(parsed.host), since: text(parsed.since) };
  } catch {
    return undefined;
  }
}

/**
 * Takes the exclusive lock of a PGlite data directory (`<dir>.lock`, created with O_EXCL, holding the pid) and
 * returns its release. A lock left by a process that no longer runs on this host is taken over; a live holder,
 * another host's holder, or a second open in this process, is refused with DataDirLockedError.
 */
export function lockDataDir(dataDir: string): () => void {
  // beside the directory, not in it: PGlite owns what is inside
  const path = `${dataDir.replace(/[\\/]+$/, '')}.lock`;
  if (held.has(path)) {
    throw new DataDirLockedError(dataDir, { pid: process.pid, host: hostname(), since: 'this process' });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      held.add(path);
      return () => {
        held.delete(path);
        try {
          unlinkSync(path);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      // stale: its process is gone (or it is this pid again after a container restart); an unreadable file is a
      // crash between create and write
      const stale =
        !holder || (holder.host === hostname() && (holder.pid === process.pid || !isAlive(holder.pid)));
      if (!stale) throw new DataDirLockedError(dataDir, holder);
      unlinkSync(path);
    }
  }
  throw new Error(`could not lock ${path}`);
}
