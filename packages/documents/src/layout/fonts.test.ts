import { describe, expect, it } from 'vitest';
import { fonts } from './fonts';

const VIETNAMESE = 'ăâđêôơưĂÂĐÊÔƠƯ àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ';

describe('fonts', () => {
  it.each(['regular', 'bold', 'italic', 'boldItalic'] as const)(
    '%s covers every Vietnamese letter',
    (style) => {
      const font = fonts()[style];
      for (const ch of VIETNAMESE.replace(/\s/g, '')) {
        expect(font.hasGlyphForCodePoint(ch.codePointAt(0) ?? -1), ch).toBe(true);
      }
    },
  );

  it('gives each document glyphs that map back to the characters typed, whatever earlier documents did', () => {
    // document 1 writes "Người" and embeds its glyphs: "ờ" is a composite of "ơ", which the subsetter reaches
    // with no character attached
    const first = fonts().regular;
    const subset = first.createSubset();
    for (const glyph of first.layout('Người').glyphs) subset.includeGlyph(glyph);
    subset.encode();
    // document 2 writes "ơ": its text layer must still say "ơ"
    const [glyph] = fonts().regular.layout('cơ quan').glyphs.slice(1, 2);
    expect(glyph?.codePoints).toEqual(['ơ'.codePointAt(0)]);
  });
});
