// The DTI's files over HTTP, with the rights of the dti router (calls go through it):
//   GET  /api/dti/cycles/:id/export.xlsx       every input and score of a cycle (CĐS team)
//   GET  /api/dti/cycles/:id/report.pdf        the report of a cycle: ranking, pillars, imputation (CĐS team)
//   GET  /api/dti/frameworks/:id/rows.xlsx     a framework as an Excel sheet to edit (CĐS team)
//   POST /api/dti/frameworks/:id/import.xlsx   that sheet back, replacing the rows of an unlocked framework; the body
//                                              is the .xlsx bytes, `?version=` the version edited, CSRF header as
//                                              every mutation
import type { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { appRouter, createCallerFactory, createContext, type EngineExtensions } from '@skhcn/api';
import type { Database } from '@skhcn/db';
import { renderDtiReport } from '@skhcn/documents';
import {
  DEFAULT_ORGANISATION_ID,
  DomainError,
  dtiFrameworkFromRows,
  getOrganisation,
  vietnamLocalTime,
} from '@skhcn/domain';
import { sendAppError, sendFailure, sessionOf } from '../documents/http-errors';
import { readLimited } from '../files/files.routes';
import { dtiCycleWorkbook, dtiFrameworkWorkbook, dtiReportInput, readFrameworkRows } from './dti-exports';

export interface DtiRoutesOptions {
  db: Database;
  extensions: EngineExtensions;
  sessionCookie: string;
  csrfCookie: string;
  csrfHeader: string;
  /** The site's public address (PUBLIC_ORIGIN), for the links the report carries */
  publicOrigin: string;
}

const createCaller = createCallerFactory(appRouter);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Largest framework workbook accepted: 5 MiB */
export const MAX_FRAMEWORK_XLSX_BYTES = 5 * 1024 * 1024;

const safeName = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .replace(/[^A-Za-z0-9]+/g, '-');

export async function registerDtiRoutes(app: FastifyInstance, options: DtiRoutesOptions): Promise<void> {
  const { db } = options;
  const callerFor = (user: Parameters<typeof createContext>[0]['user'], ip: string, logger: typeof app.log) =>
    createCaller(createContext({ db, extensions: options.extensions, user, ip, logger }));

  app.get<{ Params: { id: string } }>('/api/dti/cycles/:id/export.xlsx', async (req, reply) => {
    const session = await sessionOf(db, req, options.sessionCookie);
    if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
    try {
      const view = await callerFor(session.user, req.ip, req.log).dti.results.export({
        cycleId: req.params.id,
      });
      const bytes = await dtiCycleWorkbook(view);
      return reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="dti-${view.results.cycle.level}-${view.results.cycle.year}.xlsx"`,
        )
        .header('cache-control', 'private, no-store')
        .send(bytes);
    } catch (err) {
      return sendFailure(db, req, reply, session, err);
    }
  });

  app.get<{ Params: { id: string } }>('/api/dti/cycles/:id/report.pdf', async (req, reply) => {
    const session = await sessionOf(db, req, options.sessionCookie);
    if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
    try {
      const view = await callerFor(session.user, req.ip, req.log).dti.results.export({
        cycleId: req.params.id,
      });
      const pdf = await renderDtiReport(
        dtiReportInput(view, {
          org: getOrganisation(DEFAULT_ORGANISATION_ID),
          origin: options.publicOrigin,
          today: vietnamLocalTime(new Date().toISOString()).date,
        }),
      );
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="bao-cao-dti-${view.results.cycle.level}-${view.results.cycle.year}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(pdf));
    } catch (err) {
      return sendFailure(db, req, reply, session, err);
    }
  });

  app.get<{ Params: { id: string } }>('/api/dti/frameworks/:id/rows.xlsx', async (req, reply) => {
    const session = await sessionOf(db, req, options.sessionCookie);
    if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
    try {
      const detail = await callerFor(session.user, req.ip, req.log).dti.frameworks.get({ id: req.params.id });
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="bo-chi-so-${safeName(detail.id)}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(await dtiFrameworkWorkbook(detail.framework));
    } catch (err) {
      return sendFailure(db, req, reply, session, err);
    }
  });

  // a plugin of its own (callback style: it registers routes, nothing to await), so that its parser stays local
  await app.register((scope, _options, done) => {
    // The body stays a stream: its bytes are counted and reading stops past the limit (as for POST /api/files).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload));
    scope.post<{ Params: { id: string }; Querystring: { version?: string } }>(
      '/api/dti/frameworks/:id/import.xlsx',
      async (req, reply) => {
        const session = await sessionOf(db, req, options.sessionCookie);
        const sent = req.headers[options.csrfHeader];
        if (!sent || sent !== req.cookies[options.csrfCookie] || (session && session.csrfToken !== sent))
          return sendAppError(reply, 'CSRF');
        if (!session) return sendFailure(db, req, reply, null, new DomainError('UNAUTHENTICATED'));
        try {
          const caller = callerFor(session.user, req.ip, req.log);
          const current = await caller.dti.frameworks.get({ id: req.params.id });
          const bytes = await readLimited(req.body as Readable, MAX_FRAMEWORK_XLSX_BYTES);
          if (!bytes) return sendAppError(reply, 'PAYLOAD_TOO_LARGE', 'Tệp bảng tính vượt quá 5 MB.');
          if (bytes.length < 4 || bytes.readUInt32BE(0) !== 0x504b0304)
            throw new DomainError('BAD_INPUT', 'Tệp không phải bảng tính Excel (.xlsx).');
          const { framework } = current;
          const parsed = dtiFrameworkFromRows(framework, await readFrameworkRows(bytes), framework);
          if (!parsed.success)
            throw new DomainError(
              'BAD_INPUT',
              parsed.issues
                .slice(0, 10)
                .map((i) => i.message)
                .join(' '),
            );
          const version = Number(req.query.version ?? current.version);
          const saved = await caller.dti.frameworks.save({
            id: current.id,
            expectedVersion: Number.isInteger(version) ? version : current.version,
            framework: parsed.data,
          });
          return reply.header('cache-control', 'no-store').send(saved);
        } catch (err) {
          return sendFailure(db, req, reply, session, err);
        }
      },
    );
    done();
  });
}
