// Demo data for the licensing screens on a fresh start: the hospital Bệnh viện Đa khoa Hồng Phúc declared a general
// X-ray device and was licensed three years ago, so its licence expires 30 days after the demo starts (the renewal
// window has closed: a renewal is refused with the legal reason, and the reminders have something to show). Everything
// goes through the one-stop engine, with dates relative to `now`.
import { count, like } from 'drizzle-orm';
import { DEMO_FILE_PLACEHOLDER_PREFIX, insertFile, schema, type Database } from '@skhcn/db';
import { addCalendarDays, addYearsToIsoDate, findProcedureOrThrow } from '@skhcn/domain';
import { createContext, type SessionUser } from '../../context';
import { vietnamToday } from '../../lib/today';
import { platformExtensions } from '../../platform';
import { createCallerFactory } from '../../trpc';
import { appRouter } from '../app.router';
import { sessionUserOf } from './licensing-demo-users';

export const DEMO_HOSPITAL = {
  name: 'Bệnh viện Đa khoa Hồng Phúc',
  taxCode: '0201456787',
  address: 'Số 8 đường Lạch Tray, phường Gia Viên, thành phố Hải Phòng',
  district: 'Ngô Quyền',
  email: 'antoan.bucxa@bvhongphuc.vn',
  safetyOfficer: { name: 'Đặng Văn Khoa', certificateNumber: 'CC-0158/2024' },
};

/** Seeds the licensing demo once (nothing happens when licensing dossiers exist). Returns the dossiers created. */
export async function seedLicensingDemo(db: Database, now: Date = new Date()): Promise<number> {
  const [existing] = await db
    .select({ n: count() })
    .from(schema.dossiers)
    .where(like(schema.dossiers.procedureCode, 'buc-xa.%'));
  if (Number(existing?.n ?? 0) > 0) return 0;
  const [hospital, officer, leader] = await Promise.all(
    ['bv.hongphuc', 'canbo.bucxa', 'lanhdao'].map((u) => sessionUserOf(db, u)),
  );
  if (!hospital || !officer || !leader) return 0;
  const createCaller = createCallerFactory(appRouter);
  const as = (u: SessionUser, when: Date) =>
    createCaller(
      createContext({ db, extensions: platformExtensions(), user: u, ip: '127.0.0.1', now: () => when }),
    );

  // issued so that the 3-year term ends 30 days after today
  const issuedOn = addYearsToIsoDate(addCalendarDays(vietnamToday(now), 30), -3);
  const at = (time: string) => new Date(`${issuedOn}T${time}:00+07:00`);

  async function components(procedureCode: string, when: Date) {
    const version = findProcedureOrThrow(procedureCode, vietnamToday(when));
    const out: { componentKey: string; fileIds: string[] }[] = [];
    for (const c of version.components.filter((x) => x.required && !x.when)) {
      const sha256 = `${DEMO_FILE_PLACEHOLDER_PREFIX}${c.key}-${Math.random().toString(16).slice(2)}`
        .padEnd(64, '0')
        .slice(0, 64);
      const f = await insertFile(db, {
        sha256,
        size: 1,
        mime: 'application/pdf',
        originalName: `${c.key}.pdf`,
        storageKey: sha256,
        createdBy: hospital?.id ?? null,
        createdAt: when,
      });
      out.push({ componentKey: c.key, fileIds: [f.id] });
    }
    return out;
  }

  const walk = async (dossierId: string, when: Date) => {
    let d = (await as(officer, when).dossiers.get({ dossierId })).dossier;
    d = (await as(officer, when).dossiers.receive({ mode: 'accept', dossierId, expectedVersion: d.version }))
      .dossier;
    d = (
      await as(leader, when).dossiers.assign({
        dossierId,
        expectedVersion: d.version,
        assigneeUserId: officer.id,
      })
    ).dossier;
    d = (await as(officer, when).dossiers.submitForSignature({ dossierId, expectedVersion: d.version }))
      .dossier;
    d = (await as(leader, when).dossiers.approve({ dossierId, expectedVersion: d.version })).dossier;
    await as(officer, when).dossiers.returnResult({ dossierId, expectedVersion: d.version });
  };

  const declared = await as(hospital, at('08:00')).licensing.submit({
    procedureCode: 'buc-xa.khai-bao',
    holder: DEMO_HOSPITAL,
    devices: [
      {
        type: 'tong-hop',
        manufacturer: 'Philips',
        model: 'DigitalDiagnost C50',
        serial: 'PH-2019-0077',
        yearMade: 2019,
        location: 'Phòng X-quang số 2, tầng 1',
      },
    ],
    event: 'acquired',
    eventDate: addCalendarDays(issuedOn, -3),
    components: await components('buc-xa.khai-bao', at('08:00')),
  });
  await walk(declared.dossierId, at('09:00'));
  const holder = await as(hospital, at('10:00')).licensing.dossier({ dossierId: declared.dossierId });
  const devices = await as(hospital, at('10:00')).licensing.holders.get({ holderId: holder.holder.id });
  const licence = await as(hospital, at('10:00')).licensing.submit({
    procedureCode: 'buc-xa.cap-giay-phep',
    holder: DEMO_HOSPITAL,
    deviceIds: devices.devices.map((d) => d.id),
    components: await components('buc-xa.cap-giay-phep', at('10:00')),
  });
  await walk(licence.dossierId, at('11:00'));
  return 2;
}
