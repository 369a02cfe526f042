import PDFDocument from 'pdfkit';
import type { DocumentHeader } from '../forms/common.schema';
import type { FormDefinition } from '../forms/form-catalog.data';
import { placeAndDate } from '../format/vietnamese-date';
import { FONT, fonts, type FontStyle } from './fonts';
import { CONTENT_WIDTH, LINE_GAP, PAGE, SIZE } from './page';
import { qrCodePng } from './qr-code';

type Pdf = PDFKit.PDFDocument;

/** A piece of text with its own weight and slant, inside a paragraph. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}
export type Inline = string | TextRun;

export interface TableColumn {
  header: string;
  /** relative width; columns share the content width in proportion */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** One signature column: line of authority, title, a hint in italics, room to sign, full name. */
export interface SignatureColumn {
  authority?: string;
  title: string;
  hint?: string;
  fullName?: string;
}

/** The building blocks of a document body. Documents describe themselves as data; this module draws them. */
export type Block =
  | {
      kind: 'paragraph';
      runs: Inline[];
      align?: 'left' | 'justify' | 'center';
      indent?: boolean;
      size?: number;
    }
  | { kind: 'table'; columns: TableColumn[]; rows: string[][] }
  | { kind: 'signatures'; left?: SignatureColumn; right: SignatureColumn; recipients?: string[] }
  | { kind: 'space'; height: number };

/** Everything needed to draw one document. */
export interface DocumentSpec {
  form: FormDefinition;
  header: DocumentHeader;
  /** Lines under the title, e.g. "Mã hồ sơ: …" */
  subtitles?: Inline[][];
  blocks: Block[];
}

export const bold = (text: string): TextRun => ({ text, bold: true });
export const italic = (text: string): TextRun => ({ text, italic: true });
export const paragraph = (...runs: Inline[]): Block => ({
  kind: 'paragraph',
  runs,
  align: 'justify',
  indent: true,
});
/** "Label: value" with the value in bold; nothing when the value is absent. */
export const field = (label: string, value: string | undefined): Block[] =>
  value === undefined
    ? []
    : [{ kind: 'paragraph', runs: [`${label}: `, bold(value)], align: 'left', indent: true }];
export const space = (height: number): Block => ({ kind: 'space', height });

const fontOf = (run: TextRun): string => FONT[styleOf(run)];
function styleOf(run: TextRun): FontStyle {
  if (run.bold && run.italic) return 'boldItalic';
  if (run.bold) return 'bold';
  return run.italic ? 'italic' : 'regular';
}
const asRun = (inline: Inline): TextRun => (typeof inline === 'string' ? { text: inline } : inline);

const left = PAGE.margins.left;
const bottomLimit = () => PAGE.height - PAGE.margins.bottom;
const INDENT = 10 * (72 / 25.4);
const PARAGRAPH_SPACING = 4;

/** Render a document to PDF bytes. */
export async function renderPdf(spec: DocumentSpec): Promise<Uint8Array> {
  const qrPng = await qrCodePng(spec.header.verificationUrl);
  const issued = new Date(`${spec.header.issuedOn}T00:00:00+07:00`);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PAGE.margins,
    bufferPages: true,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: `${spec.form.title} — Số ${spec.header.number}`,
      Subject: `${spec.form.code}, ${spec.form.source.article ?? ''} ${spec.form.source.document}`.trim(),
      Author: spec.header.issuer.name,
      Creator: 'Hệ thống một cửa Sở Khoa học và Công nghệ',
      // the issue date, not the wall clock, so the same input always gives the same bytes
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });

  // pdfkit accepts an already parsed fontkit font in place of the file (its type definitions do not say so)
  const parsed = fonts();
  for (const style of Object.keys(FONT) as FontStyle[])
    doc.registerFont(FONT[style], parsed[style] as unknown as Buffer);

  drawHeading(doc, spec.header);
  drawTitle(doc, spec.form.title, spec.subtitles ?? []);
  for (const block of spec.blocks) drawBlock(doc, block);
  drawFooters(doc, qrPng);

  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Issuing body on the left, national heading on the right, then "Số: …" facing the place and date. */
function drawHeading(doc: Pdf, header: DocumentHeader): void {
  const top = PAGE.margins.top;
  const leftWidth = CONTENT_WIDTH * 0.41;
  const rightX = left + leftWidth + 8;
  const rightWidth = CONTENT_WIDTH - leftWidth - 8;
  const size = SIZE.heading;

  let y = top;
  const centred = (text: string, font: string, fontSize: number, x: number, width: number) => {
    doc.font(font).fontSize(fontSize);
    doc.text(text, x, y, { width, align: 'center', lineGap: 0.5 });
    y = doc.y;
  };
  const rule = (x: number, width: number, ruleWidth: number) => {
    const start = x + (width - ruleWidth) / 2;
    doc
      .moveTo(start, y + 2)
      .lineTo(start + ruleWidth, y + 2)
      .lineWidth(0.6)
      .stroke();
  };

  for (const parent of header.issuer.parentBodies)
    centred(parent.toUpperCase(), FONT.regular, size, left, leftWidth);
  const issuerName = header.issuer.name.toUpperCase();
  centred(issuerName, FONT.bold, size, left, leftWidth);
  const issuerRule = Math.min(
    doc.font(FONT.bold).fontSize(size).widthOfString(issuerName) / 3,
    leftWidth / 2,
  );
  rule(left, leftWidth, Math.max(issuerRule, 40));
  const leftBottom = y + 4;

  y = top;
  centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', FONT.bold, size, rightX, rightWidth);
  const motto = 'Độc lập - Tự do - Hạnh phúc';
  centred(motto, FONT.bold, size + 0.5, rightX, rightWidth);
  rule(
    rightX,
    rightWidth,
    doc
      .font(FONT.bold)
      .fontSize(size + 0.5)
      .widthOfString(motto),
  );
  const rightBottom = y + 4;

  y = Math.max(leftBottom, rightBottom) + 6;
  const rowY = y;
  centred(`Số: ${header.number}`, FONT.regular, size + 0.5, left, leftWidth);
  const leftRow = y;
  y = rowY;
  centred(placeAndDate(header.place, header.issuedOn), FONT.italic, size + 0.5, rightX, rightWidth);
  doc.x = left;
  doc.y = Math.max(leftRow, y);
}

function drawTitle(doc: Pdf, title: string, subtitles: Inline[][]): void {
  doc.y += 16;
  doc
    .font(FONT.bold)
    .fontSize(SIZE.title)
    .text(title, left, doc.y, { width: CONTENT_WIDTH, align: 'center' });
  doc.y += 2;
  for (const line of subtitles)
    drawRuns(doc, line.map(asRun), { align: 'center', size: SIZE.body, indent: false });
  doc.y += 10;
}

function drawBlock(doc: Pdf, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      drawRuns(doc, block.runs.map(asRun), {
        align: block.align ?? 'justify',
        size: block.size ?? SIZE.body,
        indent: block.indent ?? true,
      });
      doc.y += PARAGRAPH_SPACING;
      return;
    case 'table':
      drawTable(doc, block.columns, block.rows);
      return;
    case 'signatures':
      drawSignatures(doc, block);
      return;
    case 'space':
      doc.y += block.height;
      return;
  }
}

function drawRuns(
  doc: Pdf,
  runs: TextRun[],
  opts: { align: 'left' | 'justify' | 'center'; size: number; indent: boolean },
): void {
  // pdfkit justifies each run of a multi-run paragraph on its own, which spreads words badly: justify single runs only
  const align = runs.length > 1 && opts.align === 'justify' ? 'left' : opts.align;
  doc.x = left;
  if (align === 'center' && runs.length > 1) {
    // pdfkit cannot centre a line made of several runs: place the runs one after another by hand
    const widths = runs.map((run) => doc.font(fontOf(run)).fontSize(opts.size).widthOfString(run.text));
    const total = widths.reduce((a, b) => a + b, 0);
    if (total <= CONTENT_WIDTH) {
      const y = doc.y;
      let x = left + (CONTENT_WIDTH - total) / 2;
      runs.forEach((run, i) => {
        doc.font(fontOf(run)).fontSize(opts.size).text(run.text, x, y, { lineBreak: false });
        x += widths[i] ?? 0;
      });
      doc.x = left;
      doc.y = y + doc.currentLineHeight(true) + LINE_GAP;
      return;
    }
  }
  runs.forEach((run, i) => {
    doc.font(fontOf(run)).fontSize(opts.size);
    const options: PDFKit.Mixins.TextOptions = {
      width: CONTENT_WIDTH,
      align,
      lineGap: LINE_GAP,
      continued: i < runs.length - 1,
    };
    if (i === 0) {
      doc.text(run.text, left, doc.y, { ...options, indent: opts.indent ? INDENT : 0 });
    } else {
      doc.text(run.text, options);
    }
  });
  doc.x = left;
}

const CELL_PADDING = 4;

function cellHeight(doc: Pdf, text: string, width: number, font: string): number {
  doc.font(font).fontSize(SIZE.table);
  return doc.heightOfString(text || ' ', { width: width - 2 * CELL_PADDING, lineGap: 1 }) + 2 * CELL_PADDING;
}

/** A bordered table whose rows break across pages; the header row repeats on every page. */
function drawTable(doc: Pdf, columns: TableColumn[], rows: string[][]): void {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * CONTENT_WIDTH);
  const rowHeight = (cells: string[], font: string) =>
    Math.max(...widths.map((w, i) => cellHeight(doc, cells[i] ?? '', w, font)));

  const headers = columns.map((c) => c.header);
  const headerHeight = rowHeight(headers, FONT.bold);

  const drawRow = (cells: string[], height: number, font: string, header: boolean) => {
    let x = left;
    const y = doc.y;
    widths.forEach((w, i) => {
      if (header) doc.rect(x, y, w, height).fillColor('#eeeeee').fill().fillColor('black');
      doc.rect(x, y, w, height).lineWidth(0.5).strokeColor('black').stroke();
      doc.font(font).fontSize(SIZE.table);
      doc.text(cells[i] ?? '', x + CELL_PADDING, y + CELL_PADDING, {
        width: w - 2 * CELL_PADDING,
        align: header ? 'center' : (columns[i]?.align ?? 'left'),
        lineGap: 1,
      });
      x += w;
    });
    doc.x = left;
    doc.y = y + height;
  };

  const firstHeight = rows[0] ? rowHeight(rows[0], FONT.regular) : 0;
  if (doc.y + headerHeight + firstHeight > bottomLimit()) doc.addPage();
  drawRow(headers, headerHeight, FONT.bold, true);
  for (const row of rows) {
    const height = rowHeight(row, FONT.regular);
    if (doc.y + height > bottomLimit()) {
      doc.addPage();
      drawRow(headers, headerHeight, FONT.bold, true);
    }
    drawRow(row, height, FONT.regular, false);
  }
  doc.y += 8;
}

const SIGNING_SPACE = 56;

function signatureLines(
  column: SignatureColumn,
): { text: string; font: string; size: number; gapBefore?: number }[] {
  const lines: { text: string; font: string; size: number; gapBefore?: number }[] = [];
  if (column.authority)
    lines.push({ text: column.authority.toUpperCase(), font: FONT.bold, size: SIZE.body });
  lines.push({ text: column.title.toUpperCase(), font: FONT.bold, size: SIZE.body });
  if (column.hint) lines.push({ text: column.hint, font: FONT.italic, size: SIZE.small });
  lines.push({ text: column.fullName ?? ' ', font: FONT.bold, size: SIZE.body, gapBefore: SIGNING_SPACE });
  return lines;
}

/** Signature columns (and "Nơi nhận:" on the left of an official letter), kept together on one page. */
function drawSignatures(doc: Pdf, block: Extract<Block, { kind: 'signatures' }>): void {
  const half = CONTENT_WIDTH / 2;
  const rightX = left + half - 10;
  const rightWidth = half + 10;
  const leftWidth = half - 20;

  const measure = (lines: ReturnType<typeof signatureLines>, width: number) =>
    lines.reduce(
      (h, l) => h + (l.gapBefore ?? 0) + doc.font(l.font).fontSize(l.size).heightOfString(l.text, { width }),
      0,
    );
  const recipientLines = block.recipients?.length
    ? [
        { text: 'Nơi nhận:', font: FONT.boldItalic, size: SIZE.small + 1 },
        ...block.recipients.map((r, i, all) => ({
          text: `- ${r}${i === all.length - 1 ? '.' : ';'}`,
          font: FONT.regular,
          size: SIZE.small,
        })),
      ]
    : [];

  const rightLines = signatureLines(block.right);
  const leftLines = block.left ? signatureLines(block.left) : recipientLines;
  const height = Math.max(measure(rightLines, rightWidth), measure(leftLines, leftWidth));
  doc.y += 12;
  if (doc.y + height > bottomLimit()) doc.addPage();

  const top = doc.y;
  const drawColumn = (lines: typeof rightLines, x: number, width: number, align: 'center' | 'left') => {
    doc.y = top;
    for (const line of lines) {
      doc.y += line.gapBefore ?? 0;
      doc.font(line.font).fontSize(line.size).text(line.text, x, doc.y, { width, align });
    }
    return doc.y;
  };
  const rightEnd = drawColumn(rightLines, rightX, rightWidth, 'center');
  const leftEnd = block.left
    ? drawColumn(leftLines, left, leftWidth, 'center')
    : drawColumn(leftLines, left, leftWidth, 'left');
  doc.x = left;
  doc.y = Math.max(rightEnd, leftEnd);
}

/** On every page: the verification QR code in the bottom-left corner and "Trang i/n". */
function drawFooters(doc: Pdf, qrPng: Buffer): void {
  // one image object shared by every page (openImage is pdfkit API the type definitions leave out)
  const image = (doc as Pdf & { openImage(src: Buffer): PDFKit.Mixins.ImageSrc }).openImage(qrPng);
  const { start, count } = doc.bufferedPageRange();
  const qrTop = PAGE.height - PAGE.qr.bottomOffset - PAGE.qr.size;
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    // writing inside the bottom margin must not start a new page
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.image(image, left, qrTop, { width: PAGE.qr.size, height: PAGE.qr.size });
    doc
      .font(FONT.italic)
      .fontSize(SIZE.footer)
      .fillColor('#333333')
      .text(
        'Quét mã QR để tra cứu,\nxác thực văn bản',
        left + PAGE.qr.size + 6,
        qrTop + PAGE.qr.size / 2 - 10,
        {
          width: 110,
          lineGap: 1,
        },
      );
    doc
      .font(FONT.regular)
      .fontSize(SIZE.footer + 1)
      .fillColor('black')
      .text(`Trang ${i - start + 1}/${count}`, left, PAGE.height - PAGE.qr.bottomOffset - 10, {
        width: CONTENT_WIDTH,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = savedBottom;
  }
}
