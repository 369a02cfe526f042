/**
 * `value`, where the code knows it exists (a row just written, an index within bounds, an entry of the law data);
 * throws an Error with `message` otherwise. For invariants of the code, not for input: input that is wrong is a
 * DomainError('BAD_INPUT').
 */
export function must<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new Error(message);
  return value;
}
