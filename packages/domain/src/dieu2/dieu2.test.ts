/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  VIETNAMESE_POINT_LETTERS,
  dieu2,
  dieu2Citation,
  dieu2Corrections,
  dieu2Source,
  findDuty,
  findFieldBySlug,
  findPoint,
  managementFields,
} from './index';

// The seed lives next to the repository: <repo>/../shared/seeds/…
const SEED_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../../../shared/seeds/000_506e4fc377eaf574.txt',
);

interface SeedDuty {
  khoan: number;
  title: string;
  points: { letter: string; text: string }[];
}

/** Re-parses Điều 2 of the seed: joins lines the PDF broke, normalises whitespace, keeps letters as printed. */
function parseSeedDieu2(): SeedDuty[] {
  const text = readFileSync(SEED_PATH, 'utf8');
  const lines = text.split(/\r?\n/);
  const from = lines.findIndex((l) => l.startsWith('Điều 2.'));
  const to = lines.findIndex((l) => l.startsWith('Điều 3.'));
  expect(from).toBeGreaterThan(0);
  expect(to).toBeGreaterThan(from);
  const blocks: string[] = [];
  for (const line of lines.slice(from + 1, to)) {
    const t = line.trim();
    if (t === '') continue;
    const startsBlock = /^\d+\.\s/.test(t) || /^\p{Ll}\)\s/u.test(t);
    if (startsBlock || blocks.length === 0) blocks.push(t);
    else blocks[blocks.length - 1] += ` ${t}`;
  }
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const duties: SeedDuty[] = [];
  for (const b of blocks) {
    const k = /^(\d+)\.\s+([\s\S]*)$/.exec(b);
    const p = /^(\p{Ll})\)\s+([\s\S]*)$/u.exec(b);
    if (k) duties.push({ khoan: Number(k[1]), title: norm(k[2] ?? ''), points: [] });
    else if (p) duties.at(-1)?.points.push({ letter: p[1] ?? '', text: norm(p[2] ?? '') });
    else throw new Error(`Không nhận dạng được đoạn: ${b.slice(0, 60)}`);
  }
  return duties;
}

const seed = parseSeedDieu2();

describe('Điều 2: the 29 duties', () => {
  it('has 29 khoản numbered 1..29 in order', () => {
    expect(dieu2.map((d) => d.khoan)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  });

  it('VIETNAMESE_POINT_LETTERS is the legal sequence (đ after d; no f, j, s)', () => {
    expect(VIETNAMESE_POINT_LETTERS.join(' ')).toBe('a b c d đ e g h i k l m n o p q r');
    for (const absent of ['f', 'j', 's', 'w', 'z']) expect(VIETNAMESE_POINT_LETTERS).not.toContain(absent);
  });

  it.each(dieu2.map((d) => [d.khoan, d] as const))(
    'khoản %i: letters follow the Vietnamese sequence',
    (_k, duty) => {
      expect(duty.points.map((p) => p.letter)).toEqual(VIETNAMESE_POINT_LETTERS.slice(0, duty.points.length));
    },
  );

  it('has the point counts of the decision (khoản 11 runs to r, khoản 6 to m)', () => {
    const counts = Object.fromEntries(
      dieu2.filter((d) => d.points.length).map((d) => [d.khoan, d.points.length]),
    );
    expect(counts).toEqual({
      1: 5,
      6: 12,
      7: 7,
      8: 5,
      9: 5,
      10: 4,
      11: 17,
      12: 9,
      13: 10,
      14: 4,
      15: 9,
      16: 3,
      17: 6,
      18: 9,
      19: 5,
    });
    expect(findDuty(11)?.points.at(-1)?.letter).toBe('r');
    expect(findDuty(6)?.points.at(-1)?.letter).toBe('m');
  });

  it('every title and point reads as one joined line (no newline, no double space, no edge spaces)', () => {
    const texts = dieu2.flatMap((d) => [d.title, ...d.points.flatMap((p) => [p.text, ...(p.items ?? [])])]);
    expect(texts.length).toBeGreaterThan(29);
    for (const t of texts) {
      expect(t).not.toMatch(/\n|\r/);
      expect(t).not.toContain('  ');
      expect(t).toBe(t.trim());
      expect(t.length).toBeGreaterThan(0);
    }
  });

  it('joins the sentences the PDF broke across lines', () => {
    expect(findDuty(3)?.title).toContain('phê duyệt; thông tin, tuyên truyền');
    expect(findPoint(18, 'a')?.text).toMatch(/chính quyền thông minh tại địa phương;$/);
    expect(findPoint(6, 'đ')?.text).toContain(
      'đánh giá độc lập kết quả nghiên cứu khoa học, phát triển công nghệ',
    );
  });
});

describe('Điều 2 equals the seed, point for point, except the documented corrections', () => {
  it('the seed parses into the same 29 khoản with the same titles', () => {
    expect(seed.map((d) => d.khoan)).toEqual(dieu2.map((d) => d.khoan));
    for (const [i, d] of dieu2.entries()) expect(d.title).toBe(seed[i]?.title);
  });

  it('every point has the seed text; every letter is the seed letter unless corrected', () => {
    let compared = 0;
    for (const [i, duty] of dieu2.entries()) {
      const s = seed[i];
      expect(s?.points.length, `khoản ${duty.khoan}`).toBe(duty.points.length);
      for (const [j, point] of duty.points.entries()) {
        const sp = s?.points[j];
        expect(point.text, `khoản ${duty.khoan} điểm ${point.letter}`).toBe(sp?.text);
        const correction = dieu2Corrections.find((c) => c.khoan === duty.khoan && c.pointIndex === j);
        if (correction) {
          expect(sp?.letter).toBe(correction.seed);
          expect(point.letter).toBe(correction.law);
        } else {
          expect(point.letter, `khoản ${duty.khoan} điểm thứ ${j + 1}`).toBe(sp?.letter);
        }
        compared++;
      }
    }
    expect(compared).toBe(110);
  });

  it('corrects exactly one letter: khoản 13, the second "d)" of the seed is điểm đ', () => {
    expect(
      dieu2Corrections.map(({ khoan, pointIndex, field, seed: s, law }) => ({
        khoan,
        pointIndex,
        field,
        seed: s,
        law,
      })),
    ).toEqual([{ khoan: 13, pointIndex: 4, field: 'letter', seed: 'd', law: 'đ' }]);
    // The seed really prints d twice in khoản 13 …
    expect(seed.find((d) => d.khoan === 13)?.points.map((p) => p.letter)).toEqual([
      'a',
      'b',
      'c',
      'd',
      'd',
      'e',
      'g',
      'h',
      'i',
      'k',
    ]);
    // … and nowhere else departs from the sequence.
    const departures = seed.flatMap((d) =>
      d.points.flatMap((p, j) =>
        p.letter === VIETNAMESE_POINT_LETTERS[j] ? [] : [{ khoan: d.khoan, j, seed: p.letter }],
      ),
    );
    expect(departures).toEqual([{ khoan: 13, j: 4, seed: 'd' }]);
    expect(findPoint(13, 'đ')?.text).toMatch(/^Triển khai xây dựng các dự án dữ liệu của địa phương/);
  });
});

describe('points the platform relies on', () => {
  it.each([
    [11, 'd', 'công bố hợp chuẩn'],
    [11, 'd', 'hàng hóa nhóm 2'],
    [11, 'd', 'kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu'],
    [11, 'g', 'dấu định lượng'],
    [12, 'c', 'PET/CT'],
    [13, 'c', 'đăng ký, lưu giữ và công bố thông tin về nhiệm vụ'],
    [6, 'd', 'chuyển quyền sở hữu và quyền sử dụng kết quả'],
    [7, 'g', 'chỉ số đổi mới sáng tạo'],
    [18, 'h', 'chỉ số đánh giá mức độ chuyển đổi số'],
  ] as const)('khoản %i điểm %s mentions "%s"', (khoan, letter, phrase) => {
    expect(findPoint(khoan, letter)?.text).toContain(phrase);
  });
});

describe('management fields (khoản 6–19)', () => {
  it('covers exactly khoản 6..19, each attached to its duty, and no other khoản has a field', () => {
    expect(managementFields.map((f) => f.khoan)).toEqual(Array.from({ length: 14 }, (_, i) => i + 6));
    for (const d of dieu2) {
      if (d.khoan >= 6 && d.khoan <= 19) expect(d.field?.khoan).toBe(d.khoan);
      else expect(d.field).toBeUndefined();
    }
  });

  it('slugs are unique English kebab-case; labels are non-empty Vietnamese', () => {
    const slugs = managementFields.map((f) => f.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const f of managementFields) {
      expect(f.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(f.label.length).toBeGreaterThan(3);
    }
  });

  it.each([
    [6, 'science-technology-innovation', ['science']],
    [7, 'innovation-technology-market', []],
    [11, 'standards-metrology-quality', ['conformity']],
    [12, 'radiation-nuclear-safety', ['licensing']],
    [13, 'science-information-statistics', ['science']],
    [14, 'postal', ['licensing']],
    [15, 'telecommunications', []],
    [18, 'digital-transformation', ['dti']],
    [19, 'public-services', []],
  ] as const)('khoản %i is "%s" served by %j', (khoan, slug, apps) => {
    const f = findFieldBySlug(slug);
    expect(f?.khoan).toBe(khoan);
    expect(f?.apps).toEqual(apps);
    expect(findDuty(khoan)?.field?.slug).toBe(slug);
  });

  it('only khoản 6, 11, 12, 13, 14, 18 have an app today', () => {
    expect(managementFields.filter((f) => f.apps.length > 0).map((f) => f.khoan)).toEqual([
      6, 11, 12, 13, 14, 18,
    ]);
  });

  it('unknown lookups return undefined', () => {
    expect(findDuty(0)).toBeUndefined();
    expect(findDuty(30)).toBeUndefined();
    expect(findFieldBySlug('tdc')).toBeUndefined();
    expect(findPoint(11, 's')).toBeUndefined();
  });
});

describe('dieu2Source', () => {
  it('cites the Hải Phòng decision of 30/06/2025, Điều 2', () => {
    expect(dieu2Source.date).toBe('2025-06-30');
    expect(dieu2Source.article).toBe('Điều 2');
    expect(dieu2Source.document).toContain('Hải Phòng');
    expect(dieu2Citation(11, 'd').article).toBe('Điều 2 khoản 11 điểm d');
    expect(dieu2Citation(4).article).toBe('Điều 2 khoản 4');
  });
});
