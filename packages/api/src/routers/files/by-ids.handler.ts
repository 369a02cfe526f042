import { findFilesByIds } from '@skhcn/db';
import type { AuthedContext } from '../../trpc';
import type { FilesByIdsInput } from './files.schema';

export interface UploadView {
  id: string;
  originalName: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: string;
  /** GET this URL (same origin, with the session cookie) to download */
  url: string;
}

/**
 * The user's own uploads among `ids` (e.g. to show a form's attachments before it is submitted). Files are uploaded
 * with POST /api/files (raw bytes, name in x-file-name, CSRF header); others' files are left out.
 */
export async function filesByIdsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: FilesByIdsInput;
}): Promise<UploadView[]> {
  const rows = await findFilesByIds(ctx.db, input.ids);
  return rows
    .filter((f) => f.createdBy === ctx.user.id)
    .map((f) => ({
      id: f.id,
      originalName: f.originalName,
      mime: f.mime,
      size: f.size,
      sha256: f.sha256,
      createdAt: f.createdAt.toISOString(),
      url: `/api/files/${f.id}`,
    }));
}
