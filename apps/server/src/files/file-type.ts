/**
 * The file types an applicant may upload, recognised by their first bytes (magic numbers), never by the name or the
 * Content-Type the client sends. Three formats need three signatures: a table this small is easier to audit than a
 * dependency (`file-type` knows 100+ formats we refuse anyway).
 */
export interface AllowedFileType {
  mime: 'application/pdf' | 'image/png' | 'image/jpeg';
  extension: string;
  signature: readonly number[];
}

export const ALLOWED_FILE_TYPES: readonly AllowedFileType[] = [
  // "%PDF-" (ISO 32000-1 §7.5.2)
  { mime: 'application/pdf', extension: 'pdf', signature: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // PNG signature (RFC 2083 §3.1)
  { mime: 'image/png', extension: 'png', signature: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  // JPEG SOI marker followed by the next marker's 0xFF (JFIF, Exif, raw)
  { mime: 'image/jpeg', extension: 'jpg', signature: [0xff, 0xd8, 0xff] },
];

/** The allowed type whose signature starts `bytes`, or undefined. */
export function sniffFileType(bytes: Uint8Array): AllowedFileType | undefined {
  return ALLOWED_FILE_TYPES.find(
    (t) => bytes.length >= t.signature.length && t.signature.every((b, i) => bytes[i] === b),
  );
}
