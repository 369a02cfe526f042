import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../client';
import { dossierFiles, dossiers, files } from '../schema';
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
