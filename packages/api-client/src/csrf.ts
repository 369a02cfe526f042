/** Name of the readable cookie the server sets, and of the header that must echo it. */
export const CSRF_COOKIE = 'skhcn_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/** The value of a cookie in `cookieString` (document.cookie), or undefined. */
export function readCookie(name: string, cookieString: string): string | undefined {
  for (const part of cookieString.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

/** Headers for a tRPC request: the CSRF token when the cookie is present. */
export function csrfHeaders(): Record<string, string> {
  const cookies = typeof document === 'undefined' ? '' : document.cookie;
  const token = readCookie(CSRF_COOKIE, cookies);
  return token ? { [CSRF_HEADER]: token } : {};
}
