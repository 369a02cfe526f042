/**
 * Accent-insensitive search for Vietnamese text: "hai phong" finds "Hải Phòng", "ĐÀ NẴNG" finds "da nang".
 */

/** Combining marks (the Vietnamese tone and vowel marks after canonical decomposition). */
const COMBINING_MARKS = /\p{M}+/gu;
const WHITESPACE = /\s+/gu;

function stripMarks(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '');
}

/**
 * Lower-case, strip diacritics (including đ → d), collapse runs of whitespace to one space and trim.
 * Works on precomposed (NFC) and decomposed (NFD) input alike. Idempotent.
 */
export function normalizeVietnamese(s: string): string {
  // Strip, lower-case, strip again: lower-casing can itself produce marks (e.g. "İ" → "i̇").
  return stripMarks(stripMarks(s).toLowerCase()).replace(/đ/g, 'd').replace(WHITESPACE, ' ').trim();
}

/** The words of a query after normalisation (empty for a blank query). */
export function searchWords(query: string): string[] {
  const n = normalizeVietnamese(query);
  return n === '' ? [] : n.split(' ');
}

/**
 * True when every word of `query` occurs in `haystack` (as a substring, so a prefix typed so far matches),
 * ignoring case, diacritics and spacing. A blank query matches everything.
 */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = searchWords(query);
  if (words.length === 0) return true;
  const h = normalizeVietnamese(haystack);
  return words.every((w) => h.includes(w));
}
