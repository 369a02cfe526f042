// Helpers for the licensing router tests (not a test file itself): the people, the hospital, the postal enterprise,
// and a dossier walked from receipt to the leader's signature.
import { POSTAL_LICENCE_CONDITIONS, procedureInForce, requiresPostalConditions } from '@skhcn/domain';
import type { Database } from '@skhcn/db';
import type { SessionUser } from '../../context';
import { as, seedStoryPeople, sessionUser, uploadedFile } from '../../testing/one-stop.test-kit';

export const HOSPITAL = {
  name: 'Bệnh viện Đa khoa Hồng Phúc',
  taxCode: '0201456787',
  address: 'Số 8 đường Lạch Tray, phường Gia Viên, thành phố Hải Phòng',
  district: 'Ngô Quyền',
  safetyOfficer: { name: 'Đặng Văn Khoa', certificateNumber: 'CC-0158/2024' },
};

export const POSTAL_ENTERPRISE = {
  name: 'Công ty TNHH Chuyển phát nhanh Cảng Biển',
  taxCode: '0202112235',
  address: 'Số 25 đường Điện Biên Phủ, phường Hồng Bàng, thành phố Hải Phòng',
};

export const TWO_XRAYS = [
  {
    type: 'tong-hop' as const,
    manufacturer: 'Shimadzu',
    model: 'RADspeed Pro',
    serial: 'SH-2025-0412',
    tube: 'Circlex 0.6/1.2P324DK-85',
    yearMade: 2025,
    location: 'Phòng X-quang số 1, tầng 1',
    lastInspectionOn: '2026-02-10',
    inspectionCertificate: 'KĐ-26-0311',
  },
  {
    type: 'ct' as const,
    manufacturer: 'Siemens',
    model: 'SOMATOM go.Up',
    serial: 'SI-108877',
    yearMade: 2024,
    location: 'Phòng CT, tầng 2',
    lastInspectionOn: '2026-02-12',
    inspectionCertificate: 'KĐ-26-0320',
  },
];

export interface LicensingPeople {
  hospital: SessionUser;
  enterprise: SessionUser;
  radiationOfficer: SessionUser;
  postalOfficer: SessionUser;
  tdcOfficer: SessionUser;
  leader: SessionUser;
}

export async function seedLicensingPeople(db: Database): Promise<LicensingPeople> {
  const story = await seedStoryPeople(db);
  return {
    hospital: await sessionUser(db, 'bv.hongphuc'),
    enterprise: await sessionUser(db, 'dn.buuchinh'),
    radiationOfficer: await sessionUser(db, 'canbo.bucxa'),
    postalOfficer: story.postalOfficer,
    tdcOfficer: story.officer,
    leader: story.leader,
  };
}

/** One file of `user` for each required component of the procedure in force on `day`. */
export async function componentsFor(db: Database, user: SessionUser, code: string, day: string) {
  const v = procedureInForce(code, day);
  if (!v) throw new Error(`no ${code} on ${day}`);
  const out: { componentKey: string; fileIds: string[] }[] = [];
  for (const c of v.components.filter((x) => x.required)) {
    out.push({ componentKey: c.key, fileIds: [await uploadedFile(db, user, `${c.key}.pdf`)] });
  }
  return out;
}

/** The officer's appraisal of a postal licence's conditions: 3 tỷ đồng for the province's scope, every judgement met. */
export async function recordPostalConditionsMet(
  db: Database,
  officer: SessionUser,
  dossierId: string,
  when: Date,
  capitalVnd = 3_000_000_000,
) {
  const current = await as(db, officer, when).licensing.postalConditions.get({ dossierId });
  return as(db, officer, when).licensing.postalConditions.record({
    dossierId,
    expectedPosition: current.current?.position ?? 0,
    scope: 'noi-tinh',
    capitalVnd,
    judgements: Object.fromEntries(
      POSTAL_LICENCE_CONDITIONS.filter((c) => c.kind === 'judgement').map((c) => [c.key, { met: true }]),
    ),
  });
}

/**
 * The officer accepts an online dossier, the leader assigns it to them, they propose (a postal licence after its
 * conditions are appraised as met), the leader signs, it is returned.
 */
export async function walkToResult(
  db: Database,
  people: { officer: SessionUser; leader: SessionUser },
  dossierId: string,
  when: Date,
) {
  const { officer, leader } = people;
  let d = (await as(db, officer, when).dossiers.get({ dossierId })).dossier;
  if (d.status === 1) {
    d = (
      await as(db, officer, when).dossiers.receive({ mode: 'accept', dossierId, expectedVersion: d.version })
    ).dossier;
  }
  d = (
    await as(db, leader, when).dossiers.assign({
      dossierId,
      expectedVersion: d.version,
      assigneeUserId: officer.id,
    })
  ).dossier;
  if (requiresPostalConditions(d.procedureCode))
    await recordPostalConditionsMet(db, officer, dossierId, when);
  d = (await as(db, officer, when).dossiers.submitForSignature({ dossierId, expectedVersion: d.version }))
    .dossier;
  d = (await as(db, leader, when).dossiers.approve({ dossierId, expectedVersion: d.version })).dossier;
  d = (await as(db, officer, when).dossiers.returnResult({ dossierId, expectedVersion: d.version })).dossier;
  return d;
}
