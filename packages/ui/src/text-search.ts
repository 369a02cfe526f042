/**
 * Folds Vietnamese text for accent-insensitive search: removes tone and vowel marks,
 * maps đ/Đ to d, lower-cases and collapses whitespace. "Bưu chính" → "buu chinh".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Does `text` contain `query`, ignoring case and diacritics? An empty query matches everything. */
export function matchesSearch(text: string, query: string): boolean {
  const q = foldVietnamese(query);
  return q === '' || foldVietnamese(text).includes(q);
}
