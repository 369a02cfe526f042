import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMITS, uploadAllowed } from './upload-limits';

describe('upload limits per account', () => {
  const limits = { filesPerWindow: 3, bytesPerWindow: 100 };
  it.each([
    [{ files: 0, bytes: 0 }, 100, true],
    [{ files: 0, bytes: 0 }, 101, false],
    [{ files: 2, bytes: 50 }, 50, true],
    [{ files: 3, bytes: 0 }, 1, false],
    [{ files: 2, bytes: 99 }, 2, false],
  ])('usage %o, one more of %i bytes: allowed %s', (usage, size, allowed) => {
    expect(uploadAllowed(usage, size, limits)).toBe(allowed);
  });

  it('lets a busy firm file ten full dossiers of twenty 2 MiB files in a day', () => {
    expect(uploadAllowed({ files: 199, bytes: 199 * 2 * 1024 * 1024 }, 2 * 1024 * 1024)).toBe(true);
    expect(UPLOAD_LIMITS.orphanAfterMs).toBeGreaterThanOrEqual(UPLOAD_LIMITS.cleanupEveryMs);
  });
});
