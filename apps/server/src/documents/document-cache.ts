import { createHash } from 'node:crypto';

/**
 * Rendered PDFs of issued documents, by a fingerprint of everything printed on them: an issued document never
 * changes, so it is rendered once and then served from memory. Concurrent requests for one document share one
 * rendering (a burst of 200 anonymous requests renders it once), and the least recently used entries leave first.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Promise<Uint8Array>>();
  private renders = 0;
  private hits = 0;

  constructor(private readonly maxEntries = 200) {}

  /** The key of a document: the SHA-256 of its kind and its input (what it prints). */
  static keyOf(kind: string, input: unknown): string {
    return createHash('sha256').update(kind).update('\0').update(JSON.stringify(input)).digest('base64url');
  }

  /** The cached PDF under `key`, or the one `render` makes (kept unless rendering fails). */
  async get(key: string, render: () => Promise<Uint8Array>): Promise<Uint8Array> {
    const cached = this.entries.get(key);
    if (cached) {
      this.hits++;
      // most recently used last
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    this.renders++;
    const pending = render();
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return pending;
  }

  stats(): { renders: number; hits: number; entries: number } {
    return { renders: this.renders, hits: this.hits, entries: this.entries.size };
  }
}
