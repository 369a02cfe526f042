import { existsSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { PDF_RENDERERS, type PdfInput, type PdfKind, type PdfResult, type PdfTask } from './pdf-renderers';

/** Renders PDFs; `renderWithThread` also says which thread did it (tests check it was not the server's). */
export interface PdfRenderer {
  render<K extends PdfKind>(kind: K, input: PdfInput<K>): Promise<Uint8Array>;
  renderWithThread<K extends PdfKind>(kind: K, input: PdfInput<K>): Promise<PdfResult>;
  close(): Promise<void>;
}

/** Renders on the calling thread (scripts, and a fallback the tests compare against). */
export const inlinePdfRenderer: PdfRenderer = {
  render: (kind, input) => renderInline(kind, input).then((r) => r.pdf),
  renderWithThread: renderInline,
  close: async () => {},
};

async function renderInline(kind: PdfKind, input: unknown): Promise<PdfResult> {
  const render = PDF_RENDERERS[kind] as (input: unknown) => Promise<Uint8Array>;
  return { pdf: await render(input), threadId };
}

/** The worker's module: the built one beside the bundle, or the source through tsx (pnpm dev, tests). */
function workerFile(): string {
  const built = fileURLToPath(new URL('./pdf-render.worker.js', import.meta.url));
  if (import.meta.url.endsWith('.js') && existsSync(built)) return built;
  return fileURLToPath(new URL('./pdf-render.worker.dev.mjs', import.meta.url));
}

/**
 * Renders on a small pool of worker threads (piscina): a PDF takes tens of milliseconds of CPU, and 200 of them
 * on the event loop held /healthz for seconds (issue 11). At most one thread per core but one (the event loop
 * keeps a core), at least one; threads start at the first rendering and stop after a minute without work.
 */
export function workerPdfRenderer(options: { maxThreads?: number } = {}): PdfRenderer {
  let pool: Piscina<PdfTask, PdfResult> | undefined;
  const run = (task: PdfTask) => {
    pool ??= new Piscina<PdfTask, PdfResult>({
      filename: workerFile(),
      minThreads: 0,
      maxThreads: options.maxThreads ?? Math.max(1, availableParallelism() - 1),
      idleTimeout: 60_000,
    });
    return pool.run(task);
  };
  return {
    render: (kind, input) => run({ kind, input }).then((r) => r.pdf),
    renderWithThread: (kind, input) => run({ kind, input }),
    close: async () => {
      await pool?.destroy();
      pool = undefined;
    },
  };
}
