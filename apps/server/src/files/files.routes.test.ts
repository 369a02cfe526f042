import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { DEMO_PASSWORD, hashPassword, schema, seedDemo, upsertUser } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation } from '@skhcn/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { buildApp, CSRF_COOKIE } from '../app';
import { DiskFileStore } from './file-store';
import { FILE_NAME_HEADER, MAX_UPLOAD_BYTES } from './files.routes';
import { signInOverHttp } from '../testing/http-session';
import { errorOf, jsonOf, trpcDataOf } from '../testing/json-body';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'),
  Buffer.alloc(2048, 0x20),
  Buffer.from('\n%%EOF\n'),
]);
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
const TEXT_AS_PDF = Buffer.from('Đây là văn bản thường, không phải PDF.\n');
const EXE_AS_PDF = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(512, 0)]);

/** The answer to an upload (UploadedFileView) */
const storedFile = z.object({
  id: z.string(),
  sha256: z.string(),
  size: z.number(),
  mime: z.string(),
  originalName: z.string(),
});

function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => d.name);
  } catch {
    return [];
  }
}

describeEachDatabase('file uploads', (t) => {
  let app: FastifyInstance;
  let dataDir: string;
  let webRoot: string;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    await upsertUser(t.db, {
      username: 'dn.khac',
      fullName: 'Trần Thị Mai',
      passwordHash: await hashPassword(DEMO_PASSWORD),
      memberships: [],
      kind: 'applicant',
      applicant: { organisationName: 'Công ty TNHH Nhựa Đông Á', taxCode: '0201987650' },
    });
    dataDir = mkdtempSync(join(tmpdir(), 'skhcn-files-'));
    webRoot = mkdtempSync(join(tmpdir(), 'skhcn-web-'));
    app = await buildApp({
      database: t.handle,
      webRoot,
      secureCookies: false,
      fileStore: new DiskFileStore(dataDir),
    });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webRoot, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.db.execute(
      sql`truncate dossier_files, dossier_sequences, dossier_events, dossiers, files restart identity cascade`,
    );
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Signs in through tRPC and returns the cookie header and CSRF token of that session. */
  const signIn = (username: string) => signInOverHttp(app, username);

  async function upload(
    who: { cookie: string; csrf: string | null },
    bytes: Buffer | Readable,
    name = 'ban-cong-bo.pdf',
    contentType = 'application/pdf',
  ) {
    return app.inject({
      method: 'POST',
      url: '/api/files',
      headers: {
        cookie: who.cookie,
        'content-type': contentType,
        [FILE_NAME_HEADER]: encodeURIComponent(name),
        ...(who.csrf ? { 'x-csrf-token': who.csrf } : {}),
      },
      payload: bytes,
    });
  }

  async function nothingWritten() {
    expect(listFiles(dataDir)).toEqual([]);
    expect(await t.db.select().from(schema.files)).toHaveLength(0);
  }

  it('accepts a PDF: stores it by its SHA-256 and records who uploaded it, keeping the Vietnamese name', async () => {
    const a = await signIn('dn.thephp');
    const res = await upload(a, PDF, 'Bản công bố hợp quy.pdf');
    expect(res.statusCode).toBe(201);
    const body = jsonOf(res, storedFile);
    expect(body).toMatchObject({
      size: PDF.length,
      mime: 'application/pdf',
      originalName: 'Bản công bố hợp quy.pdf',
    });
    expect(body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(readFileSync(join(dataDir, body.sha256.slice(0, 2), body.sha256)).equals(PDF)).toBe(true);
    const [row] = await t.db.select().from(schema.files);
    expect(row).toMatchObject({ id: body.id, sha256: body.sha256, mime: 'application/pdf' });

    // a PNG sent with a wrong Content-Type is still recognised by its bytes
    const png = await upload(a, PNG, 'anh-chup.png', 'application/octet-stream');
    expect(png.statusCode).toBe(201);
    expect(jsonOf(png, storedFile).mime).toBe('image/png');

    // the uploader can download it
    const back = await app.inject({
      method: 'GET',
      url: `/api/files/${body.id}`,
      headers: { cookie: a.cookie },
    });
    expect(back.statusCode).toBe(200);
    expect(back.headers['content-type']).toBe('application/pdf');
    expect(back.rawPayload.equals(PDF)).toBe(true);
  });

  it('refuses a .pdf that is really text or an executable with FILE_TYPE_NOT_ALLOWED, writing nothing', async () => {
    const a = await signIn('dn.thephp');
    for (const bytes of [TEXT_AS_PDF, EXE_AS_PDF]) {
      const res = await upload(a, bytes, 'ho-so.pdf');
      expect(res.statusCode).toBe(415);
      expect(errorOf(res)).toMatchObject({
        message: 'Chỉ chấp nhận tệp PDF, PNG hoặc JPEG; nội dung tệp không đúng các định dạng này.',
        data: { appCode: 'FILE_TYPE_NOT_ALLOWED', httpStatus: 415 },
      });
    }
    await nothingWritten();
  });

  it('refuses a file over 10 MiB with FILE_TOO_LARGE (413), declared or streamed, writing nothing', async () => {
    const a = await signIn('dn.thephp');
    const big = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES, 0x20)]);
    const res = await upload(a, big);
    expect(res.statusCode).toBe(413);
    expect(errorOf(res)).toMatchObject({
      message: 'Tệp tải lên vượt quá dung lượng tối đa cho phép (10 MB).',
      data: { appCode: 'FILE_TOO_LARGE', httpStatus: 413, maxBytes: MAX_UPLOAD_BYTES },
    });
    // without a Content-Length the bytes are counted while reading
    const streamed = await upload(a, Readable.from([PDF, Buffer.alloc(MAX_UPLOAD_BYTES, 0x20)]));
    expect(streamed.statusCode).toBe(413);
    expect(errorOf(streamed).data.appCode).toBe('FILE_TOO_LARGE');
    await nothingWritten();
    // exactly 10 MiB passes
    const limit = Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.length, 0x20)]);
    expect((await upload(a, limit)).statusCode).toBe(201);
  });

  it('requires the CSRF header and a session, like every tRPC mutation', async () => {
    const a = await signIn('dn.thephp');
    const noCsrf = await upload({ cookie: a.cookie, csrf: null }, PDF);
    expect(noCsrf.statusCode).toBe(403);
    expect(errorOf(noCsrf).data.appCode).toBe('CSRF');
    const wrong = await upload({ cookie: a.cookie, csrf: 'doan-bua' }, PDF);
    expect(wrong.statusCode).toBe(403);
    const anonymous = await upload({ cookie: `${CSRF_COOKIE}=abc`, csrf: 'abc' }, PDF);
    expect(anonymous.statusCode).toBe(401);
    expect(errorOf(anonymous).data.appCode).toBe('UNAUTHENTICATED');
    await nothingWritten();
  });

  it('attaches uploaded files to a submission; the unit’s officer may download them, another applicant may not', async () => {
    const a = await signIn('dn.thephp');
    const ids = [];
    for (const name of ['ban-cong-bo.pdf', 'dang-ky-doanh-nghiep.pdf']) {
      ids.push(jsonOf(await upload(a, Buffer.concat([PDF, Buffer.from(name)]), name), storedFile).id);
    }
    const submit = await app.inject({
      method: 'POST',
      url: '/trpc/dossiers.submit',
      headers: { cookie: a.cookie, 'content-type': 'application/json', 'x-csrf-token': a.csrf },
      payload: JSON.stringify({
        procedureCode: 'tdc.hop-quy',
        attachments: [
          { componentKey: 'ban-cong-bo', fileId: ids[0] },
          { componentKey: 'giay-to-san-xuat-kinh-doanh', fileId: ids[1] },
        ],
      }),
    });
    expect(submit.statusCode).toBe(200);
    expect(trpcDataOf(submit, z.object({ dossier: z.object({ code: z.string() }) })).dossier.code).toMatch(
      /^CCTDC-\d{6}-0001$/,
    );

    const officer = await signIn('canbo.tdc');
    expect(
      (await app.inject({ method: 'GET', url: `/api/files/${ids[0]}`, headers: { cookie: officer.cookie } }))
        .statusCode,
    ).toBe(200);
    const postal = await signIn('canbo.buuchinh');
    expect(
      (await app.inject({ method: 'GET', url: `/api/files/${ids[0]}`, headers: { cookie: postal.cookie } }))
        .statusCode,
    ).toBe(403);
    const other = await signIn('dn.khac');
    expect(
      (await app.inject({ method: 'GET', url: `/api/files/${ids[0]}`, headers: { cookie: other.cookie } }))
        .statusCode,
    ).toBe(403);
    expect((await app.inject({ method: 'GET', url: `/api/files/${ids[0]}` })).statusCode).toBe(401);
  });
});
