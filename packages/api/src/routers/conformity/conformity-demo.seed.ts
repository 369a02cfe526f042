// Demo data for the TĐC screens on a fresh start: a few dossiers in different statuses and registry entries in
// force, revoked and expired. Everything goes through the one-stop engine (createDossier, runCommand handlers), so
// codes, events, deadlines, notices and outbox messages are what real use would have produced. Dates are relative
// to `now`, so the inbox and the registry look current whenever the demo is started.
import { count, like } from 'drizzle-orm';
import {
  DEMO_FILE_PLACEHOLDER_PREFIX,
  findUserByUsername,
  insertFile,
  schema,
  type Database,
} from '@skhcn/db';
import { addCalendarDays, conformityRegimeOn, findProcedureOrThrow, requiredComponents } from '@skhcn/domain';
import { createContext, type SessionUser } from '../../context';
import { platformExtensions } from '../../platform';
import { vietnamToday } from '../../lib/today';
import { createCallerFactory } from '../../trpc';
import { appRouter } from '../app.router';
import type { DeclarationDraft } from './declaration-input';

type Draft = DeclarationDraft;

async function user(db: Database, username: string): Promise<SessionUser | undefined> {
  const u = await findUserByUsername(db, username);
  return u
    ? {
        id: u.id,
        username: u.username,
        fullName: u.fullName,
        memberships: u.memberships,
        kind: u.kind,
        ...(u.applicant ? { applicant: u.applicant } : {}),
      }
    : undefined;
}

const certificate = (number: string, issuedOn: string, expiresOn: string) => ({
  basis: 'designated_certifier' as const,
  certifier: 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 1 (QUATEST 1)',
  certificateNumber: number,
  issuedOn,
  expiresOn,
});

/** Seeds the TĐC demo once (nothing happens when TĐC dossiers already exist). Returns the dossiers created. */
export async function seedConformityDemo(db: Database, now: Date = new Date()): Promise<number> {
  const [existing] = await db
    .select({ n: count() })
    .from(schema.dossiers)
    .where(like(schema.dossiers.procedureCode, 'tdc.%'));
  if (Number(existing?.n ?? 0) > 0) return 0;
  const [applicant, officer, head, leader] = await Promise.all(
    ['dn.thephp', 'canbo.tdc', 'truong.tdc', 'lanhdao'].map((u) => user(db, u)),
  );
  if (!applicant || !officer || !head || !leader) return 0;

  const createCaller = createCallerFactory(appRouter);
  const today = vietnamToday(now);
  const at = (daysAgo: number, time = '09:00') =>
    new Date(`${addCalendarDays(today, -daysAgo)}T${time}:00+07:00`);
  const as = (u: SessionUser, when: Date) =>
    createCaller(
      createContext({ db, extensions: platformExtensions(), user: u, ip: '127.0.0.1', now: () => when }),
    );

  /** A file for every component the declaration must carry (by its basis and risk class). */
  async function components(u: SessionUser, procedureCode: string, when: Date, d: Draft) {
    const version = findProcedureOrThrow(procedureCode, vietnamToday(when));
    const draft = d as { basis?: { basis?: unknown }; riskClass?: unknown };
    const answers = {
      ...(typeof draft.basis?.basis === 'string' ? { basis: draft.basis.basis } : {}),
      ...(typeof draft.riskClass === 'string' ? { riskClass: draft.riskClass } : {}),
    };
    const out: { componentKey: string; fileIds: string[] }[] = [];
    for (const c of requiredComponents(version, answers)) {
      // a placeholder row: the server gives it real bytes (attachDemoFileBytes) once the dossiers exist
      const sha256 = `${DEMO_FILE_PLACEHOLDER_PREFIX}${c.key}-${Math.random().toString(16).slice(2)}`
        .padEnd(64, '0')
        .slice(0, 64);
      const f = await insertFile(db, {
        sha256,
        size: 1,
        mime: 'application/pdf',
        originalName: `${c.key}.pdf`,
        storageKey: sha256,
        createdBy: u.id,
        createdAt: when,
      });
      out.push({ componentKey: c.key, fileIds: [f.id] });
    }
    return out;
  }

  /** Adds the risk class the regime in force on that day requires (none before 01/07/2026). */
  const forDay = (d: Draft, when: Date): Draft =>
    d.kind === 'regulation' && conformityRegimeOn(vietnamToday(when)).regime === 'risk'
      ? { ...d, riskClass: 'high' }
      : d;

  // arrow functions, so that the accounts stay narrowed to found
  const receive = async (procedureCode: 'tdc.hop-quy' | 'tdc.hop-chuan', d: Draft, when: Date) => {
    const declaration = forDay(d, when);
    const r = await as(officer, when).conformity.receive({
      procedureCode,
      declaration,
      components: await components(officer, procedureCode, when, declaration),
    });
    return (await as(officer, when).dossiers.get({ dossierId: r.dossierId })).dossier;
  };
  const toProcessing = async (d: { id: string; version: number }, when: Date) => {
    return (
      await as(head, when).dossiers.assign({
        dossierId: d.id,
        expectedVersion: d.version,
        assigneeUserId: officer.id,
      })
    ).dossier;
  };
  const approve = async (d: { id: string; version: number }, when: Date) => {
    const s = (
      await as(officer, when).dossiers.submitForSignature({ dossierId: d.id, expectedVersion: d.version })
    ).dossier;
    return (await as(leader, when).dossiers.approve({ dossierId: d.id, expectedVersion: s.version })).dossier;
  };

  const steel: Draft = {
    kind: 'regulation',
    organisation: {
      name: 'Công ty Cổ phần Thép Hải Phòng',
      taxCode: '0200123457',
      address: 'Số 12 đường Hà Nội, phường Hồng Bàng, thành phố Hải Phòng',
      phone: '0225 3842 123',
    },
    products: [
      { name: 'Thép cốt bê tông cán nóng', model: 'CB400-V', origin: 'Việt Nam', hsCode: '7214' },
      { name: 'Thép cuộn cốt bê tông', model: 'CB240-T', origin: 'Việt Nam' },
    ],
    regulations: ['QCVN 7:2019/BKHCN'],
    basis: certificate('HQ-2026-0158', addCalendarDays(today, -60), addCalendarDays(today, 3 * 365)),
  };
  const tiles: Draft = {
    kind: 'standard',
    organisation: {
      name: 'Công ty TNHH Gạch men Đông Á',
      taxCode: '0100109106',
      address: 'Khu công nghiệp Đình Vũ, phường Đông Hải, thành phố Hải Phòng',
    },
    products: [{ name: 'Gạch gốm ốp lát', model: 'GM-6060', origin: 'Việt Nam' }],
    standards: ['TCVN 7745:2007'],
    basis: { basis: 'self_assessment', reportDate: addCalendarDays(today, -400) },
  };
  const cables: Draft = {
    kind: 'regulation',
    organisation: {
      name: 'Công ty TNHH Dây cáp điện Bạch Đằng',
      taxCode: '0200456784',
      address: 'Số 5 đường Bạch Đằng, phường Hồng An, thành phố Hải Phòng',
    },
    products: [{ name: 'Dây điện bọc nhựa PVC', model: 'VCm 2x1.5', origin: 'Việt Nam' }],
    regulations: ['QCVN 4:2009/BKHCN'],
    basis: certificate('HQ-2025-0912', addCalendarDays(today, -300), addCalendarDays(today, 700)),
  };
  const helmets: Draft = {
    kind: 'regulation',
    organisation: {
      name: 'Công ty Cổ phần Mũ bảo hiểm An Toàn',
      taxCode: '0100234562',
      address: 'Số 88 đường Lạch Tray, phường Gia Viên, thành phố Hải Phòng',
    },
    products: [{ name: 'Mũ bảo hiểm cho người đi mô tô, xe máy', model: 'AT-01', origin: 'Việt Nam' }],
    regulations: ['QCVN 2:2021/BKHCN'],
    // the certificate ran out ten days ago: the notice is expired by date
    basis: certificate('HQ-2024-0333', addCalendarDays(today, -700), addCalendarDays(today, -10)),
  };

  let created = 0;
  // 1. approved 25 days ago, result handed over: in force
  let d = await receive('tdc.hop-quy', steel, at(30));
  d = await toProcessing(d, at(30, '10:00'));
  d = await approve(d, at(26));
  await as(officer, at(25)).dossiers.returnResult({ dossierId: d.id, expectedVersion: d.version });
  created++;
  // 2. hợp chuẩn on self-assessment: in force
  d = await receive('tdc.hop-chuan', tiles, at(20));
  d = await approve(await toProcessing(d, at(20, '10:00')), at(17));
  created++;
  // 3. approved, then revoked after a market inspection
  d = await receive('tdc.hop-quy', cables, at(40));
  d = await approve(await toProcessing(d, at(40, '10:00')), at(36));
  created++;
  const revokedNotice = (await as(head, at(5)).conformity.declaration({ dossierId: d.id })).notice;
  if (revokedNotice)
    await as(head, at(5)).conformity.revoke({
      noticeNumber: revokedNotice.number,
      reason: 'Kết quả kiểm tra trên thị trường: mẫu dây điện không phù hợp QCVN 4:2009/BKHCN.',
    });
  // 4. approved before its certificate ran out ten days ago: expired
  d = await receive('tdc.hop-quy', helmets, at(45));
  d = await approve(await toProcessing(d, at(45, '10:00')), at(41));
  created++;
  // 5. submitted online today, waiting to be received (status 1)
  const online = forDay(
    { ...steel, products: [{ name: 'Thép hình chữ I', model: 'I200', origin: 'Việt Nam' }] },
    at(0),
  );
  await as(applicant, at(0, '08:30')).conformity.submit({
    procedureCode: 'tdc.hop-quy',
    declaration: online,
    components: await components(applicant, 'tdc.hop-quy', at(0), online),
  });
  created++;
  // 6. in processing, assigned to the officer (status 4)
  d = await receive(
    'tdc.hop-chuan',
    { ...tiles, products: [{ name: 'Gạch ceramic lát nền', model: 'CR-4040', origin: 'Việt Nam' }] },
    at(2),
  );
  await toProcessing(d, at(2, '10:00'));
  created++;
  // 7. waiting for additions (status 5)
  d = await toProcessing(await receive('tdc.hop-quy', cables, at(6)), at(6, '10:00'));
  await as(officer, at(4)).dossiers.requestAdditions({
    dossierId: d.id,
    expectedVersion: d.version,
    items: [{ name: 'Giấy chứng nhận hợp quy', reason: 'Bản sao chưa được chứng thực.' }],
  });
  created++;
  // 8. received at the counter today (status 2)
  await receive('tdc.hop-quy', steel, at(0, '08:15'));
  created++;
  return created;
}
