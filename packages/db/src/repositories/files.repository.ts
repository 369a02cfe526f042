import { and, eq, gte, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { dossierFiles, dossiers, dtiEvidence, files } from '../schema';
import type { DbExecutor } from './db-executor';

export type FileRow = typeof files.$inferSelect;

export interface NewFile {
  sha256: string;
  size: number;
  mime: string;
  originalName: string;
  storageKey: string;
  createdBy: string | null;
  createdAt?: Date;
}

export async function insertFile(db: DbExecutor, input: NewFile): Promise<FileRow> {
  const [row] = await db
    .insert(files)
    .values({ ...input, createdAt: input.createdAt ?? new Date() })
    .returning();
  if (!row) throw new Error('files insert returned no row');
  return row;
}

export async function findFile(db: DbExecutor, id: string): Promise<FileRow | undefined> {
  const [row] = await db.select().from(files).where(eq(files.id, id));
  return row;
}

export async function findFilesByIds(db: DbExecutor, ids: readonly string[]): Promise<FileRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(files)
    .where(inArray(files.id, [...new Set(ids)]));
}

/** The dossiers a file is attached to, with their unit and applicant (for download rights). */
export async function dossiersOfFile(
  db: Database,
  fileId: string,
): Promise<{ dossierId: string; unitCode: string; applicantUserId: string | null }[]> {
  return db
    .selectDistinct({
      dossierId: dossiers.id,
      unitCode: dossiers.unitCode,
      applicantUserId: dossiers.applicantUserId,
    })
    .from(dossierFiles)
    .innerJoin(dossiers, eq(dossiers.id, dossierFiles.dossierId))
    .where(and(eq(dossierFiles.fileId, fileId)));
}

/** Files uploaded by `userId` since `since`: how many and how many bytes (the upload quota counts them). */
export async function uploadUsageSince(
  db: DbExecutor,
  userId: string,
  since: Date,
): Promise<{ files: number; bytes: number }> {
  const [row] = await db
    .select({
      files: sql<number>`count(*)::int`,
      bytes: sql<string>`coalesce(sum(${files.size}), 0)::bigint`,
    })
    .from(files)
    .where(and(eq(files.createdBy, userId), gte(files.createdAt, since)));
  return { files: row?.files ?? 0, bytes: Number(row?.bytes ?? 0) };
}

/** The advisory lock key of one account's uploads (the quota is checked and the row inserted under it). */
const UPLOAD_QUOTA_LOCK_CLASS = 7_312_027;
/** The advisory lock key of the orphan-file clean-up (one process at a time). */
export const FILE_CLEANUP_LOCK_KEY = 7_312_028;

/** Serialises the uploads of one account until the caller's transaction ends (quota check, then insert). */
export async function lockUploadsOf(tx: DbExecutor, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${UPLOAD_QUOTA_LOCK_CLASS}, hashtext(${userId}))`);
}

/** Takes the clean-up's lock for the caller's transaction; false when another process is cleaning up. */
export async function tryFileCleanupLock(tx: DbExecutor): Promise<boolean> {
  const result: unknown = await tx.execute(
    sql`select pg_try_advisory_xact_lock(${FILE_CLEANUP_LOCK_KEY}) as locked`,
  );
  return (result as { rows: { locked: boolean }[] }).rows[0]?.locked === true;
}

/**
 * Deletes up to `limit` uploads made before `before` and attached to nothing (no dossier component, no DTI
 * evidence). Returns their rows and the storage keys no remaining upload shares (whose bytes may go).
 */
export async function deleteOrphanFiles(
  tx: DbExecutor,
  before: Date,
  limit = 1000,
): Promise<{ deleted: FileRow[]; unreferencedKeys: string[] }> {
  const orphans = tx
    .select({ id: files.id })
    .from(files)
    .where(
      and(
        lt(files.createdAt, before),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(dossierFiles)
            .where(eq(dossierFiles.fileId, files.id)),
        ),
        notExists(
          tx
            .select({ one: sql`1` })
            .from(dtiEvidence)
            .where(eq(dtiEvidence.fileId, files.id)),
        ),
      ),
    )
    .limit(limit);
  const deleted = await tx.delete(files).where(inArray(files.id, orphans)).returning();
  const keys = [...new Set(deleted.map((f) => f.storageKey))];
  if (keys.length === 0) return { deleted, unreferencedKeys: [] };
  const still = await tx
    .selectDistinct({ key: files.storageKey })
    .from(files)
    .where(inArray(files.storageKey, keys));
  const kept = new Set(still.map((r) => r.key));
  return { deleted, unreferencedKeys: keys.filter((k) => !kept.has(k)) };
}
