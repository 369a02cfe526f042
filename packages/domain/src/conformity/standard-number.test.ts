import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  hsCodeSchema,
  normalizeHsCode,
  parseQcvn,
  parseStandardReference,
  parseTcvn,
  qcvnSchema,
  tcvnSchema,
} from './index';

describe('parseTcvn', () => {
  it.each([
    ['TCVN 6396-20:2017', { number: '6396-20', year: 2017, code: 'TCVN 6396-20:2017' }],
    ['TCVN ISO 9001:2015', { series: 'ISO', number: '9001', year: 2015, code: 'TCVN ISO 9001:2015' }],
    [
      'TCVN ISO/IEC 17025:2017',
      { series: 'ISO/IEC', number: '17025', year: 2017, code: 'TCVN ISO/IEC 17025:2017' },
    ],
    ['TCVN 5699-2-15:2013', { number: '5699-2-15', year: 2013, code: 'TCVN 5699-2-15:2013' }],
    ['tcvn  6396 - 20 : 2017', { number: '6396-20', year: 2017, code: 'TCVN 6396-20:2017' }],
    ['TCVN6396-20:2017', { number: '6396-20', year: 2017, code: 'TCVN 6396-20:2017' }],
    ['  tcvn iso 9001:2015 ', { series: 'ISO', number: '9001', year: 2015, code: 'TCVN ISO 9001:2015' }],
    [
      'TCVN ISO / IEC 17025 : 2017',
      { series: 'ISO/IEC', number: '17025', year: 2017, code: 'TCVN ISO/IEC 17025:2017' },
    ],
  ])('%j', (input, expected) => {
    expect(parseTcvn(input)).toEqual({ kind: 'TCVN', ...expected });
  });

  it.each([
    'TCVN 6396-20',
    'TCVN 6396-20:17',
    'TCVN :2017',
    'ISO 9001:2015',
    'QCVN 4:2009/BKHCN',
    'TCVN 6396-:2017',
    'TCVN 6396-20:1899',
    'TCVN 6396-20:2017/BKHCN',
    '',
  ])('refuses %j', (input) => {
    expect(parseTcvn(input)).toBeNull();
  });
});

describe('parseQcvn', () => {
  it.each([
    ['QCVN 4:2009/BKHCN', { number: '4', year: 2009, issuer: 'BKHCN', code: 'QCVN 4:2009/BKHCN' }],
    ['QCVN 16:2023/BXD', { number: '16', year: 2023, issuer: 'BXD', code: 'QCVN 16:2023/BXD' }],
    ['QCVN 01-1:2018/BYT', { number: '01-1', year: 2018, issuer: 'BYT', code: 'QCVN 01-1:2018/BYT' }],
    ['QCVN 01:2008/BLĐTBXH', { number: '01', year: 2008, issuer: 'BLĐTBXH', code: 'QCVN 01:2008/BLĐTBXH' }],
    ['qcvn 4 : 2009 / bkhcn', { number: '4', year: 2009, issuer: 'BKHCN', code: 'QCVN 4:2009/BKHCN' }],
    ['qcvn 01:2008/blđtbxh', { number: '01', year: 2008, issuer: 'BLĐTBXH', code: 'QCVN 01:2008/BLĐTBXH' }],
  ])('%j', (input, expected) => {
    expect(parseQcvn(input)).toEqual({ kind: 'QCVN', ...expected });
  });

  it.each([
    'QCVN 4:2009',
    'QCVN 4/BKHCN',
    'QCVN 4:09/BKHCN',
    'TCVN 4:2009/BKHCN',
    'QCVN :2009/BKHCN',
    'QCVN 4:2009/BKHCN1',
    '',
  ])('refuses %j', (input) => {
    expect(parseQcvn(input)).toBeNull();
  });

  it('tells the two kinds apart', () => {
    expect(parseStandardReference('QCVN 16:2023/BXD')?.kind).toBe('QCVN');
    expect(parseStandardReference('TCVN ISO 9001:2015')?.kind).toBe('TCVN');
    expect(parseStandardReference('ISO 9001:2015')).toBeNull();
  });

  it('normalisation is stable: parsing the canonical code gives the same code', () => {
    const num = fc
      .array(fc.integer({ min: 0, max: 99999 }), { minLength: 1, maxLength: 3 })
      .map((a) => a.join('-'));
    const year = fc.integer({ min: 1960, max: 2100 });
    fc.assert(
      fc.property(num, year, fc.constantFrom('BKHCN', 'BXD', 'BYT', 'BLĐTBXH'), (n, y, issuer) => {
        const q = parseQcvn(`qcvn ${n} : ${y} / ${issuer.toLowerCase()}`);
        expect(q?.code).toBe(`QCVN ${n}:${y}/${issuer}`);
        expect(q && parseQcvn(q.code)).toEqual(q);
      }),
    );
    fc.assert(
      fc.property(num, year, fc.constantFrom(undefined, 'ISO', 'IEC', 'ISO/IEC'), (n, y, series) => {
        const t = parseTcvn(`tcvn ${series ?? ''} ${n}:${y}`);
        expect(t?.code).toBe(`TCVN ${series ? `${series} ` : ''}${n}:${y}`);
        expect(t && parseTcvn(t.code)).toEqual(t);
      }),
    );
  });

  it('schemas give Vietnamese messages', () => {
    expect(tcvnSchema.safeParse('ISO 9001').error?.issues[0]?.message).toMatch(
      /^Số hiệu tiêu chuẩn phải có dạng TCVN/,
    );
    expect(qcvnSchema.safeParse('QCVN 4').error?.issues[0]?.message).toMatch(
      /^Số hiệu quy chuẩn kỹ thuật phải có dạng QCVN/,
    );
    expect(qcvnSchema.parse('qcvn 4:2009/bkhcn').code).toBe('QCVN 4:2009/BKHCN');
  });
});

describe('HS code', () => {
  it.each<[string, string | null]>([
    ['8516', '8516'],
    ['851610', '8516.10'],
    ['8516.10', '8516.10'],
    ['85161010', '8516.10.10'],
    ['8516.10.10', '8516.10.10'],
    ['8516.1010', '8516.10.10'],
    [' 8516 . 10 . 10 ', '8516.10.10'],
    ['851', null],
    ['85161', null],
    ['8516101', null],
    ['851610101', null],
    ['8516.10.1', null],
    ['8516.', null],
    ['85.16.10.10', null],
    ['0000', null],
    ['abcd', null],
  ])('%j → %j', (input, expected) => {
    expect(normalizeHsCode(input)).toBe(expected);
  });

  it('the canonical form has 4, 6 or 8 digits and is a fixed point', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(4, 6, 8),
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 }),
        (len, ds) => {
          const digits = ds.slice(0, len).join('');
          fc.pre(!digits.startsWith('0000'));
          const n = normalizeHsCode(digits);
          expect(n?.replace(/\./g, '')).toBe(digits);
          expect(n && normalizeHsCode(n)).toBe(n);
        },
      ),
    );
  });

  it('the schema words its error in Vietnamese', () => {
    expect(hsCodeSchema.safeParse('85161').error?.issues[0]?.message).toMatch(
      /^Mã HS phải gồm 4, 6 hoặc 8 chữ số/,
    );
  });
});
