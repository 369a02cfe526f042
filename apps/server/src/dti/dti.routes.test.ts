import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { z } from 'zod';
import {
  appRouter,
  createCallerFactory,
  createContext,
  platformExtensions,
  seedDtiDemo,
  type SessionUser,
} from '@skhcn/api';
import { findUserByUsername, seedDemo, type Database } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { readPdf } from '@skhcn/documents/testing';
import { must, organisations } from '@skhcn/domain';
import { buildApp } from '../app';
import { DiskFileStore } from '../files/file-store';
import { signInOverHttp, type HttpSession } from '../testing/http-session';
import { errorOf, jsonOf } from '../testing/json-body';

const createCaller = createCallerFactory(appRouter);

async function userOf(db: Database, username: string): Promise<SessionUser> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`no user ${username}`);
  return { id: u.id, username: u.username, fullName: u.fullName, memberships: u.memberships, kind: u.kind };
}

const as = (db: Database, user: SessionUser) =>
  createCaller(createContext({ db, extensions: platformExtensions(), user, ip: '127.0.0.1' }));

/** A one-page PDF's first bytes are enough for the upload's type check. */
const PDF = Buffer.from('%PDF-1.4\n% minh chung\n%%EOF\n', 'latin1');

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describeEachDatabase('DTI files over HTTP', (t) => {
  let app: FastifyInstance;
  let dir: string;
  let cycle2025 = '';

  beforeAll(async () => {
    await seedDemo(t.db, must(organisations['hai-phong'], 'organisations["hai-phong"]'));
    await seedDtiDemo(t.db);
    dir = mkdtempSync(join(tmpdir(), 'skhcn-dti-'));
    app = await buildApp({
      database: t.handle,
      webRoot: dir,
      secureCookies: false,
      fileStore: new DiskFileStore(dir),
    });
    const cds = await userOf(t.db, 'canbo.cds');
    cycle2025 = must(
      (await as(t.db, cds).dti.cycles.list()).find((c) => c.year === 2025),
      '(await as(t.db, cds).dti.cycles.list()).find((c) => c.yea…',
    ).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (url: string, s: HttpSession) =>
    app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });

  it('exports a cycle as a real .xlsx: the ranking, every input with its three scores, the rule for missing data', async () => {
    const cds = await signInOverHttp(app, 'canbo.cds');
    const res = await get(`/api/dti/cycles/${cycle2025}/export.xlsx`, cds);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-disposition']).toContain('dti-commune-2025.xlsx');
    const wb = await workbookOf(res.rawPayload);
    const results = must(wb.getWorksheet('Kết quả'), 'wb.getWorksheet("Kết quả")');
    expect(results.getCell('A1').value).toBe('KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ');
    expect(results.getRow(4).getCell(7).value).toBe('Chỉ số (0–1)');
    const ranks = Array.from({ length: 12 }, (_, i) => results.getRow(5 + i).getCell(1).value as number);
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    const index = results.getRow(5).getCell(7).value as number;
    expect(Math.round(index * 1000) / 1000).toBe(index);
    const data = must(wb.getWorksheet('Số liệu'), 'wb.getWorksheet("Số liệu")');
    // 12 communes × 62 components, under the header
    expect(data.actualRowCount).toBe(1 + 12 * 62);
    expect(data.getRow(1).values).toContain('Điểm tự đánh giá');
    expect(data.getRow(1).values).toContain('Điểm thẩm định');
    expect(data.getRow(1).values).toContain('Điểm đạt được');
    const sources = new Set<string>();
    data.eachRow((row, n) => n > 1 && sources.add(row.getCell(12).text));
    expect([...sources].sort()).toEqual(['Bù số liệu', 'Đã thẩm định']);
    const notes = must(wb.getWorksheet('Ghi chú'), 'wb.getWorksheet("Ghi chú")');
    const noteText: string[] = [];
    notes.eachRow((row) => noteText.push(row.getCell(2).text));
    expect(noteText.join(' ')).toContain('Lấy điểm trung bình của các đơn vị cùng nhóm');
  });

  it('renders the report as a PDF with the ranking on the 0–1 index', async () => {
    const cds = await signInOverHttp(app, 'canbo.cds');
    const res = await get(`/api/dti/cycles/${cycle2025}/report.pdf`, cds);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const { text } = await readPdf(res.rawPayload);
    expect(text).toContain('BÁO CÁO KẾT QUẢ ĐÁNH GIÁ CHỈ SỐ CHUYỂN ĐỔI SỐ');
    expect(text).toContain('Đánh giá chỉ số chuyển đổi số cấp xã năm 2025 (dữ liệu mẫu)');
    expect(text).toContain('Phường Hồng Bàng');
    expect(text).toMatch(/0,\d{3}/);
    expect(text).toContain('bản mẫu do Tổ chuyển đổi số biên tập');
  });

  it('keeps the exports to the CĐS team', async () => {
    const reporter = await signInOverHttp(app, 'xa.hongbang');
    const res = await get(`/api/dti/cycles/${cycle2025}/export.xlsx`, reporter);
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).data.appCode).toBe('FORBIDDEN');
    expect(
      (await app.inject({ method: 'GET', url: `/api/dti/cycles/${cycle2025}/report.pdf` })).statusCode,
    ).toBe(401);
  });

  it('round-trips a framework through Excel: download, edit a row, import; refused once locked', async () => {
    const cds = await signInOverHttp(app, 'canbo.cds');
    const down = await get('/api/dti/frameworks/xa-2026/rows.xlsx', cds);
    expect(down.statusCode, down.body).toBe(200);
    const wb = await workbookOf(down.rawPayload);
    const ws = must(wb.getWorksheet('Bộ chỉ số'), 'wb.getWorksheet("Bộ chỉ số")');
    expect(ws.getRow(2).getCell(5).value).toBe('1.1');
    ws.getRow(2).getCell(7).value = 12; // 1.1: 10 → 12 points
    ws.getRow(2).getCell(10).value = 'Có';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const post = (id: string, body: Buffer, csrf = cds.csrf) =>
      app.inject({
        method: 'POST',
        url: `/api/dti/frameworks/${id}/import.xlsx?version=1`,
        headers: { cookie: cds.cookie, 'x-csrf-token': csrf, 'content-type': 'application/octet-stream' },
        payload: body,
      });
    expect((await post('xa-2026', edited, 'sai')).statusCode).toBe(403);
    const res = await post('xa-2026', edited);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      stats: { components: 62, max: 962, verifiedComponents: 1 },
    });
    // the same version again: someone saved meanwhile
    expect(errorOf(await post('xa-2026', edited)).data.appCode).toBe('CONFLICT');
    const notXlsx = await post('xa-2026', PDF);
    expect(notXlsx.statusCode).toBe(400);
    expect(errorOf(notXlsx).message).toBe('Tệp không phải bảng tính Excel (.xlsx).');
    // the 2025 sample is used by the closed 2025 cycle
    const locked = await post('xa-mau-2025-tayninh', edited);
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).data.appCode).toBe('FRAMEWORK_LOCKED');
  });

  it('lets the CĐS team and the unit’s reporters download evidence files, and nobody else', async () => {
    const cds = await userOf(t.db, 'canbo.cds');
    const hongBang = await signInOverHttp(app, 'xa.hongbang');
    const upload = await app.inject({
      method: 'POST',
      url: '/api/files',
      headers: {
        cookie: hongBang.cookie,
        'x-csrf-token': hongBang.csrf,
        'content-type': 'application/pdf',
        'x-file-name': encodeURIComponent('kế-hoạch-cđs.pdf'),
      },
      payload: PDF,
    });
    expect(upload.statusCode, upload.body).toBe(201);
    const fileId = jsonOf(upload, z.object({ id: z.string() })).id;
    const framework = (await as(t.db, cds).dti.frameworks.get({ id: 'xa-2026' })).framework;
    const cycle = await as(t.db, cds).dti.cycles.open({
      frameworkId: 'xa-2026',
      deadline: '2099-12-31',
      unitIds: ['phuong-hong-bang', 'xa-an-lao'],
      imputation: 'none',
    });
    const reporter = await userOf(t.db, 'xa.hongbang');
    await as(t.db, reporter).dti.inputs.save({
      cycleId: cycle.id,
      unitId: 'phuong-hong-bang',
      componentId: must(framework.pillars[0]?.indicators[0]?.components[3], 'a yes/partial/no component').id,
      expectedVersion: 0,
      value: 'yes',
      evidence: [{ title: 'Kế hoạch chuyển đổi số năm 2026', fileId }],
    });
    expect((await get(`/api/files/${fileId}`, await signInOverHttp(app, 'canbo.cds'))).statusCode).toBe(200);
    expect((await get(`/api/files/${fileId}`, await signInOverHttp(app, 'xa.anlao'))).statusCode).toBe(403);
    expect((await get(`/api/files/${fileId}`, await signInOverHttp(app, 'canbo.tdc'))).statusCode).toBe(403);
  });
});
