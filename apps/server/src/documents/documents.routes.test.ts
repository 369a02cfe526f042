import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { threadId } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  appRouter,
  createCallerFactory,
  createContext,
  loadNoticeDocumentData,
  platformExtensions,
  type SessionUser,
} from '@skhcn/api';
import { findUserByUsername, insertFile, seedDemo, type Database } from '@skhcn/db';
import { describeEachDatabase } from '@skhcn/db/testing';
import { qrPayloads, readPdf } from '@skhcn/documents/testing';
import { getOrganisation, must } from '@skhcn/domain';
import { buildApp } from '../app';
import { DiskFileStore } from '../files/file-store';
import { DocumentCache } from './document-cache';
import { controlSheetInput, noticeInput } from './document-inputs';
import { workerPdfRenderer, type PdfRenderer } from './pdf-renderer';
import { signInOverHttp } from '../testing/http-session';
import { errorOf } from '../testing/json-body';

/** The text a person reads in the PDF, whitespace collapsed. */
const pdfText = async (bytes: Buffer): Promise<string> => (await readPdf(bytes)).text;

const createCaller = createCallerFactory(appRouter);
const vn = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);
const NOTICE = '1/2026/TBTNHS-CCTĐC';
const PUBLIC_ORIGIN = 'https://dichvucong.skhcn.haiphong.gov.vn';
const cache = new DocumentCache();
const HOP_QUY_DECLARATION = {
  kind: 'regulation' as const,
  ownNumber: '03/2026/CBHQ-THP',
  organisation: {
    name: 'Công ty Cổ phần Thép Hải Phòng',
    taxCode: '0200123457',
    address: 'Số 12 đường Hà Nội, phường Hồng Bàng, thành phố Hải Phòng',
  },
  products: [{ name: 'Thép cốt bê tông cán nóng', model: 'CB400-V', origin: 'Việt Nam' }],
  regulations: ['QCVN 7:2019/BKHCN'],
  basis: {
    basis: 'designated_certifier' as const,
    certifier: 'QUATEST 1',
    certificateNumber: 'HQ-2026-0158',
    issuedOn: '2026-02-20',
    expiresOn: '2029-02-19',
  },
};

async function userOf(db: Database, username: string): Promise<SessionUser> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`no user ${username}`);
  return { id: u.id, username: u.username, fullName: u.fullName, memberships: u.memberships, kind: u.kind };
}

const as = (db: Database, user: SessionUser, now: Date) =>
  createCaller(
    createContext({ db, extensions: platformExtensions(), user, ip: '127.0.0.1', now: () => now }),
  );

async function file(db: Database, user: SessionUser, name: string): Promise<string> {
  const sha = `${name}-${Math.random().toString(16).slice(2)}`.padEnd(64, '0').slice(0, 64);
  return (
    await insertFile(db, {
      sha256: sha,
      size: 10,
      mime: 'application/pdf',
      originalName: name,
      storageKey: sha,
      createdBy: user.id,
    })
  ).id;
}

/** The hợp quy declaration taken in at the counter by `officer` on `day`, with the files its basis requires. */
async function receivedAtCounter(db: Database, officer: SessionUser, day: Date) {
  return as(db, officer, day).conformity.receive({
    procedureCode: 'tdc.hop-quy',
    declaration: HOP_QUY_DECLARATION,
    components: [
      { componentKey: 'ban-cong-bo', fileIds: [await file(db, officer, 'ban-cong-bo.pdf')] },
      { componentKey: 'giay-to-san-xuat-kinh-doanh', fileIds: [await file(db, officer, 'dkkd.pdf')] },
      { componentKey: 'giay-chung-nhan', fileIds: [await file(db, officer, 'giay-chung-nhan.pdf')] },
    ],
  });
}

describeEachDatabase('documents and reports over HTTP', (t) => {
  let app: FastifyInstance;
  let dir: string;
  let dossierId: string;

  beforeAll(async () => {
    await seedDemo(t.db, getOrganisation('hai-phong'));
    const officer = await userOf(t.db, 'canbo.tdc');
    const head = await userOf(t.db, 'truong.tdc');
    const leader = await userOf(t.db, 'lanhdao');
    const day = vn('2026-03-02');
    const created = await receivedAtCounter(t.db, officer, day);
    dossierId = created.dossierId;
    let d = (await as(t.db, head, day).dossiers.get({ dossierId })).dossier;
    d = (
      await as(t.db, head, day).dossiers.assign({
        dossierId,
        expectedVersion: d.version,
        assigneeUserId: officer.id,
      })
    ).dossier;
    d = (
      await as(t.db, officer, vn('2026-03-03')).dossiers.submitForSignature({
        dossierId,
        expectedVersion: d.version,
      })
    ).dossier;
    await as(t.db, leader, vn('2026-03-04')).dossiers.approve({ dossierId, expectedVersion: d.version });

    dir = mkdtempSync(join(tmpdir(), 'skhcn-docs-'));
    app = await buildApp({
      database: t.handle,
      webRoot: dir,
      secureCookies: false,
      fileStore: new DiskFileStore(dir),
      publicOrigin: PUBLIC_ORIGIN,
      documentCache: cache,
    });
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const signIn = async (username: string): Promise<string> => (await signInOverHttp(app, username)).cookie;

  describe('the public notice', () => {
    it('downloads as a PDF that carries its number, organisation and validity', async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/public/notices/${encodeURIComponent(NOTICE)}.pdf`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = await pdfText(res.rawPayload);
      expect(text).toContain(NOTICE);
      expect(text).toContain('Công ty Cổ phần Thép Hải Phòng');
      expect(text).toContain('QCVN 7:2019/BKHCN');
      expect(text).toContain('19/02/2029');
      // the declaration's own number is the company's; the Chi cục's notice is signed for the Chi cục
      expect(text).toContain('số 03/2026/CBHQ-THP');
      expect(text).not.toContain('số CCTDC-');
      expect(text).toContain('KT. CHI CỤC TRƯỞNG');
      expect(text).toContain('PHÓ CHI CỤC TRƯỞNG');
      expect(text).not.toContain('GIÁM ĐỐC');
    });

    it('prints PUBLIC_ORIGIN in its QR code, whatever Host the request names', async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/public/notices/${encodeURIComponent(NOTICE)}.pdf`,
        headers: { host: 'evil.example' },
      });
      expect(res.statusCode).toBe(200);
      const [qr] = await qrPayloads(res.rawPayload, 1);
      expect(qr).toBe(`${PUBLIC_ORIGIN}/tra-cuu/thong-bao/${encodeURIComponent(NOTICE)}`);
    });

    it('renders an issued notice once for a burst of requests, then answers revalidations with 304', async () => {
      const url = `/api/public/notices/${encodeURIComponent(NOTICE)}.pdf`;
      const before = cache.stats().renders;
      const burst = await Promise.all(Array.from({ length: 30 }, () => app.inject({ method: 'GET', url })));
      expect(burst.every((r) => r.statusCode === 200)).toBe(true);
      expect(new Set(burst.map((r) => r.rawPayload.toString('base64'))).size).toBe(1);
      expect(cache.stats().renders - before).toBeLessThanOrEqual(1);
      const etag = must(burst[0]?.headers.etag, 'the ETag');
      const again = await app.inject({ method: 'GET', url, headers: { 'if-none-match': String(etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload).toHaveLength(0);
    });

    it('renders on worker threads: /healthz answers while a burst of uncached renders is still running', async () => {
      const pool = workerPdfRenderer({ maxThreads: 1 });
      const threads: number[] = [];
      let rendered = 0;
      // the pool, with a record of the thread each PDF was rendered on
      const renderer: PdfRenderer = {
        ...pool,
        render: async (kind, input) => {
          const r = await pool.renderWithThread(kind, input);
          threads.push(r.threadId);
          rendered++;
          return r.pdf;
        },
      };
      const uncached = await buildApp({
        database: t.handle,
        webRoot: dir,
        publicOrigin: PUBLIC_ORIGIN,
        // keeps nothing: every request renders
        documentCache: new DocumentCache(0),
        pdfRenderer: renderer,
      });
      const url = `/api/public/notices/${encodeURIComponent(NOTICE)}.pdf`;
      const total = 40;
      const burst = Promise.all(Array.from({ length: total }, () => uncached.inject({ method: 'GET', url })));
      const health = await uncached.inject({ method: 'GET', url: '/healthz' });
      const renderedWhenHealthy = rendered;
      const answers = await burst;
      await uncached.close();
      await pool.close();

      expect(health.statusCode).toBe(200);
      expect(renderedWhenHealthy).toBeLessThan(total);
      expect(
        answers.every((r) => r.statusCode === 200 && r.rawPayload.subarray(0, 5).toString() === '%PDF-'),
      ).toBe(true);
      expect(threads).toHaveLength(total);
      expect(threads.every((id) => id !== threadId)).toBe(true);
    });

    it('is NOT_FOUND in Vietnamese for a number never issued', async () => {
      const res = await app.inject({
        method: 'GET',
        url: `/api/public/notices/${encodeURIComponent('9/2026/TBTNHS-CCTĐC')}.pdf`,
      });
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).message).toContain('Không tìm thấy thông báo tiếp nhận');
    });

    it('its QR code opens the public verification page of the number', async () => {
      const data = await loadNoticeDocumentData(t.db, NOTICE);
      const input = noticeInput(data, {
        org: getOrganisation('hai-phong'),
        origin: 'https://dvc.example.vn',
        today: '2026-03-05',
      });
      expect(input.verificationUrl).toBe(
        'https://dvc.example.vn/tra-cuu/thong-bao/1%2F2026%2FTBTNHS-CCT%C4%90C',
      );
      expect(decodeURIComponent(input.verificationUrl.split('/').pop() ?? '')).toBe(NOTICE);
    });
  });

  describe('dossier documents', () => {
    it('need a session and the right to read the dossier', async () => {
      const url = `/api/dossiers/${dossierId}/documents/receipt.pdf`;
      expect((await app.inject({ method: 'GET', url })).statusCode).toBe(401);
      const applicant = await signIn('dn.thephp'); // not the owner: the dossier was taken in at the counter
      expect((await app.inject({ method: 'GET', url, headers: { cookie: applicant } })).statusCode).toBe(403);
      const postal = await signIn('canbo.buuchinh'); // another unit
      expect((await app.inject({ method: 'GET', url, headers: { cookie: postal } })).statusCode).toBe(403);
    });

    it.each(['receipt', 'control-sheet', 'notice'])('renders %s.pdf for the officer', async (kind) => {
      const officer = await signIn('canbo.tdc');
      const res = await app.inject({
        method: 'GET',
        url: `/api/dossiers/${dossierId}/documents/${kind}.pdf`,
        headers: { cookie: officer },
      });
      expect(res.statusCode).toBe(200);
      expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    });

    it('the receipt shows the dossier code and the appointment date', async () => {
      const officer = await signIn('canbo.tdc');
      const res = await app.inject({
        method: 'GET',
        url: `/api/dossiers/${dossierId}/documents/receipt.pdf`,
        headers: { cookie: officer },
      });
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('CCTDC-260302-0001');
      expect(text).toContain('09/03/2026');
    });

    it('the control sheet pairs who handed the dossier to whom, step by step, each judged against the appointment date', async () => {
      const data = await loadNoticeDocumentData(t.db, NOTICE);
      const sheet = controlSheetInput(data, {
        org: getOrganisation('hai-phong'),
        origin: 'http://x',
        today: '2026-03-05',
      });
      expect(sheet.steps.map((s) => s.result)).toEqual(['early', 'early', 'early', 'early']);
      // applicant → one-stop officer → the assigned officer → the leader → the one-stop section
      const applicant = data.dossier.applicantName;
      expect(sheet.steps.map((s) => [s.giver, s.receiver])).toEqual([
        [applicant, 'Nguyễn Thị Lan'],
        ['Nguyễn Thị Lan', 'Nguyễn Thị Lan'],
        ['Nguyễn Thị Lan', 'Phạm Văn Minh'],
        ['Phạm Văn Minh', 'Bộ phận Tiếp nhận và Trả kết quả'],
      ]);
      expect(sheet.steps[1]?.note).toBe('Phân công: Trần Văn Hùng');
      expect(sheet.steps.map((s) => s.unit)).toEqual([
        'Bộ phận Tiếp nhận và Trả kết quả',
        expect.stringMatching(/Chi cục|Tiêu chuẩn/),
        'Lãnh đạo Sở',
        'Bộ phận Tiếp nhận và Trả kết quả',
      ]);
    });

    it('the apology letter (Mẫu 04) prints the step recorded: reason, old and new dates, the head who sent it', async () => {
      const officer = await userOf(t.db, 'canbo.tdc');
      const head = await userOf(t.db, 'truong.tdc');
      const day = vn('2026-04-01');
      const created = await receivedAtCounter(t.db, officer, day);
      const id = created.dossierId;
      const url = `/api/dossiers/${id}/documents/apology.pdf`;
      const cookie = await signIn('canbo.tdc');
      // no letter before the step is taken
      const before = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(before.statusCode).toBe(404);
      expect(errorOf(before).message).toContain('văn bản xin lỗi');

      let d = (await as(t.db, head, day).dossiers.get({ dossierId: id })).dossier;
      d = (
        await as(t.db, head, day).dossiers.assign({
          dossierId: id,
          expectedVersion: d.version,
          assigneeUserId: officer.id,
        })
      ).dossier;
      expect(d.deadline).toBe('2026-04-08');
      await as(t.db, head, vn('2026-04-06')).dossiers.extendDeadline({
        dossierId: id,
        expectedVersion: d.version,
        newDeadline: '2026-04-14',
        reason: 'Cần xác minh giấy chứng nhận với tổ chức chứng nhận',
      });
      const res = await app.inject({ method: 'GET', url, headers: { cookie } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('van-ban-xin-loi.pdf');
      const text = await pdfText(res.rawPayload);
      expect(text).toContain('08/04/2026');
      expect(text).toContain('14/04/2026');
      expect(text).toContain('Cần xác minh giấy chứng nhận với tổ chức chứng nhận');
      expect(text).toContain('Trần Văn Hùng');
    });

    it('is 404 with a Vietnamese message for a document the dossier does not have, or an unknown kind', async () => {
      const officer = await signIn('canbo.tdc');
      const none = await app.inject({
        method: 'GET',
        url: `/api/dossiers/${dossierId}/documents/additions-request.pdf`,
        headers: { cookie: officer },
      });
      expect(none.statusCode).toBe(404);
      expect(errorOf(none).message).toContain('Phiếu yêu cầu bổ sung');
      const unknown = await app.inject({
        method: 'GET',
        url: `/api/dossiers/${dossierId}/documents/hoa-don.pdf`,
        headers: { cookie: officer },
      });
      expect(unknown.statusCode).toBe(404);
    });
  });

  describe('the Excel report', () => {
    it('is a real .xlsx for the unit head, read back with the same library', async () => {
      const head = await signIn('truong.tdc');
      const res = await app.inject({
        method: 'GET',
        url: '/api/reports/conformity.xlsx?from=2026-03-01&to=2026-03-31',
        headers: { cookie: head },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = must(wb.getWorksheet('Báo cáo TĐC'), 'the report sheet');
      expect(ws.getCell('A2').value).toBe('Hồ sơ tiếp nhận từ ngày 01/03/2026 đến ngày 31/03/2026');
      expect(ws.getRow(4).values).toEqual([
        undefined,
        'Tháng',
        'Mã thủ tục',
        'Tên thủ tục',
        'Tiếp nhận',
        'Đúng hạn',
        'Quá hạn',
        'Đang giải quyết',
      ]);
      const row = ws.getRow(5).values as unknown[];
      expect(row.slice(1, 3)).toEqual(['2026-03', 'tdc.hop-quy']);
      expect(row.slice(4)).toEqual([1, 1, 0, 0]);
      expect((ws.getRow(6).values as unknown[])[1]).toBe('Tổng cộng');
    });

    it('is refused to an officer and to bad dates', async () => {
      const officer = await signIn('canbo.tdc');
      const forbidden = await app.inject({
        method: 'GET',
        url: '/api/reports/conformity.xlsx?from=2026-03-01&to=2026-03-31',
        headers: { cookie: officer },
      });
      expect(forbidden.statusCode).toBe(403);
      const head = await signIn('truong.tdc');
      const bad = await app.inject({
        method: 'GET',
        url: '/api/reports/conformity.xlsx?from=2026-03-31&to=2026-03-01',
        headers: { cookie: head },
      });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).message).toContain('Từ ngày');
    });
  });
});
