import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findUnsafeText, isUnsafeText } from './unsafe-text';

describe('unsafe text', () => {
  it.each([
    ['Nguyễn Thị Lan', false],
    ['emoji 😀 ghép đúng', false],
    ['', false],
    ['canbo\u0000.tdc', true],
    ['nửa ký tự \uD83D', true],
    ['\uDE00 ở đầu', true],
    ['đảo ngược \uDE00\uD83D', true],
  ])('%j is unsafe: %s', (text, unsafe) => {
    expect(isUnsafeText(text)).toBe(unsafe);
  });

  it('finds the path of the first unsafe string, keys included', () => {
    expect(findUnsafeText({ a: 'ok', b: [1, 'x', { c: 'x\u0000' }] })).toBe('b.2.c');
    expect(findUnsafeText({ ['k\uD800']: 1 })).toBe('k\uD800');
    expect(findUnsafeText('\u0000')).toBe('');
    expect(findUnsafeText({ a: ['ok', null, 3, true], b: { c: 'Hồ sơ' } })).toBeUndefined();
  });

  it('accepts every well-formed string and refuses it once a NUL is inserted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.nat(), (s, at) => {
        const cleaned = s.replaceAll('\u0000', '');
        const i = at % (cleaned.length + 1);
        return !isUnsafeText(cleaned) && isUnsafeText(`${cleaned.slice(0, i)}\u0000${cleaned.slice(i)}`);
      }),
    );
  });
});
