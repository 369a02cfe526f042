// Text no field may hold: the NUL character (PostgreSQL cannot store it in text) and lone UTF-16 surrogates (half
// a character: they cannot be encoded as UTF-8 and come only from a broken or hostile client).

// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSAFE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE =
  'Dữ liệu gửi lên chứa ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode không hoàn chỉnh).';

/** Does this string hold a NUL character or a lone surrogate? */
export function isUnsafeText(text: string): boolean {
  return UNSAFE.test(text);
}

/**
 * The path ("items.2.name", "" for the value itself) of the first string — value or object key — in `value` that
 * holds unsafe text; undefined when there is none. Walks any JSON-like value without recursion.
 */
export function findUnsafeText(value: unknown): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
  for (let next = stack.pop(); next; next = stack.pop()) {
    const v = next.value;
    if (typeof v === 'string') {
      if (isUnsafeText(v)) return next.path;
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: join(next.path, String(i)) }));
    } else if (typeof v === 'object' && v !== null) {
      for (const [key, item] of Object.entries(v)) {
        if (isUnsafeText(key)) return join(next.path, key);
        stack.push({ value: item, path: join(next.path, key) });
      }
    }
  }
  return undefined;
}
