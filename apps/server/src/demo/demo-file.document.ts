// The bytes of the demo dossiers' component files: a one-page PDF (or, for a photo component, a small PNG) that
// says which component of which dossier it stands for and that it is sample data. Deterministic: the same
// placeholder always gives the same bytes (no wall clock, no random IDs), so every instance seeding the same
// database stores the same content hash.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { deflateSync } from 'node:zlib';
// pdfkit's types come from @types/pdfkit of @skhcn/documents (an ambient `declare module 'pdfkit'`), which this
// program includes through that package's sources
import PDFDocument from 'pdfkit';
import type { DemoFilePlaceholder } from '@skhcn/db';
import { findProcedureVersion } from '@skhcn/domain';

export interface DemoFileContent {
  bytes: Buffer;
  mime: 'application/pdf' | 'image/png';
  originalName: string;
}

/** What a demo file stands for, in words: the component and procedure names from the procedure catalog. */
export interface DemoFileSubject {
  componentName: string;
  componentForm?: string;
  procedureName: string;
}

function demoFileSubject(file: DemoFilePlaceholder): DemoFileSubject {
  const version = findProcedureVersion(file.procedureCode, file.procedureVersion);
  const component = version?.components.find((c) => c.key === file.componentKey);
  return {
    componentName: component?.name ?? file.componentKey,
    ...(component?.form ? { componentForm: component.form } : {}),
    procedureName: version?.name ?? file.procedureCode,
  };
}

/** Photo components ("Ảnh chụp nhãn hàng hóa", "Ba ảnh cỡ 3×4") get an image, every other component a PDF. */
function isImageComponent(componentName: string): boolean {
  return /^(?:(?:một|hai|ba|bốn) )?ảnh\b/iu.test(componentName.normalize('NFC'));
}

const SAMPLE_NOTE =
  'Tệp này do hệ thống tự tạo khi nạp dữ liệu mẫu, để minh họa thành phần hồ sơ. Đây không phải giấy tờ thật và không có giá trị pháp lý.';

const vietnamDate = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

function withExtension(name: string, extension: 'pdf' | 'png'): string {
  return `${name.replace(/\.[a-z0-9]{1,5}$/i, '')}.${extension}`;
}

/** The sample file for one placeholder. */
export async function renderDemoFile(file: DemoFilePlaceholder): Promise<DemoFileContent> {
  const subject = demoFileSubject(file);
  if (isImageComponent(subject.componentName)) {
    return {
      bytes: demoPng(file, subject),
      mime: 'image/png',
      originalName: withExtension(file.originalName, 'png'),
    };
  }
  return {
    bytes: await demoPdf(file, subject),
    mime: 'application/pdf',
    originalName: withExtension(file.originalName, 'pdf'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// PDF: pdfkit with Tinos (Times New Roman metrics, full Vietnamese), as the documents the server issues.

const TINOS = {
  regular: '@expo-google-fonts/tinos/400Regular/Tinos_400Regular.ttf',
  bold: '@expo-google-fonts/tinos/700Bold/Tinos_700Bold.ttf',
} as const;
type FontStyle = keyof typeof TINOS;
const FONT_NAME: Record<FontStyle, string> = { regular: 'Tinos', bold: 'Tinos-Bold' };

/** The part of fontkit used here: parsing a font file (fontkit's types are a dependency of @skhcn/documents only). */
interface Fontkit {
  create(bytes: Buffer): object;
}
let parsed: Record<FontStyle, object> | undefined;

/**
 * The fonts of one document: regular and bold only, since every style embedded costs start-up time. Parsing the
 * TrueType files took most of a document's time, so they are parsed once per process and each document gets a view
 * with its own glyph cache, as @skhcn/documents does (a glyph cache shared between documents breaks the text layer
 * of later ones).
 */
function fonts(): Record<FontStyle, object> {
  if (!parsed) {
    const require = createRequire(import.meta.url);
    const fontkit = require('fontkit') as Fontkit;
    const parse = (style: FontStyle) => fontkit.create(readFileSync(require.resolve(TINOS[style])));
    parsed = { regular: parse('regular'), bold: parse('bold') };
  }
  const shared = parsed;
  const view = (style: FontStyle): object =>
    Object.assign(Object.create(shared[style]) as object, { _glyphs: {} });
  return { regular: view('regular'), bold: view('bold') };
}

const MM = 72 / 25.4;
const MARGINS = { top: 20 * MM, left: 30 * MM, right: 15 * MM, bottom: 20 * MM };
const WIDTH = 595.28 - MARGINS.left - MARGINS.right;

function demoPdfTitle(subject: DemoFileSubject): string {
  return `${subject.componentName} — tài liệu mẫu (dữ liệu demo)`;
}

async function demoPdf(file: DemoFilePlaceholder, subject: DemoFileSubject): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGINS,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: demoPdfTitle(subject),
      Subject: `Hồ sơ ${file.dossierCode} — ${subject.procedureName}`,
      Author: file.applicantName,
      Creator: 'Hệ thống một cửa Sở Khoa học và Công nghệ (dữ liệu mẫu)',
      // the placeholder's own time, not the wall clock: the same placeholder always gives the same bytes
      CreationDate: file.createdAt,
      ModDate: file.createdAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  // pdfkit accepts an already parsed fontkit font in place of the file (its type definitions do not say so)
  const f = fonts();
  for (const style of Object.keys(FONT_NAME) as FontStyle[])
    doc.registerFont(FONT_NAME[style], f[style] as unknown as Buffer);

  const x = MARGINS.left;
  doc
    .font(FONT_NAME.bold)
    .fontSize(11)
    .fillColor('#9a3412')
    .text('TÀI LIỆU MẪU — DỮ LIỆU DEMO', x, MARGINS.top, { width: WIDTH, align: 'right' });
  doc.moveDown(2);
  doc
    .font(FONT_NAME.bold)
    .fontSize(16)
    .fillColor('black')
    .text(subject.componentName, x, doc.y, { width: WIDTH, align: 'center' });
  doc.moveDown(0.3);
  doc
    .font(FONT_NAME.regular)
    .fontSize(13)
    .text('Tài liệu mẫu (dữ liệu demo)', x, doc.y, { width: WIDTH, align: 'center' });
  doc.moveDown(1.5);

  const rows: [string, string][] = [
    ['Thành phần hồ sơ', subject.componentName],
    ...(subject.componentForm ? [['Mẫu', subject.componentForm] as [string, string]] : []),
    ['Thủ tục', subject.procedureName],
    ['Mã hồ sơ', file.dossierCode],
    ['Tổ chức, cá nhân', file.applicantName],
    ...(file.applicantTaxCode ? [['Mã số thuế', file.applicantTaxCode] as [string, string]] : []),
    ['Ngày nộp tệp', vietnamDate.format(file.createdAt)],
  ];
  for (const [label, value] of rows) {
    doc
      .font(FONT_NAME.regular)
      .fontSize(13)
      .text(`${label}: `, x, doc.y, { width: WIDTH, continued: true, lineGap: 2 });
    doc.font(FONT_NAME.bold).text(value, { lineGap: 2 });
  }
  doc.moveDown(1.5);
  doc
    .font(FONT_NAME.regular)
    .fontSize(12)
    .fillColor('#444444')
    .text(SAMPLE_NOTE, x, doc.y, { width: WIDTH, align: 'justify' });

  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

// ---------------------------------------------------------------------------------------------------------------
// PNG: a small picture-placeholder (frame and diagonals), its Vietnamese description in iTXt chunks (UTF-8).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** An iTXt chunk (PNG 1.2 §4.2.3.3): uncompressed UTF-8 text under a Latin-1 keyword. */
function itxt(keyword: string, text: string): Buffer {
  return chunk(
    'iTXt',
    Buffer.concat([
      Buffer.from(`${keyword}\0\0\0vi\0\0`, 'latin1'),
      Buffer.from(text.normalize('NFC'), 'utf8'),
    ]),
  );
}

export const DEMO_PNG_SIZE = { width: 240, height: 180 } as const;

function demoPng(file: DemoFilePlaceholder, subject: DemoFileSubject): Buffer {
  const { width, height } = DEMO_PNG_SIZE;
  // 8-bit greyscale, filter byte 0 on every row
  const raw = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const frame = x < 4 || y < 4 || x >= width - 4 || y >= height - 4;
      const diagonal =
        Math.abs(x * height - y * width) <= width * 1.5 ||
        Math.abs(x * height - (height - 1 - y) * width) <= width * 1.5;
      raw[y * (width + 1) + 1 + x] = frame || diagonal ? 0x55 : 0xe5;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 0, 0, 0, 0], 8); // bit depth 8, greyscale, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    itxt('Title', `${subject.componentName} — ảnh mẫu (dữ liệu demo)`),
    itxt(
      'Description',
      `Hồ sơ ${file.dossierCode} — ${subject.procedureName}. Tổ chức, cá nhân: ${file.applicantName}. ${SAMPLE_NOTE}`,
    ),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
