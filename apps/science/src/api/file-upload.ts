// POST /api/files as the server takes it (apps/server/src/files): raw bytes, the name in x-file-name, the CSRF header;
// 10 MiB, PDF, PNG or JPEG recognised by their first bytes. The shared one-stop screens will own this once they land.
import { csrfHeaders } from '@skhcn/api-client';
import { formatFileSize } from '@skhcn/ui';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const ACCEPT_ATTRIBUTE = '.pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg';

export interface UploadedFile {
  id: string;
  originalName: string;
  mime: string;
  size: number;
}

export class UploadError extends Error {}

export async function uploadFile(file: File): Promise<UploadedFile> {
  if (file.size === 0) throw new UploadError(`Tệp “${file.name}” không có nội dung.`);
  if (file.size > MAX_UPLOAD_BYTES)
    throw new UploadError(
      `Tệp “${file.name}” có dung lượng ${formatFileSize(file.size)}, vượt quá mức tối đa 10 MB.`,
    );
  let response: Response;
  try {
    response = await fetch(new URL('/api/files', window.location.origin), {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        ...csrfHeaders(),
        'content-type': file.type || 'application/octet-stream',
        'x-file-name': encodeURIComponent(file.name),
      },
      body: await file.arrayBuffer(),
    });
  } catch {
    throw new UploadError(
      `Không tải được tệp “${file.name}” lên: mất kết nối tới máy chủ. Vui lòng thử lại.`,
    );
  }
  const body = (await response.json().catch(() => null)) as
    (UploadedFile & { error?: { message?: string } }) | null;
  if (!response.ok || !body || body.error)
    throw new UploadError(
      `Tệp “${file.name}”: ${body?.error?.message ?? 'Máy chủ không nhận tệp. Vui lòng thử lại.'}`,
    );
  return body;
}
