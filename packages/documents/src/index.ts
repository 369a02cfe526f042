// @skhcn/documents: the documents of the one-stop dossier engine as PDF bytes. Pure functions from plain data
// to a Uint8Array: no database, no HTTP. Invalid input rejects with DomainError('BAD_INPUT').
//
// Dependencies, and why each:
// - pdfkit: the most used PDF writer for Node, maintained; embeds and subsets TrueType fonts through fontkit
//   (Vietnamese needs that), and wraps and justifies text, which pdf-lib leaves to the caller.
// - fontkit: the font engine pdfkit itself uses (same version); parsing each font once per process and handing
//   pdfkit the parsed font made a document about 4 times faster than letting pdfkit parse the files each time.
// - qrcode: the standard QR encoder for Node (PNG output, error-correction levels); pure JavaScript.
// - @expo-google-fonts/tinos: Tinos, a Times New Roman metric-compatible font with full Vietnamese coverage,
//   shipped as .ttf on npm so a fresh machine renders the same without system fonts (Nghị định 30/2020/NĐ-CP
//   prescribes Times New Roman for administrative documents).
// - zod: input schemas, as in @skhcn/domain.
// Dev only: unpdf (PDF.js build for servers) extracts text and images in tests; jsqr decodes the QR code
// found in the PDF; tsx runs the benchmark.

export { receiptDocument, receiptSchema, type ReceiptInput } from './forms/receipt.document';
export {
  additionsRequestDocument,
  additionsRequestSchema,
  type AdditionsRequestInput,
} from './forms/additions-request.document';
export { refusalDocument, refusalSchema, type RefusalInput } from './forms/refusal.document';
export { apologyDocument, apologySchema, type ApologyInput } from './forms/apology.document';
export { stopNoticeDocument, stopNoticeSchema, type StopNoticeInput } from './forms/stop-notice.document';
export {
  controlSheetDocument,
  controlSheetSchema,
  type ControlSheetInput,
} from './forms/control-sheet.document';
export {
  conformityAcceptanceDocument,
  conformityAcceptanceSchema,
  type ConformityAcceptanceInput,
} from './forms/conformity-acceptance.document';
export {
  licensingDocument,
  licensingDocumentSchema,
  type LicensingDocumentInput,
} from './forms/licensing-document.document';
export {
  councilMinutesDocument,
  councilMinutesSchema,
  type CouncilMinutesInput,
} from './forms/council-minutes.document';
export {
  resultCertificateDocument,
  resultCertificateSchema,
  type ResultCertificateInput,
} from './forms/result-certificate.document';
export { dtiReportDocument, dtiReportSchema, type DtiReportInput } from './forms/dti-report.document';
export { FORMS, type FormDefinition, type FormId } from './forms/form-catalog.data';
export type { DocumentDefinition } from './forms/define-document';
export {
  documentHeaderSchema,
  issuerSchema,
  signerSchema,
  applicantSchema,
  type DocumentHeader,
  type Issuer,
  type Signer,
  type Applicant,
} from './forms/common.schema';
export {
  formatDate,
  formatLongDate,
  formatDateTime,
  placeAndDate,
  DOCUMENT_DATE_RULE,
} from './format/vietnamese-date';
export type { DocumentSpec, Block } from './layout/document-layout';

import { receiptDocument } from './forms/receipt.document';
import { additionsRequestDocument } from './forms/additions-request.document';
import { refusalDocument } from './forms/refusal.document';
import { apologyDocument } from './forms/apology.document';
import { stopNoticeDocument } from './forms/stop-notice.document';
import { controlSheetDocument } from './forms/control-sheet.document';
import { conformityAcceptanceDocument } from './forms/conformity-acceptance.document';
import { licensingDocument } from './forms/licensing-document.document';
import { councilMinutesDocument } from './forms/council-minutes.document';
import { resultCertificateDocument } from './forms/result-certificate.document';
import { dtiReportDocument } from './forms/dti-report.document';

/** Shorthands: each renders one document to PDF bytes. */
export const renderReceipt = receiptDocument.render;
export const renderAdditionsRequest = additionsRequestDocument.render;
export const renderRefusal = refusalDocument.render;
export const renderApology = apologyDocument.render;
export const renderStopNotice = stopNoticeDocument.render;
export const renderControlSheet = controlSheetDocument.render;
export const renderConformityAcceptance = conformityAcceptanceDocument.render;
export const renderLicensingDocument = licensingDocument.render;
export const renderCouncilMinutes = councilMinutesDocument.render;
export const renderResultCertificate = resultCertificateDocument.render;
export const renderDtiReport = dtiReportDocument.render;
