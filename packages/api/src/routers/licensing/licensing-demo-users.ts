import { findUserByUsername, type Database } from '@skhcn/db';
import type { SessionUser } from '../../context';

/** The session user of a demo account, or undefined when it does not exist. */
export async function sessionUserOf(db: Database, username: string): Promise<SessionUser | undefined> {
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
