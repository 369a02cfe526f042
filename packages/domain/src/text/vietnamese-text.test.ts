import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { must } from '../must';
import { matchesQuery, normalizeVietnamese, searchWords } from './index';

/** Every Vietnamese letter, lower and upper case, with all tones. */
const VIETNAMESE_LETTERS =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ' +
  'AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬBCDĐEÈÉẺẼẸÊỀẾỂỄỆGHIÌÍỈĨỊKLMNOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢPQRSTUÙÚỦŨỤƯỪỨỬỮỰVXYỲÝỶỸỴ';
const vietnameseText = fc
  .array(fc.constantFrom(...[...VIETNAMESE_LETTERS], ' ', '  ', '\t', '\n', '0', '9', ',', '.', '-', '/'), {
    maxLength: 60,
  })
  .map((cs) => cs.join(''));

describe('normalizeVietnamese', () => {
  it.each([
    ['Hải Phòng', 'hai phong'],
    ['  THÀNH   PHỐ\tHẢI PHÒNG ', 'thanh pho hai phong'],
    ['Đà Nẵng', 'da nang'],
    ['đường Điện Biên Phủ', 'duong dien bien phu'],
    ['Chi cục Tiêu chuẩn Đo lường Chất lượng', 'chi cuc tieu chuan do luong chat luong'],
    ['Nguyễn Thị Ánh Tuyết', 'nguyen thi anh tuyet'],
    ['Khánh Hoà', 'khanh hoa'],
    ['Khánh Hòa', 'khanh hoa'],
    ['TCVN 6396-20:2017', 'tcvn 6396-20:2017'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeVietnamese(input)).toBe(expected);
  });

  it('treats decomposed (NFD) input like precomposed (NFC) input', () => {
    expect(normalizeVietnamese('Hải Phòng'.normalize('NFD'))).toBe('hai phong');
    expect(normalizeVietnamese('Đắk Lắk'.normalize('NFD'))).toBe('dak lak');
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const once = normalizeVietnamese(s);
        expect(normalizeVietnamese(once)).toBe(once);
      }),
    );
  });

  it('gives plain ASCII for Vietnamese text, with no leading, trailing or double spaces', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const n = normalizeVietnamese(s);
        expect(n).toMatch(/^[\x20-\x7e]*$/);
        expect(n).not.toMatch(/^ | $| {2}/);
        expect(n).toBe(n.toLowerCase());
      }),
    );
  });

  it('keeps the length in letters of Vietnamese text (one base letter per accented letter)', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const letters = (x: string) => [...x.normalize('NFC')].filter((c) => /\p{L}/u.test(c)).length;
        expect(letters(normalizeVietnamese(s))).toBe(letters(s));
      }),
    );
  });
});

describe('matchesQuery', () => {
  it.each([
    ['Sở Khoa học và Công nghệ Hải Phòng', 'hai phong', true],
    ['Sở Khoa học và Công nghệ Hải Phòng', 'HẢI PHÒNG', true],
    ['Sở Khoa học và Công nghệ Hải Phòng', 'phong hai', true],
    ['Sở Khoa học và Công nghệ Hải Phòng', 'so kh', true],
    ['Sở Khoa học và Công nghệ Hải Phòng', 'hai duong', false],
    ['Công ty TNHH Điện Quang', 'dien quang', true],
    ['Công ty TNHH Điện Quang', 'đien', true],
    ['Công ty TNHH Điện Quang', 'quang   dien  ', true],
    ['Công ty TNHH Điện Quang', 'dieu', false],
    ['Bất kỳ', '', true],
    ['Bất kỳ', '   ', true],
    ['', 'a', false],
  ])('%j ~ %j → %s', (haystack, query, expected) => {
    expect(matchesQuery(haystack, query)).toBe(expected);
  });

  it('a text always matches itself', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        expect(matchesQuery(s, s)).toBe(true);
      }),
    );
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(matchesQuery(s, s)).toBe(true);
      }),
    );
  });

  it('every word of a Vietnamese text, typed without accents, finds the text', () => {
    fc.assert(
      fc.property(vietnameseText, fc.nat(), (s, i) => {
        const words = searchWords(s);
        fc.pre(words.length > 0);
        const word = must(words[i % words.length], 'a word');
        expect(matchesQuery(s, word)).toBe(true);
        expect(matchesQuery(s, word.toUpperCase())).toBe(true);
      }),
    );
  });
});
