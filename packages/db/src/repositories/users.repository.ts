import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Membership, Role } from '@skhcn/domain';
import type { Database } from '../client';
import { memberships, users, type UserKind } from '../schema';
import { sessionChanged } from './session-changes';

export type { UserKind };

/** An applicant's organisation (hồ sơ người nộp). */
export interface ApplicantProfile {
  organisationName: string;
  taxCode: string;
}

export interface UserRecord {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  /** staff (holds memberships), applicant (an organisation submitting online) or external (see USER_KINDS) */
  kind: UserKind;
  memberships: Membership[];
  /** Set for applicants */
  applicant?: ApplicantProfile;
  /** Present (true) while the person still has to replace a temporary password an administrator issued */
  passwordChangeRequired?: true;
}

function profileOf(row: { kind: UserKind; organisationName: string | null; taxCode: string | null }): {
  applicant?: ApplicantProfile;
} {
  if (row.kind !== 'applicant' || row.organisationName === null || row.taxCode === null) return {};
  return { applicant: { organisationName: row.organisationName, taxCode: row.taxCode } };
}

export interface UserWithHash extends UserRecord {
  passwordHash: string;
}

async function membershipsOf(db: Database, userId: string): Promise<Membership[]> {
  const rows = await db
    .select({ unitCode: memberships.unitCode, role: memberships.role })
    .from(memberships)
    .where(eq(memberships.userId, userId))
    .orderBy(asc(memberships.unitCode));
  return rows.map((r) => ({ unitCode: r.unitCode, role: r.role as Role }));
}

export async function findUserByUsername(db: Database, username: string): Promise<UserWithHash | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  if (!row) return undefined;
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    active: row.active,
    kind: row.kind,
    passwordHash: row.passwordHash,
    memberships: await membershipsOf(db, row.id),
    ...profileOf(row),
    ...(row.passwordChangeRequired ? { passwordChangeRequired: true as const } : {}),
  };
}

export async function findUserById(db: Database, id: string): Promise<UserRecord | undefined> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      active: users.active,
      kind: users.kind,
      organisationName: users.organisationName,
      taxCode: users.taxCode,
    })
    .from(users)
    .where(eq(users.id, id));
  if (!row) return undefined;
  const { id: userId, username, fullName, active, kind } = row;
  return {
    id: userId,
    username,
    fullName,
    active,
    kind,
    memberships: await membershipsOf(db, row.id),
    ...profileOf(row),
  };
}

export interface UnitMember {
  id: string;
  username: string;
  fullName: string;
  active: boolean;
  role: Role;
}

/** Users holding a role in `unitCode`, by name. */
export async function listUsersByUnit(db: Database, unitCode: string): Promise<UnitMember[]> {
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      fullName: users.fullName,
      active: users.active,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.unitCode, unitCode))
    .orderBy(asc(users.fullName), asc(users.username));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

export interface NewUser {
  username: string;
  fullName: string;
  passwordHash: string;
  active?: boolean;
  memberships: Membership[];
  /** Defaults to staff; an applicant needs `applicant` and holds no memberships */
  kind?: UserKind;
  applicant?: ApplicantProfile;
}

/** Inserts or updates a user (by username) and replaces their memberships. */
export async function upsertUser(db: Database, input: NewUser): Promise<string> {
  const kind = input.kind ?? 'staff';
  if (kind !== 'staff' && input.memberships.length > 0) {
    throw new Error(`${kind} account "${input.username}" cannot hold memberships in units`);
  }
  const profile = {
    kind,
    organisationName: input.applicant?.organisationName ?? null,
    taxCode: input.applicant?.taxCode ?? null,
  };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(users)
      .values({
        username: input.username,
        fullName: input.fullName,
        passwordHash: input.passwordHash,
        active: input.active ?? true,
        ...profile,
      })
      .onConflictDoUpdate({
        target: users.username,
        set: {
          fullName: input.fullName,
          passwordHash: input.passwordHash,
          active: input.active ?? true,
          ...profile,
        },
      })
      .returning({ id: users.id });
    if (!row) throw new Error(`upsert of user "${input.username}" returned no row`);
    const id = row.id;
    sessionChanged({ userId: id });
    await tx.delete(memberships).where(eq(memberships.userId, id));
    if (input.memberships.length > 0) {
      await tx
        .insert(memberships)
        .values(input.memberships.map((m) => ({ userId: id, unitCode: m.unitCode, role: m.role })));
    }
    return id;
  });
}

export async function setUserActive(db: Database, id: string, active: boolean): Promise<void> {
  await db.update(users).set({ active }).where(eq(users.id, id));
  sessionChanged({ userId: id });
}

/** Which of `usernames` exist (active or not). */
export async function existingUsernames(
  db: Database,
  usernames: readonly string[],
  options: { activeOnly?: boolean } = {},
): Promise<string[]> {
  if (usernames.length === 0) return [];
  const rows = await db
    .select({ username: users.username })
    .from(users)
    .where(
      and(inArray(users.username, [...usernames]), options.activeOnly ? eq(users.active, true) : undefined),
    );
  return rows.map((r) => r.username).sort();
}
