// Uploading one file to POST /api/files (raw bytes, the name in x-file-name, the CSRF header like every mutation),
// with the server's limits checked first: 10 MiB, PDF, PNG or JPEG. Shared by the field apps.
import { csrfHeaders } from './csrf';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPTED_UPLOAD_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const UPLOAD_ACCEPT_ATTRIBUTE = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface UploadedFile {
  id: string;
  originalName: string;
  mime: string;
  size: number;
}

export class UploadError extends Error {}

const megabytes = (bytes: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024)} MB`;

/** Why the server would refuse the file, worded for the user; null when it passes. */
export function checkFileBeforeUpload(file: File): string | null {
  if (file.size === 0) return `Tệp “${file.name}” không có nội dung.`;
  if (file.size > MAX_UPLOAD_BYTES)
    return `Tệp “${file.name}” có dung lượng ${megabytes(file.size)}, vượt quá mức tối đa 10 MB.`;
  const byName = /\.(pdf|png|jpe?g)$/i.test(file.name);
  if (file.type ? !(ACCEPTED_UPLOAD_TYPES as readonly string[]).includes(file.type) : !byName)
    return `Tệp “${file.name}” không đúng định dạng: chỉ chấp nhận PDF, PNG hoặc JPEG.`;
  return null;
}

/** Uploads the file; UploadError with a Vietnamese message when it is refused or the connection fails. */
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
