// Helpers for the dossier engine tests (not a test file itself).
import { createHash, randomBytes } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { sql } from 'drizzle-orm';
import { findUserByUsername, hashPassword, insertFile, seedDemo, upsertUser, type Database } from '@skhcn/db';
import { getOrganisation, procedureInForce } from '@skhcn/domain';
import type { OperatingLimits, SessionUser } from '../context';
import { describeError } from '../errors';
import { callerFor } from './api-harness';

/** Monday 2 March 2026, 09:00 in Vietnam: a working day before the 15:00 cut-off. */
export const MONDAY_0900 = new Date('2026-03-02T02:00:00Z');

export function at(iso: string): Date {
  return new Date(iso);
}

/** Vietnam local time `HH:MM` on an ISO date, as an instant. */
export function vn(day: string, time = '09:00'): Date {
  return new Date(`${day}T${time}:00+07:00`);
}

export async function sessionUser(db: Database, username: string): Promise<SessionUser> {
  const u = await findUserByUsername(db, username);
  if (!u) throw new Error(`no user ${username}`);
  return {
    id: u.id,
    username: u.username,
    fullName: u.fullName,
    memberships: u.memberships,
    kind: u.kind,
    ...(u.applicant ? { applicant: u.applicant } : {}),
  };
}

/** The people of the TĐC story in the Hải Phòng demo data (seeded here). */
export interface StoryPeople {
  applicant: SessionUser;
  officer: SessionUser;
  head: SessionUser;
  leader: SessionUser;
  postalOfficer: SessionUser;
  /** Quản trị hệ thống: sees the platform's own state (integrations, outbox) */
  admin: SessionUser;
}

export async function seedStoryPeople(db: Database): Promise<StoryPeople> {
  await seedDemo(db, getOrganisation('hai-phong'));
  return {
    applicant: await sessionUser(db, 'dn.thephp'),
    officer: await sessionUser(db, 'canbo.tdc'),
    head: await sessionUser(db, 'truong.tdc'),
    leader: await sessionUser(db, 'lanhdao'),
    postalOfficer: await sessionUser(db, 'canbo.buuchinh'),
    admin: await sessionUser(db, 'quantri'),
  };
}

/** Empties the dossier tables (and `more`) between tests; accounts and units stay. */
export async function clearDossiers(db: Database, more: readonly string[] = []): Promise<void> {
  const tables = [
    'dossier_files',
    'dossier_sequences',
    'dossier_events',
    'dossiers',
    'files',
    'audit_denials',
    ...more,
  ];
  await db.execute(sql.raw(`truncate ${tables.join(', ')} restart identity cascade`));
}

/** A caller acting as `user` at a fixed instant (or a clock function), with other operating limits if given. */
export function as(
  db: Database,
  user: SessionUser,
  now: Date | (() => Date),
  limits?: Partial<OperatingLimits>,
) {
  return callerFor(db, {
    user,
    now: typeof now === 'function' ? now : () => now,
    ...(limits ? { limits } : {}),
  }).caller;
}

/** A second applicant, to check that applicants see and touch only their own dossiers. */
export async function createOtherApplicant(db: Database): Promise<SessionUser> {
  await upsertUser(db, {
    username: 'dn.khac',
    fullName: 'Trần Thị Mai',
    passwordHash: await hashPassword('Khac@2026'),
    memberships: [],
    kind: 'applicant',
    applicant: { organisationName: 'Công ty TNHH Nhựa Đông Á', taxCode: '0201987650' },
  });
  return sessionUser(db, 'dn.khac');
}

/** A file row uploaded by `user` (the bytes themselves are not needed by the engine). */
export async function uploadedFile(
  db: Database,
  user: SessionUser,
  name = 'ban-cong-bo.pdf',
): Promise<string> {
  const bytes = randomBytes(16);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await insertFile(db, {
    sha256,
    size: bytes.length,
    mime: 'application/pdf',
    originalName: name,
    storageKey: sha256,
    createdBy: user.id,
  });
  return row.id;
}

/** The required components of tdc.hop-quy (TT 28/2012) with files of `user`. */
export async function hopQuyAttachments(db: Database, user: SessionUser) {
  return [
    { componentKey: 'ban-cong-bo', fileId: await uploadedFile(db, user, 'ban-cong-bo.pdf') },
    {
      componentKey: 'giay-to-san-xuat-kinh-doanh',
      fileId: await uploadedFile(db, user, 'dang-ky-doanh-nghiep.pdf'),
    },
  ];
}

/** A file of `user` for every required component (without a condition) of the procedure in force on `day`. */
export async function requiredAttachments(
  db: Database,
  user: SessionUser,
  procedureCode: string,
  day: string,
) {
  const version = procedureInForce(procedureCode, day);
  if (!version) throw new Error(`no version of ${procedureCode} in force on ${day}`);
  const out: { componentKey: string; fileId: string }[] = [];
  for (const c of version.components.filter((x) => x.required && !x.when)) {
    out.push({ componentKey: c.key, fileId: await uploadedFile(db, user, `${c.key}.pdf`) });
  }
  return out;
}

function appErrorOfRejection(err: unknown): { appCode: string; message: string } {
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  const { appCode, message } = describeError(err);
  return { appCode, message };
}

/** The app error (code and Vietnamese message) of a rejected call. */
export async function appErrorOf(p: Promise<unknown>): Promise<{ appCode: string; message: string }> {
  return appErrorOfRejection(
    await p.then(
      () => undefined,
      (e: unknown) => e,
    ),
  );
}

/** 'ok' when the call succeeds, else the app error code it is refused with. */
export async function outcomeOf(p: Promise<unknown>): Promise<string> {
  return p.then(
    () => 'ok',
    (e: unknown) => appErrorOfRejection(e).appCode,
  );
}

/** The app error code of a rejected call. */
export async function appCodeOf(p: Promise<unknown>): Promise<string> {
  return (await appErrorOf(p)).appCode;
}
