/**
 * Operating limits on uploads (not law: no legal document sets them; the operator may change them here).
 *
 * - Per account, in any 24 hours: 200 files and 500 MiB. A dossier has up to about twenty components of at most
 *   10 MiB each; a firm filing ten dossiers in a day stays well inside, while one account can no longer fill the
 *   department's disk (issue 11: uploads had no limit per account).
 * - A file uploaded but attached to no dossier and no DTI evidence 24 hours later is deleted (row and bytes): a form
 *   left open overnight keeps its files, an abandoned one does not keep them for ever.
 */
export interface UploadLimits {
  maxFileBytes: number;
  filesPerWindow: number;
  bytesPerWindow: number;
  windowMs: number;
  orphanAfterMs: number;
  cleanupEveryMs: number;
}

export const UPLOAD_LIMITS: Readonly<UploadLimits> = {
  /** Largest single file (the files route refuses more with FILE_TOO_LARGE) */
  maxFileBytes: 10 * 1024 * 1024,
  filesPerWindow: 200,
  bytesPerWindow: 500 * 1024 * 1024,
  /** The rolling window of the two limits above */
  windowMs: 24 * 60 * 60 * 1000,
  /** An upload attached to nothing is deleted this long after it was made */
  orphanAfterMs: 24 * 60 * 60 * 1000,
  /** How often the clean-up runs */
  cleanupEveryMs: 60 * 60 * 1000,
};

export interface UploadUsage {
  files: number;
  bytes: number;
}

/** Whether one more upload of `size` bytes keeps an account inside its limits, given its usage in the window. */
export function uploadAllowed(
  usage: UploadUsage,
  size: number,
  limits: Pick<UploadLimits, 'filesPerWindow' | 'bytesPerWindow'> = UPLOAD_LIMITS,
): boolean {
  return usage.files + 1 <= limits.filesPerWindow && usage.bytes + size <= limits.bytesPerWindow;
}
