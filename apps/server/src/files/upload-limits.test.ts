import { existsSync, mkdtempSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { cleanOrphanFiles } from '@skhcn/api';
import { schema, seedDemo } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { getOrganisation } from '@skhcn/domain';
import { z } from 'zod';
import { buildApp } from '../app';
import { signInOverHttp, type HttpSession } from '../testing/http-session';
import { errorOf, jsonOf } from '../testing/json-body';
import { DiskFileStore } from './file-store';
import { FILE_NAME_HEADER } from './files.routes';

/** A small real PDF, different for each `n` (each its own stored object) */
const pdf = (n: number) =>
  Buffer.concat([Buffer.from(`%PDF-1.7\n% tep ${n}\n`), Buffer.alloc(1000, 0x20), Buffer.from('\n%%EOF\n')]);
const stored = z.object({ id: z.string(), sha256: z.string(), size: z.number() });
const QUOTA = { filesPerWindow: 3, bytesPerWindow: 1_000_000, windowMs: 24 * 60 * 60 * 1000 };

describeEachDatabase('upload limits per account and the clean-up of uploads attached to nothing', (t) => {
  let app: FastifyInstance;
  let dataDir: string;
  let store: DiskFileStore;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    dataDir = mkdtempSync(join(tmpdir(), 'skhcn-quota-'));
    store = new DiskFileStore(dataDir);
    app = await buildApp({
      database: t.handle,
      webRoot: tmpdir(),
      secureCookies: false,
      fileStore: store,
      uploadQuota: QUOTA,
    });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
  beforeEach(async () => {
    await t.db.execute(
      sql`truncate dossier_files, dossier_sequences, dossier_events, dossiers, files restart identity cascade`,
    );
  });

  const upload = (who: HttpSession, bytes: Buffer) =>
    app.inject({
      method: 'POST',
      url: '/api/files',
      headers: {
        cookie: who.cookie,
        'x-csrf-token': who.csrf,
        'content-type': 'application/pdf',
        [FILE_NAME_HEADER]: 'giay-to.pdf',
      },
      payload: bytes,
    });
  /** Makes every upload so far `hours` older: its row and its bytes on disk */
  async function ageUploads(hours: number) {
    await t.db.execute(sql`update files set created_at = created_at - make_interval(hours => ${hours})`);
    const then = new Date(Date.now() - hours * 3_600_000);
    for (const f of await t.db.select().from(schema.files)) {
      const path = join(dataDir, f.storageKey);
      if (existsSync(path)) utimesSync(path, then, then);
    }
  }

  it('refuses the upload past the daily number of files with QUOTA_EXCEEDED (429) in Vietnamese, writing nothing', async () => {
    const a = await signInOverHttp(app, 'dn.thephp');
    for (let i = 0; i < 3; i++) expect((await upload(a, pdf(i))).statusCode).toBe(201);
    const refused = await upload(a, pdf(3));
    expect(refused.statusCode).toBe(429);
    const error = errorOf(refused);
    expect(error.data.appCode).toBe('QUOTA_EXCEEDED');
    expect(error.message).toContain('tối đa 3 tệp');
    expect(await t.db.select().from(schema.files)).toHaveLength(3);
    // the limit is the account's: another applicant still uploads; and after 24 hours the first one does too
    const other = await signInOverHttp(app, 'dn.buuchinh');
    expect((await upload(other, pdf(10))).statusCode).toBe(201);
    await ageUploads(25);
    expect((await upload(a, pdf(4))).statusCode).toBe(201);
  });

  it('lets through exactly the remaining quota when uploads arrive in parallel', async () => {
    const a = await signInOverHttp(app, 'dn.thephp');
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => upload(a, pdf(100 + i))));
    expect(answers.filter((r) => r.statusCode === 201)).toHaveLength(3);
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(7);
    expect(await t.db.select().from(schema.files)).toHaveLength(3);
  });

  it('deletes uploads attached to nothing after a day, rows and bytes, once across runs; attached ones stay', async () => {
    const a = await signInOverHttp(app, 'dn.thephp');
    const attached = jsonOf(await upload(a, pdf(200)), stored);
    const orphan = jsonOf(await upload(a, pdf(201)), stored);
    const submit = await app.inject({
      method: 'POST',
      url: '/trpc/dossiers.submit',
      headers: { cookie: a.cookie, 'content-type': 'application/json', 'x-csrf-token': a.csrf },
      payload: JSON.stringify({
        procedureCode: 'tdc.hop-quy',
        attachments: [
          { componentKey: 'ban-cong-bo', fileId: attached.id },
          { componentKey: 'giay-to-san-xuat-kinh-doanh', fileId: attached.id },
        ],
      }),
    });
    expect(submit.statusCode, submit.body).toBe(200);
    const pathOf = (sha: string) => join(dataDir, sha.slice(0, 2), sha);

    // a fresh orphan is kept (its form may still be open)
    expect(await cleanOrphanFiles(t.db, { bytes: store })).toMatchObject({ files: 0 });
    await ageUploads(25);
    // two processes' runs at once: the orphan goes once, the attached file stays
    const runs = await Promise.all([
      cleanOrphanFiles(t.db, { bytes: store }),
      cleanOrphanFiles(t.db, { bytes: store }),
    ]);
    expect(runs.reduce((n, r) => n + r.files, 0)).toBe(1);
    const left = await t.db.select({ id: schema.files.id }).from(schema.files);
    expect(left.map((f) => f.id)).toEqual([attached.id]);
    expect(existsSync(pathOf(orphan.sha256))).toBe(false);
    expect(existsSync(pathOf(attached.sha256))).toBe(true);
  });

  it('keeps the bytes of an orphan that a recent upload shares (content-addressed store)', async () => {
    const a = await signInOverHttp(app, 'dn.thephp');
    const old = jsonOf(await upload(a, pdf(300)), stored);
    await ageUploads(25);
    const again = jsonOf(await upload(a, pdf(300)), stored);
    expect(again.sha256).toBe(old.sha256);
    const result = await cleanOrphanFiles(t.db, { bytes: store });
    expect(result).toMatchObject({ files: 1, objects: 0 });
    const [row] = await t.db.select().from(schema.files).where(eq(schema.files.id, again.id));
    expect(row).toBeDefined();
    expect(
      (await app.inject({ method: 'GET', url: `/api/files/${again.id}`, headers: { cookie: a.cookie } }))
        .statusCode,
    ).toBe(200);
  });
});
