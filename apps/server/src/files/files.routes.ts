import type { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isDtiTeam, resolveSession, type ResolvedSession } from '@skhcn/api';
import {
  dossiersOfFile,
  dtiEvidenceUnitsOfFile,
  dtiUnitsOfReporter,
  findFile,
  insertFile,
  lockUploadsOf,
  logDenial,
  uploadUsageSince,
  type Database,
} from '@skhcn/db';
import {
  appErrors,
  canAct,
  DEFAULT_ORGANISATION_ID,
  getOrganisation,
  UPLOAD_LIMITS,
  uploadAllowed,
  type AppErrorCode,
  type UploadLimits,
} from '@skhcn/domain';
import type { FileStore } from './file-store';
import { sniffFileType } from './file-type';

/** Largest accepted upload: 10 MiB. */
export const MAX_UPLOAD_BYTES = UPLOAD_LIMITS.maxFileBytes;
/** The original file name, URI-encoded (UTF-8) so Vietnamese names survive the header */
export const FILE_NAME_HEADER = 'x-file-name';

export interface FileRoutesOptions {
  db: Database;
  store: FileStore;
  sessionCookie: string;
  csrfCookie: string;
  csrfHeader: string;
  maxBytes?: number;
  /** Per account in a rolling window (UPLOAD_LIMITS by default) */
  quota?: Pick<UploadLimits, 'filesPerWindow' | 'bytesPerWindow' | 'windowMs'>;
  now?: () => Date;
}

export interface UploadedFileView {
  id: string;
  sha256: string;
  size: number;
  mime: string;
  originalName: string;
}

function sendError(
  reply: FastifyReply,
  code: AppErrorCode,
  httpStatus: number,
  extra: Record<string, unknown> = {},
  message?: string,
) {
  return reply
    .code(httpStatus)
    .type('application/json; charset=utf-8')
    .send({
      error: { message: message ?? appErrors[code].message, data: { appCode: code, httpStatus, ...extra } },
    });
}

function header(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function mib(bytes: number): string {
  return (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });
}

/** The file name from the header: decoded, without a path, without control characters, at most 255 characters. */
export function cleanFileName(raw: string | undefined): string {
  let name = raw ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // keep the raw header
  }
  name = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  name = name.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return name.slice(0, 255) || 'tep-dinh-kem';
}

/** Reads the body stream up to `max` bytes; undefined when it is longer (reading stops there). */
/** The bytes of a request body read as a stream, or undefined as soon as they pass `max` (reading stops there). */
export async function readLimited(stream: Readable, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
    size += buf.length;
    if (size > max) {
      stream.destroy();
      return undefined;
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks, size);
}

/**
 * POST /api/files: the raw bytes of one file as the body, its name in `x-file-name`, the CSRF header like every
 * tRPC mutation. Accepts PDF, PNG and JPEG recognised by their first bytes, at most 10 MiB. Nothing is written
 * unless the whole file passed: the bytes go to the store, then a files row records who uploaded what.
 * GET /api/files/:id: the bytes, to the uploader, to whoever may read a dossier the file is attached to, and for DTI
 * evidence to the CĐS team and the reporters of the unit citing it.
 * A raw body rather than multipart: one file per request needs no extra dependency, and the size is counted on
 * the stream itself.
 */
export async function registerFileRoutes(app: FastifyInstance, options: FileRoutesOptions): Promise<void> {
  const { db, store } = options;
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const quota = options.quota ?? UPLOAD_LIMITS;
  const now = options.now ?? (() => new Date());
  const quotaExceeded = (reply: FastifyReply) =>
    sendError(
      reply,
      'QUOTA_EXCEEDED',
      429,
      { filesPerWindow: quota.filesPerWindow, bytesPerWindow: quota.bytesPerWindow },
      `Trong 24 giờ qua tài khoản đã tải lên gần hết hạn mức (tối đa ${quota.filesPerWindow.toLocaleString('vi-VN')} tệp, ` +
        `${mib(quota.bytesPerWindow)} MB). Vui lòng thử lại sau hoặc liên hệ Bộ phận một cửa của Sở.`,
    );

  async function session(req: FastifyRequest): Promise<ResolvedSession | null> {
    const token = req.cookies[options.sessionCookie];
    return token ? resolveSession(db, token) : null;
  }

  async function deny(
    req: FastifyRequest,
    s: ResolvedSession | null,
    code: AppErrorCode,
    reason: string,
  ): Promise<void> {
    await logDenial(db, {
      userId: s?.user.id ?? null,
      username: s?.user.username ?? null,
      ip: req.ip,
      path: `${req.method} ${req.routeOptions.url ?? req.url}`,
      code,
      reason,
    }).catch((err: unknown) => req.log.error({ err }, 'could not log a denied file request'));
  }

  // a plugin of its own (callback style: it registers routes, nothing to await), so that its parsers stay local
  await app.register((scope, _options, done) => {
    // The body stays a stream: the handler counts its bytes and stops reading past the limit.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, payload, done) => done(null, payload));

    scope.post('/api/files', async (req, reply) => {
      const s = await session(req);
      const sent = header(req, options.csrfHeader);
      const cookieCsrf = req.cookies[options.csrfCookie];
      if (!sent || sent !== cookieCsrf || (s && s.csrfToken !== sent)) {
        await deny(
          req,
          s,
          'CSRF',
          !sent ? 'Thiếu mã chống giả mạo (x-csrf-token).' : 'Mã chống giả mạo không khớp.',
        );
        return sendError(reply, 'CSRF', 403);
      }
      if (!s) {
        await deny(req, s, 'UNAUTHENTICATED', appErrors.UNAUTHENTICATED.message);
        return sendError(reply, 'UNAUTHENTICATED', 401);
      }
      const tooLarge = () =>
        sendError(
          reply,
          'FILE_TOO_LARGE',
          413,
          { maxBytes },
          `Tệp tải lên vượt quá dung lượng tối đa cho phép (${mib(maxBytes)} MB).`,
        );
      const declared = Number(header(req, 'content-length') ?? NaN);
      if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
      // over the quota already: refused before the body is read (checked again, exactly, before the row is written)
      const since = () => new Date(now().getTime() - quota.windowMs);
      if (
        !uploadAllowed(
          await uploadUsageSince(db, s.user.id, since()),
          Number.isFinite(declared) ? declared : 1,
          quota,
        )
      ) {
        await deny(req, s, 'QUOTA_EXCEEDED', 'Vượt hạn mức tải tệp trong 24 giờ.');
        return quotaExceeded(reply);
      }

      const body = req.body as Readable | undefined;
      const bytes =
        body && typeof body.on === 'function' ? await readLimited(body, maxBytes) : Buffer.alloc(0);
      if (bytes === undefined) return tooLarge();
      if (bytes.length === 0) return sendError(reply, 'BAD_INPUT', 400, {}, 'Tệp tải lên không có nội dung.');
      const type = sniffFileType(bytes);
      if (!type)
        return sendError(reply, 'FILE_TYPE_NOT_ALLOWED', 415, {
          allowed: ['application/pdf', 'image/png', 'image/jpeg'],
        });

      const originalName = cleanFileName(header(req, FILE_NAME_HEADER));
      // the account's uploads one at a time: parallel requests cannot all pass the same remaining quota
      const row = await db.transaction(async (tx) => {
        await lockUploadsOf(tx, s.user.id);
        if (!uploadAllowed(await uploadUsageSince(tx, s.user.id, since()), bytes.length, quota))
          return undefined;
        const { sha256, key } = await store.put(bytes);
        return insertFile(tx, {
          sha256,
          size: bytes.length,
          mime: type.mime,
          originalName,
          storageKey: key,
          createdBy: s.user.id,
          createdAt: now(),
        });
      });
      if (!row) {
        await deny(req, s, 'QUOTA_EXCEEDED', 'Vượt hạn mức tải tệp trong 24 giờ.');
        return quotaExceeded(reply);
      }
      const sha256 = row.sha256;
      req.log.info({ fileId: row.id, sha256, size: row.size, userId: s.user.id }, 'file uploaded');
      const view: UploadedFileView = {
        id: row.id,
        sha256,
        size: row.size,
        mime: row.mime,
        originalName: row.originalName,
      };
      return reply.code(201).send(view);
    });

    scope.get<{ Params: { id: string } }>('/api/files/:id', async (req, reply) => {
      const s = await session(req);
      if (!s) {
        await deny(req, s, 'UNAUTHENTICATED', appErrors.UNAUTHENTICATED.message);
        return sendError(reply, 'UNAUTHENTICATED', 401);
      }
      const id = req.params.id;
      const file = /^[0-9a-f-]{36}$/i.test(id) ? await findFile(db, id) : undefined;
      if (!file) return sendError(reply, 'NOT_FOUND', 404, {}, 'Không tìm thấy tệp.');
      let allowed = file.createdBy === s.user.id;
      if (!allowed) {
        const org = getOrganisation(DEFAULT_ORGANISATION_ID);
        const links = await dossiersOfFile(db, file.id);
        allowed = links.some((l) =>
          s.user.kind === 'applicant'
            ? l.applicantUserId === s.user.id
            : s.user.memberships.some((m) => canAct(m, 'dossier.read', l.unitCode, org)),
        );
      }
      if (!allowed && s.user.kind !== 'applicant') {
        // DTI evidence: the CĐS team, and the reporters of the unit whose evidence cites the file
        const units = await dtiEvidenceUnitsOfFile(db, file.id);
        if (units.length > 0) {
          const mine = new Set(await dtiUnitsOfReporter(db, s.user.id));
          allowed = isDtiTeam(s.user) || units.some((u) => mine.has(u.unitId));
        }
      }
      if (!allowed) {
        await deny(req, s, 'FORBIDDEN', 'Không có quyền xem tệp này.');
        return sendError(reply, 'FORBIDDEN', 403);
      }
      const bytes = await store.get(file.storageKey);
      if (!bytes) {
        req.log.error({ fileId: file.id, key: file.storageKey }, 'file bytes missing from the store');
        return sendError(reply, 'NOT_FOUND', 404, {}, 'Không tìm thấy nội dung tệp trong kho lưu trữ.');
      }
      return reply
        .type(file.mime)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(file.originalName)}`,
        )
        .header('cache-control', 'private, no-store')
        .send(bytes);
    });
    done();
  });
}
