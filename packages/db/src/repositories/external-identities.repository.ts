import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { accountEvents, externalIdentities, users } from '../schema';
import { sessionChanged } from './session-changes';
import { findUserById, type ApplicantProfile, type UserRecord } from './users.repository';

/**
 * The password hash of an account that signs in only through an identity provider: not a scrypt hash, so
 * verifyPassword refuses every password for it.
 */
export const NO_PASSWORD = '!external-identity';

/** Who the provider says signed in: its issuer and `sub`, and what the claims tell about the person. */
export interface ExternalIdentity {
  issuer: string;
  subject: string;
  fullName: string;
  /** The organisation the person files for, when the provider says it (tax code and name together) */
  applicant?: ApplicantProfile;
}

/** A stable, short username for an identity: `dinhdanh.` and 16 hex digits of SHA-256(issuer, sub). */
export function externalUsername(issuer: string, subject: string): string {
  const digest = createHash('sha256').update(`${issuer}\n${subject}`).digest('hex');
  return `dinhdanh.${digest.slice(0, 16)}`;
}

async function linkedUserId(db: Database, issuer: string, subject: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: externalIdentities.userId })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  return row?.userId;
}

/**
 * The account of `identity`: the one linked to its issuer and `sub`, or — at the first sign-in — a new applicant
 * account (name from the claims, organisation when given), linked and recorded in account_events in one
 * transaction. Two first sign-ins at once end on the same account. The caller checks `active`.
 */
export async function findOrCreateExternalUser(
  db: Database,
  identity: ExternalIdentity,
  now: Date,
): Promise<{ user: UserRecord; created: boolean }> {
  const { issuer, subject } = identity;
  let created = false;
  let userId = await linkedUserId(db, issuer, subject);
  if (!userId) {
    userId = await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          username: externalUsername(issuer, subject),
          fullName: identity.fullName,
          passwordHash: NO_PASSWORD,
          kind: 'applicant',
          organisationName: identity.applicant?.organisationName ?? null,
          taxCode: identity.applicant?.taxCode ?? null,
          createdAt: now,
        })
        .onConflictDoNothing({ target: users.username })
        .returning({ id: users.id });
      // another sign-in of the same person created it a moment ago: nothing inserted here
      if (!user) return undefined;
      await tx.insert(externalIdentities).values({ issuer, subject, userId: user.id, createdAt: now });
      await tx.insert(accountEvents).values({
        at: now,
        userId: user.id,
        actorId: user.id,
        action: 'created',
        details: { via: 'oidc', issuer, organisation: identity.applicant ? 'from-claims' : 'to-complete' },
      });
      return user.id;
    });
    if (userId) created = true;
    else userId = await linkedUserId(db, issuer, subject);
    if (!userId)
      throw new Error(`no account linked to ${issuer} ${subject} after a concurrent first sign-in`);
  }
  await db
    .update(externalIdentities)
    .set({ lastSignInAt: now })
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  const user = await findUserById(db, userId);
  if (!user) throw new Error(`account ${userId} of ${issuer} ${subject} not found`);
  return { user, created };
}

/**
 * Sets the organisation of an applicant who has none yet (signed in through a provider that did not say it), and
 * records it. Returns false when the account is not an applicant or already has one (never overwritten here).
 */
export async function completeApplicantProfile(
  db: Database,
  userId: string,
  profile: ApplicantProfile,
  now: Date,
): Promise<boolean> {
  const done = await db.transaction(async (tx) => {
    const [row] = await tx
      .select({ kind: users.kind, taxCode: users.taxCode })
      .from(users)
      .where(eq(users.id, userId))
      .for('update');
    if (!row || row.kind !== 'applicant' || row.taxCode !== null) return false;
    await tx
      .update(users)
      .set({
        organisationName: profile.organisationName,
        taxCode: profile.taxCode,
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, userId));
    await tx.insert(accountEvents).values({
      at: now,
      userId,
      actorId: userId,
      action: 'profile_completed',
      details: { organisationName: profile.organisationName, taxCode: profile.taxCode },
    });
    return true;
  });
  // the account's sessions carry the applicant profile: this process's session cache drops them now (other
  // processes hear the users trigger's notification)
  if (done) sessionChanged({ userId });
  return done;
}
