// Test helpers: read back what a person would see in a rendered PDF (text, pages, the QR code).
import jsQR from 'jsqr';
import { extractImages, extractText, extractTextItems, getDocumentProxy } from 'unpdf';

// PDF.js uses ArrayBuffer.prototype.transferToFixedLength (Node ≥ 21) when it decodes images; Node 20 lacks it.
const proto = ArrayBuffer.prototype as unknown as {
  transferToFixedLength?: (length?: number) => ArrayBuffer;
};
proto.transferToFixedLength ??= function (this: ArrayBuffer, length?: number) {
  const copy = new ArrayBuffer(length ?? this.byteLength);
  new Uint8Array(copy).set(new Uint8Array(this, 0, Math.min(this.byteLength, copy.byteLength)));
  return copy;
};

// PDF.js takes ownership of the buffer it is given: always hand it a copy.
const open = (bytes: Uint8Array) => getDocumentProxy(new Uint8Array(bytes)); // a plain copy (Buffer is refused)

export interface PdfContent {
  pages: number;
  /** The text of each page, whitespace (line breaks included) collapsed to single spaces. */
  pageTexts: string[];
  /** All pages' text, whitespace collapsed. */
  text: string;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfContent> {
  const { totalPages, text } = await extractText(await open(bytes), { mergePages: false });
  const pageTexts = text.map((t) => t.replace(/\s+/g, ' ').trim());
  return { pages: totalPages, pageTexts, text: pageTexts.join(' ') };
}

/** Each piece of text with its position, per page (PDF points, origin bottom-left). */
export async function textItems(bytes: Uint8Array) {
  return (await extractTextItems(await open(bytes))).items;
}

/** Decode every QR code found among the images of a page. */
export async function qrPayloads(bytes: Uint8Array, page: number): Promise<string[]> {
  const images = await extractImages(await open(bytes), page);
  const found: string[] = [];
  for (const image of images) {
    const rgba = new Uint8ClampedArray(image.width * image.height * 4);
    for (let i = 0; i < image.width * image.height; i++) {
      for (let c = 0; c < 3; c++)
        rgba[i * 4 + c] = image.data[i * image.channels + (image.channels === 1 ? 0 : c)] ?? 0;
      rgba[i * 4 + 3] = 255;
    }
    const code = jsQR(rgba, image.width, image.height);
    if (code) found.push(code.data);
  }
  return found;
}

export function occurrences(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}
