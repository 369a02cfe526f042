// The PDF renderers a worker thread runs, by name (the name and the input cross the thread boundary, not functions).
import {
  renderAdditionsRequest,
  renderApology,
  renderConformityAcceptance,
  renderControlSheet,
  renderCouncilMinutes,
  renderLicensingDocument,
  renderReceipt,
  renderRefusal,
  renderResultCertificate,
  renderStopNotice,
} from '@skhcn/documents';

export const PDF_RENDERERS = {
  receipt: renderReceipt,
  'additions-request': renderAdditionsRequest,
  refusal: renderRefusal,
  apology: renderApology,
  'stop-notice': renderStopNotice,
  'control-sheet': renderControlSheet,
  notice: renderConformityAcceptance,
  licensing: renderLicensingDocument,
  'council-minutes': renderCouncilMinutes,
  'result-certificate': renderResultCertificate,
} as const;

export type PdfKind = keyof typeof PDF_RENDERERS;
export type PdfInput<K extends PdfKind> = Parameters<(typeof PDF_RENDERERS)[K]>[0];

/** One rendering asked of a worker. */
export interface PdfTask {
  kind: PdfKind;
  input: unknown;
}

/** What a worker answers: the PDF and the thread that rendered it. */
export interface PdfResult {
  pdf: Uint8Array;
  threadId: number;
}
