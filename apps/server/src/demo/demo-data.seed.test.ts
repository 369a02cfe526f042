import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type DemoFilePlaceholder } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { readPdf } from '@skhcn/documents/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { z } from 'zod';
import { buildApp } from '../app';
import { DiskFileStore } from '../files/file-store';
import { sniffFileType } from '../files/file-type';
import { seedDemoData } from './demo-data.seed';
import { DEMO_PNG_SIZE, renderDemoFile } from './demo-file.document';
import { signInOverHttp } from '../testing/http-session';
import { trpcDataOf } from '../testing/json-body';

/** The text a person reads in the PDF, whitespace collapsed. */
const pdfText = async (bytes: Buffer): Promise<string> => (await readPdf(bytes)).text;

/** The chunks of a PNG, each with whether its CRC-32 (over type and data) is right. */
function pngChunks(png: Buffer): { type: string; data: Buffer; crcOk: boolean }[] {
  const out: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let i = 8; i < png.length;) {
    const length = png.readUInt32BE(i);
    const typed = png.subarray(i + 4, i + 8 + length);
    out.push({
      type: typed.subarray(0, 4).toString('latin1'),
      data: typed.subarray(4),
      crcOk: crc32Of(typed) === png.readUInt32BE(i + 8 + length),
    });
    i += 12 + length;
  }
  return out;
}

/** CRC-32 (ISO 3309), computed bit by bit: independent of the table the encoder uses. */
function crc32Of(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The parts of the dossier list and detail answers these tests read */
const dossierList = z.object({ items: z.array(z.object({ id: z.string(), code: z.string() })) });
const dossierDetail = z.object({
  files: z.array(
    z.object({
      fileId: z.string(),
      componentKey: z.string(),
      originalName: z.string(),
      mime: z.string(),
      size: z.number(),
      sha256: z.string(),
      url: z.string(),
    }),
  ),
  dossier: z.object({ applicantName: z.string() }),
});

// a day under Thông tư 28/2012 (hợp quy dossiers then have two components without a condition)
const NOW = new Date('2026-03-02T03:00:00Z');

describeEachDatabase('demo data on a fresh start', (t) => {
  let app: FastifyInstance;
  let dataDir: string;
  let webRoot: string;
  let store: DiskFileStore;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'skhcn-demo-'));
    webRoot = mkdtempSync(join(tmpdir(), 'skhcn-web-'));
    store = new DiskFileStore(join(dataDir, 'files'));
    const seeded = await seedDemoData(t.db, getOrganisation('hai-phong'), store, NOW);
    expect(seeded).toMatchObject({ dossiers: 8 });
    expect(seeded.files).toBeGreaterThanOrEqual(8);
    app = await buildApp({ database: t.handle, webRoot, secureCookies: false, fileStore: store });
  });
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(webRoot, { recursive: true, force: true });
  });

  async function signIn(username: string) {
    const { cookie } = await signInOverHttp(app, username);
    return {
      async query<T extends z.ZodType>(path: string, input: unknown, answer: T): Promise<z.output<T>> {
        const url = `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
        const r = await app.inject({ method: 'GET', url, headers: { cookie } });
        expect(r.statusCode, r.body).toBe(200);
        return trpcDataOf(r, answer);
      },
      download: (url: string) => app.inject({ method: 'GET', url, headers: { cookie } }),
    };
  }

  it('lets the officer open a demo dossier and download its declaration: a real PDF saying what it stands for', async () => {
    const officer = await signIn('canbo.tdc');
    const inbox = await officer.query(
      'dossiers.inbox',
      { procedureCode: 'tdc.hop-quy', pageSize: 100 },
      dossierList,
    );
    const dossier = must(inbox.items[0], 'a demo hợp quy dossier');
    const detail = await officer.query('dossiers.get', { dossierId: dossier.id }, dossierDetail);
    const declaration = must(
      detail.files.find((f) => f.componentKey === 'ban-cong-bo'),
      'the declaration file',
    );

    const res = await officer.download(declaration.url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(sha256(bytes)).toBe(declaration.sha256);
    expect(bytes.length).toBe(declaration.size);
    expect(declaration.originalName).toMatch(/\.pdf$/);
    const text = await pdfText(bytes);
    expect(text).toContain('Bản công bố hợp quy');
    expect(text).toContain('Tài liệu mẫu (dữ liệu demo)');
    expect(text).toContain(dossier.code);
    expect(text).toContain(detail.dossier.applicantName);
  });

  it('lets the demo applicant download the files of the dossier it submitted online', async () => {
    const applicant = await signIn('dn.thephp');
    const mine = await applicant.query('dossiers.mine', {}, dossierList);
    const first = must(mine.items[0], "one of the applicant's dossiers");
    const detail = await applicant.query('dossiers.get', { dossierId: first.id }, dossierDetail);
    expect(detail.files.length).toBeGreaterThan(0);
    for (const f of detail.files) {
      const res = await applicant.download(f.url);
      expect(res.statusCode, f.componentKey).toBe(200);
      expect(sha256(res.rawPayload), f.componentKey).toBe(f.sha256);
    }
  });

  it('stores every demo file through the content-addressed store, the row matching the bytes', async () => {
    const rows = await t.db.select().from(schema.files);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const row of rows) {
      const bytes = must(await store.get(row.storageKey), `the bytes of ${row.originalName}`);
      expect(row.storageKey).toBe(`${row.sha256.slice(0, 2)}/${row.sha256}`);
      expect(sha256(bytes)).toBe(row.sha256);
      expect(bytes.length).toBe(row.size);
      expect(sniffFileType(bytes)?.mime).toBe(row.mime);
    }
  });

  it('changes nothing when the demo is started again', async () => {
    const before = await t.db.select().from(schema.files);
    const stored = readdirSync(join(dataDir, 'files'), { recursive: true });
    expect(await seedDemoData(t.db, getOrganisation('hai-phong'), store, NOW)).toMatchObject({
      dossiers: 0,
      files: 0,
    });
    expect(await t.db.select().from(schema.files)).toEqual(before);
    expect(readdirSync(join(dataDir, 'files'), { recursive: true })).toEqual(stored);
  });
});

describe('demo file bytes', () => {
  const placeholder: DemoFilePlaceholder = {
    fileId: '00000000-0000-4000-8000-000000000001',
    componentKey: 'ban-cong-bo',
    originalName: 'ban-cong-bo.pdf',
    createdAt: new Date('2026-03-02T02:00:00Z'),
    dossierCode: 'CCTDC-260302-0001',
    procedureCode: 'tdc.hop-quy',
    procedureVersion: '2012.1',
    applicantName: 'Công ty Cổ phần Thép Hải Phòng',
    applicantTaxCode: '0200123457',
  };

  it('renders the same placeholder to the same bytes (same hash on every instance)', async () => {
    const a = await renderDemoFile(placeholder);
    const b = await renderDemoFile({ ...placeholder });
    expect(sha256(a.bytes)).toBe(sha256(b.bytes));
    const other = await renderDemoFile({ ...placeholder, dossierCode: 'CCTDC-260302-0002' });
    expect(sha256(other.bytes)).not.toBe(sha256(a.bytes));
  });

  it('gives a photo component a PNG image described in Vietnamese', async () => {
    const photo = await renderDemoFile({
      ...placeholder,
      componentKey: 'anh-nhan',
      originalName: 'anh-nhan.pdf',
      procedureCode: 'tdc.kiem-tra-nhap-khau',
      procedureVersion: '2026.1',
    });
    expect(photo.mime).toBe('image/png');
    expect(photo.originalName).toBe('anh-nhan.png');
    expect(sniffFileType(photo.bytes)?.mime).toBe('image/png');
    // IHDR: width and height right after the signature, length and chunk type
    expect(photo.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    expect(photo.bytes.readUInt32BE(16)).toBe(DEMO_PNG_SIZE.width);
    expect(photo.bytes.readUInt32BE(20)).toBe(DEMO_PNG_SIZE.height);
    // every chunk's CRC holds and the pixels inflate to one filter byte and one grey byte per pixel
    const chunks = pngChunks(photo.bytes);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'iTXt', 'iTXt', 'IDAT', 'IEND']);
    expect(chunks.every((c) => c.crcOk)).toBe(true);
    const idat = must(
      chunks.find((c) => c.type === 'IDAT'),
      'the IDAT chunk',
    ).data;
    expect(inflateSync(idat).length).toBe((DEMO_PNG_SIZE.width + 1) * DEMO_PNG_SIZE.height);
    expect(photo.bytes.toString('utf8')).toContain('Ảnh chụp nhãn hàng hóa — ảnh mẫu (dữ liệu demo)');
    expect(photo.bytes.toString('utf8')).toContain('CCTDC-260302-0001');
    expect(photo.bytes.length).toBeLessThan(10_000);
  });
});
