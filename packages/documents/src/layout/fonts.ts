import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

/**
 * Tinos (Google Fonts, OFL) is metric-compatible with Times New Roman, the typeface Nghị định 30/2020/NĐ-CP
 * prescribes for administrative documents, and covers the Vietnamese alphabet. It comes from npm
 * (@expo-google-fonts/tinos), never from the operating system, so rendering is the same on a fresh machine.
 */
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontStyle, string> = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
  italic: '@expo-google-fonts/tinos/400Regular_Italic/Tinos_400Regular_Italic.ttf',
  boldItalic: '@expo-google-fonts/tinos/700Bold_Italic/Tinos_700Bold_Italic.ttf',
};

/** Font names registered in every document. */
export const FONT: Record<FontStyle, string> = {
  regular: 'Tinos',
  bold: 'Tinos-Bold',
  italic: 'Tinos-Italic',
  boldItalic: 'Tinos-BoldItalic',
};

let bytesCache: Record<FontStyle, Buffer> | undefined;
let fontCache: Record<FontStyle, Font> | undefined;

/** The font files, read once per process. */
export function fontBytes(): Record<FontStyle, Buffer> {
  if (!bytesCache) {
    const require = createRequire(import.meta.url);
    const read = (style: FontStyle) => readFileSync(require.resolve(FONT_FILES[style]));
    bytesCache = {
      regular: read('regular'),
      bold: read('bold'),
      italic: read('italic'),
      boldItalic: read('boldItalic'),
    };
  }
  return bytesCache;
}

function parsedFonts(): Record<FontStyle, Font> {
  if (!fontCache) {
    const bytes = fontBytes();
    const parse = (style: FontStyle) => create(bytes[style]) as Font;
    fontCache = {
      regular: parse('regular'),
      bold: parse('bold'),
      italic: parse('italic'),
      boldItalic: parse('boldItalic'),
    };
  }
  return fontCache;
}

/**
 * Fonts for one document. Parsing the TrueType files took most of a document's time, so the parsed tables are
 * shared by every document of the process. Glyph objects are not: fontkit caches each glyph with the characters
 * it was first reached from, and the subsetter of a finished document reaches glyphs with no characters (parts
 * of composite letters such as "ơ"), which would break the text layer (copy, search) of later documents. Each
 * document therefore gets a view of the shared font with its own glyph cache and its own layout engine.
 */
export function fonts(): Record<FontStyle, Font> {
  const shared = parsedFonts();
  const view = (style: FontStyle): Font =>
    Object.assign(Object.create(shared[style]) as Font, { _glyphs: {} });
  return {
    regular: view('regular'),
    bold: view('bold'),
    italic: view('italic'),
    boldItalic: view('boldItalic'),
  };
}
