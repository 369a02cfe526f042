// A piscina worker: renders one PDF on its own thread, so that the server's event loop keeps answering meanwhile.
import { threadId } from 'node:worker_threads';
import { PDF_RENDERERS, type PdfResult, type PdfTask } from './pdf-renderers';

export default async function renderPdf(task: PdfTask): Promise<PdfResult> {
  const render = PDF_RENDERERS[task.kind] as (input: unknown) => Promise<Uint8Array>;
  return { pdf: await render(task.input), threadId };
}
