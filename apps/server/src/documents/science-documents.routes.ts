// Science documents over HTTP, rendered on request with @skhcn/documents on the server's PDF worker threads:
// GET /api/science/councils/:id/minutes.pdf (the office and the council's members, once scoring closed) and
// GET /api/public/science-certificates/:number.pdf (public: a certificate is verified by anyone; its QR code opens
// /tra-cuu/ket-qua-khcn/<number>).
import type { FastifyInstance } from 'fastify';
import { loadCertificateData, loadCouncilMinutesData } from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { DEFAULT_ORGANISATION_ID, DomainError, getOrganisation, vietnamLocalTime } from '@skhcn/domain';
import type { DocumentContext } from './document-inputs';
import { sendAppError, sendFailure, sessionOf } from './http-errors';
import type { PdfRenderer } from './pdf-renderer';
import { councilMinutesInput, resultCertificateInput } from './science-document-inputs';

export interface ScienceDocumentRoutesOptions {
  db: Database;
  sessionCookie: string;
  /** The origin printed in QR codes (PUBLIC_ORIGIN), never the request's Host */
  publicOrigin: string;
  /** Where the PDFs are rendered: the server's worker threads (workerPdfRenderer), off the event loop */
  renderer: PdfRenderer;
}

const safeName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function registerScienceDocumentRoutes(
  app: FastifyInstance,
  options: ScienceDocumentRoutesOptions,
): void {
  const { db } = options;
  const context = (origin: string): DocumentContext => ({
    org: getOrganisation(DEFAULT_ORGANISATION_ID),
    origin,
    today: vietnamLocalTime(new Date().toISOString()).date,
  });

  app.get<{ Params: { id: string } }>('/api/science/councils/:id/minutes.pdf', async (req, reply) => {
    const session = await sessionOf(db, req, options.sessionCookie);
    if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
    try {
      const data = await loadCouncilMinutesData(db, session.user, req.params.id);
      const pdf = await options.renderer.render(
        'council-minutes',
        councilMinutesInput(data, context(options.publicOrigin)),
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="bien-ban-hoi-dong-${safeName(data.task.code)}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(pdf));
    } catch (err) {
      return sendFailure(db, req, reply, session, err);
    }
  });

  app.get<{ Params: { file: string } }>('/api/public/science-certificates/:file', async (req, reply) => {
    if (!req.params.file.toLowerCase().endsWith('.pdf'))
      return sendAppError(reply, 'NOT_FOUND', 'Không tìm thấy giấy chứng nhận đăng ký kết quả.');
    try {
      const data = await loadCertificateData(db, req.params.file.slice(0, -4));
      const pdf = await options.renderer.render(
        'result-certificate',
        resultCertificateInput(data, context(options.publicOrigin)),
      );
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="giay-chung-nhan-${safeName(data.certificate.number)}.pdf"`,
        )
        .header('cache-control', 'no-cache')
        .send(Buffer.from(pdf));
    } catch (err) {
      return sendFailure(db, req, reply, null, err);
    }
  });
}
