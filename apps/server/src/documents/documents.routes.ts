// Documents over HTTP, rendered on request with @skhcn/documents from the dossier's data and history:
// GET /api/dossiers/:id/documents/:kind.pdf (staff who may read the dossier, or its applicant) and
// GET /api/public/notices/:noticeNumber.pdf (public: the notice is in the public registry; its QR code opens
// /tra-cuu/thong-bao/<number>).
// The server depends on @skhcn/documents and, so that the bundle (build.mjs keeps npm dependencies external) finds
// them at run time, on its renderers' packages: pdfkit (reads its own data files), fontkit, qrcode and
// @expo-google-fonts/tinos (the .ttf fonts are resolved from node_modules).
import type { FastifyInstance } from 'fastify';
import {
  loadDossierDocumentData,
  loadLicensingDocumentData,
  loadNoticeDocumentData,
  type DossierDocumentData,
} from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DEFAULT_ORGANISATION_ID, DomainError, getOrganisation, vietnamLocalTime } from '@skhcn/domain';
import {
  additionsRequestInput,
  apologyInput,
  controlSheetInput,
  licensingInput,
  DOCUMENT_KINDS,
  noticeInput,
  receiptInput,
  refusalInput,
  stopNoticeInput,
  type DocumentContext,
  type DocumentKind,
} from './document-inputs';
import { DocumentCache } from './document-cache';
import type { PdfRenderer } from './pdf-renderer';
import { sendAppError, sendFailure, sessionOf } from './http-errors';

export interface DocumentRoutesOptions {
  db: Database;
  sessionCookie: string;
  /** Origin of the links and QR codes printed in documents (PUBLIC_ORIGIN), never the request's Host */
  publicOrigin: string;
  /** Rendered issued documents (public notices); a fresh cache without it */
  cache?: DocumentCache;
  /** Where PDFs are rendered: worker threads in the server (workerPdfRenderer) */
  renderer: PdfRenderer;
}

/** File names: "CCTDC-260302-0001-giay-tiep-nhan.pdf". */
const FILE_SUFFIX: Record<DocumentKind, string> = {
  receipt: 'giay-tiep-nhan',
  'additions-request': 'phieu-yeu-cau-bo-sung',
  refusal: 'phieu-tu-choi',
  apology: 'van-ban-xin-loi',
  'stop-notice': 'thong-bao-dung-giai-quyet',
  'control-sheet': 'phieu-kiem-soat',
  notice: 'thong-bao-tiep-nhan',
};

function isKind(s: string): s is DocumentKind {
  return (DOCUMENT_KINDS as readonly string[]).includes(s);
}

function render(
  renderer: PdfRenderer,
  kind: DocumentKind,
  data: DossierDocumentData,
  ctx: DocumentContext,
): Promise<Uint8Array> {
  switch (kind) {
    case 'receipt':
      return renderer.render(kind, receiptInput(data, ctx));
    case 'additions-request':
      return renderer.render(kind, additionsRequestInput(data, ctx));
    case 'refusal':
      return renderer.render(kind, refusalInput(data, ctx));
    case 'apology':
      return renderer.render(kind, apologyInput(data, ctx));
    case 'stop-notice':
      return renderer.render(kind, stopNoticeInput(data, ctx));
    case 'control-sheet':
      return renderer.render(kind, controlSheetInput(data, ctx));
    case 'notice':
      return renderer.render(kind, noticeInput(data, ctx));
  }
}

export function registerDocumentRoutes(app: FastifyInstance, options: DocumentRoutesOptions): void {
  const { db } = options;
  const cache = options.cache ?? new DocumentCache();
  const context = (origin: string): DocumentContext => ({
    org: getOrganisation(DEFAULT_ORGANISATION_ID),
    origin,
    today: vietnamLocalTime(new Date().toISOString()).date,
  });

  app.get<{ Params: { id: string; file: string } }>(
    '/api/dossiers/:id/documents/:file',
    async (req, reply) => {
      const session = await sessionOf(db, req, options.sessionCookie);
      if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
      const kind = req.params.file.replace(/\.pdf$/i, '');
      if (!req.params.file.toLowerCase().endsWith('.pdf') || !isKind(kind))
        return sendAppError(reply, 'NOT_FOUND', 'Không có loại văn bản này.');
      try {
        const data = await loadDossierDocumentData(db, session.user, req.params.id);
        const pdf = await render(options.renderer, kind, data, context(options.publicOrigin));
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${data.dossier.code}-${FILE_SUFFIX[kind]}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(Buffer.from(pdf));
      } catch (err) {
        return sendFailure(db, req, reply, session, err);
      }
    },
  );

  app.get<{ Params: { file: string } }>('/api/public/notices/:file', async (req, reply) => {
    if (!req.params.file.toLowerCase().endsWith('.pdf'))
      return sendAppError(reply, 'NOT_FOUND', 'Không tìm thấy thông báo tiếp nhận.');
    const noticeNumber = req.params.file.slice(0, -4);
    try {
      const data = await loadNoticeDocumentData(db, noticeNumber);
      const input = noticeInput(data, context(options.publicOrigin));
      // an issued notice prints the same until something on it changes (its status): one rendering per content
      const key = DocumentCache.keyOf('notice', input);
      const etag = `"${key}"`;
      const safe = data.notice.noticeNumber.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-');
      reply.header('etag', etag).header('cache-control', 'public, no-cache');
      if (req.headers['if-none-match'] === etag) return reply.code(304).send();
      // a miss renders on a worker thread: the event loop keeps answering (/healthz, the API) meanwhile
      const pdf = await cache.get(key, () => options.renderer.render('notice', input));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="thong-bao-tiep-nhan-${safe}.pdf"`)
        .send(Buffer.from(pdf));
    } catch (err) {
      return sendFailure(db, req, reply, null, err);
    }
  });

  // GET /api/public/licensing/:number.pdf — a licence, confirmation or certificate of the public register; its QR
  // code opens /tra-cuu/giay-phep/<number>.
  app.get<{ Params: { file: string } }>('/api/public/licensing/:file', async (req, reply) => {
    if (!req.params.file.toLowerCase().endsWith('.pdf'))
      return sendAppError(reply, 'NOT_FOUND', 'Không tìm thấy văn bản.');
    const number = req.params.file.slice(0, -4);
    try {
      const data = await loadLicensingDocumentData(db, number);
      const pdf = await options.renderer.render(
        'licensing',
        licensingInput(data, context(options.publicOrigin)),
      );
      const safe = data.document.number.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="van-ban-${safe}.pdf"`)
        .header('cache-control', 'no-cache')
        .send(Buffer.from(pdf));
    } catch (err) {
      return sendFailure(db, req, reply, null, err);
    }
  });
}
