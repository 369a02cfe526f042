// Benchmark: `pnpm --filter @skhcn/documents bench [count]` renders `count` (default 200) receipts (Mẫu 01)
// one after another and prints the mean time per document and the PDF size, beside baselines rendered by
// the same pdfkit in the same process: a one-line PDF with a built-in font, and with
// the embedded Tinos font (parsed for each document, and parsed once as the documents do).
import PDFDocument from 'pdfkit';
import { renderReceipt } from './index';
import { FONT, fontBytes, fonts } from './layout/fonts';
import { receiptInput } from './sample-inputs.fixture';

const count = Number(process.argv[2] ?? 200);

type Font = 'helvetica' | 'tinos-file' | 'tinos-parsed';

async function oneLinePdf(font: Font): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4' });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  if (font === 'tinos-file') doc.registerFont(FONT.regular, fontBytes().regular).font(FONT.regular);
  if (font === 'tinos-parsed')
    doc.registerFont(FONT.regular, fonts().regular as unknown as Buffer).font(FONT.regular);
  doc.fontSize(13).text('Giấy tiếp nhận hồ sơ và hẹn trả kết quả');
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

async function measure(label: string, render: () => Promise<Uint8Array>): Promise<void> {
  for (let i = 0; i < 5; i++) await render(); // warm-up: font parsing, JIT
  let size = 0;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) size = (await render()).length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  console.log(
    `${label.padEnd(44)} ${(ms / count).toFixed(2).padStart(7)} ms/doc  ${(size / 1024).toFixed(1).padStart(6)} KB  (${count} docs in ${ms.toFixed(0)} ms)`,
  );
}

console.log(`Node ${process.version}, ${count} documents each`);
await measure('baseline: one line, built-in Helvetica', () => oneLinePdf('helvetica'));
await measure('baseline: one line, Tinos parsed per document', () => oneLinePdf('tinos-file'));
await measure('baseline: one line, Tinos parsed once', () => oneLinePdf('tinos-parsed'));
await measure('Mẫu 01 Giấy tiếp nhận (full layout + QR)', () => renderReceipt(receiptInput));
