import { normalizeVietnamese } from '@skhcn/domain';

/**
 * Lower-case, accent-free form of Vietnamese text for search (the domain's normalizeVietnamese): "Hải Phòng" and
 * "hai phong" both give "hai phong". Stored beside each dossier so the database can match it with LIKE.
 */
export function foldSearchText(text: string): string {
  return normalizeVietnamese(text);
}

/** Escapes LIKE wildcards so user text is matched literally (backslash is PostgreSQL's default escape). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
