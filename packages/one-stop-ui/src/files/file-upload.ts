import { csrfHeaders } from '@skhcn/api-client';
import { formatFileSize } from '@skhcn/ui';

/** The server's limits (apps/server/src/files): 10 MiB, PDF, PNG or JPEG recognised by their first bytes. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const ACCEPT_ATTRIBUTE = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface UploadedFile {
  id: string;
  originalName: string;
  mime: string;
  size: number;
}

export class UploadError extends Error {}

/** Checks before sending: the same limits the server applies, worded for the user. */
export function checkFileBeforeUpload(file: File): string | null {
  if (file.size === 0) return `Tệp “${file.name}” không có nội dung.`;
  if (file.size > MAX_UPLOAD_BYTES)
    return `Tệp “${file.name}” có dung lượng ${formatFileSize(file.size)}, vượt quá mức tối đa 10 MB.`;
  const byName = /\.(pdf|png|jpe?g)$/i.test(file.name);
  if (file.type ? !(ACCEPTED_TYPES as readonly string[]).includes(file.type) : !byName)
    return `Tệp “${file.name}” không đúng định dạng: chỉ chấp nhận PDF, PNG hoặc JPEG.`;
  return null;
}

/** POST /api/files: raw bytes, the name in x-file-name, the CSRF header like every mutation. */
export async function uploadFile(file: File): Promise<UploadedFile> {
  const problem = checkFileBeforeUpload(file);
  if (problem) throw new UploadError(problem);
  let response: Response;
  try {
    // the bytes, not the File object: every fetch implementation sends an ArrayBuffer as-is
    const bytes = await file.arrayBuffer();
    response = await fetch(new URL('/api/files', window.location.origin), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...csrfHeaders(),
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: bytes,
    });
  } catch {
    throw new UploadError(
      `Không tải được tệp “${file.name}” lên: mất kết nối tới máy chủ. Vui lòng thử lại.`,
    );
  }
  const body = (await response.json().catch(() => null)) as
    (UploadedFile & { error?: undefined }) | { error?: { message?: string } } | null;
  if (!response.ok || !body || body.error) {
    const message = body?.error?.message ?? 'Máy chủ không nhận tệp. Vui lòng thử lại.';
    throw new UploadError(`Tệp “${file.name}”: ${message}`);
  }
  return body as UploadedFile;
}
