// The clean-up of uploads attached to nothing: every hour, uploads older than UPLOAD_LIMITS.orphanAfterMs that no
// dossier component and no DTI evidence cites are deleted, rows and bytes, however many server processes run it
// (one at a time: a transaction-scoped advisory lock, like the licensing reminders). Rows go in the transaction;
// the bytes after commit, and only those no remaining upload shares (the store is content-addressed).
import { deleteOrphanFiles, tryFileCleanupLock, type Database } from '@skhcn/db';
import { UPLOAD_LIMITS } from '@skhcn/domain';
import { silentLogger, type Logger } from '../../context';
import { startPeriodicJob, type PeriodicJob } from '../../lib/periodic-job';

/** Where the bytes are: the server's file store. */
export interface OrphanBytes {
  remove(key: string, untouchedSince: Date): Promise<boolean>;
}

export interface OrphanCleanupOptions {
  bytes: OrphanBytes;
  now?: () => Date;
  logger?: Logger;
  orphanAfterMs?: number;
}

export interface OrphanCleanupResult {
  /** another process held the lock: this run did nothing */
  skipped: boolean;
  /** upload rows deleted */
  files: number;
  /** stored objects deleted from disk */
  objects: number;
}

/** One run of the clean-up. */
export async function cleanOrphanFiles(
  db: Database,
  options: OrphanCleanupOptions,
): Promise<OrphanCleanupResult> {
  const now = (options.now ?? (() => new Date()))();
  const before = new Date(now.getTime() - (options.orphanAfterMs ?? UPLOAD_LIMITS.orphanAfterMs));
  const result: OrphanCleanupResult = { skipped: false, files: 0, objects: 0 };
  const keys = await db.transaction(async (tx) => {
    if (!(await tryFileCleanupLock(tx))) {
      result.skipped = true;
      return [];
    }
    const { deleted, unreferencedKeys } = await deleteOrphanFiles(tx, before);
    result.files = deleted.length;
    return unreferencedKeys;
  });
  for (const key of keys) {
    try {
      if (await options.bytes.remove(key, before)) result.objects++;
    } catch (err) {
      (options.logger ?? silentLogger).warn({ err, key }, 'orphan file bytes not removed');
    }
  }
  return result;
}

/** The hourly timer of the server: runs once now, then every `intervalMs`; unref'd; `stop` waits for a running run. */
export function startOrphanFileCleanup(
  db: Database,
  options: OrphanCleanupOptions & { intervalMs?: number },
): PeriodicJob {
  const logger = options.logger ?? silentLogger;
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? UPLOAD_LIMITS.cleanupEveryMs,
    logger,
    run: () => cleanOrphanFiles(db, options),
    report: (r) => {
      if (r.files > 0) logger.info({ ...r }, 'orphan uploads deleted');
    },
    failure: 'orphan upload clean-up failed',
  });
}
