// Changes that end or alter signed-in sessions, for the servers' session caches. Within a process the repositories
// below announce them as they write (sessionChanged); across processes the database announces them after commit
// (NOTIFY on SESSION_CHANGES_CHANNEL from the triggers of migration 0024, on sessions, users and memberships).

/** A session ended, every session of a user changed (deactivated, password, roles), or anything may have changed */
export type SessionChange = { sessionId: string } | { userId: string } | { all: true };

/** The NOTIFY channel of migration 0024's triggers; payloads `s:<session id>` and `u:<user id>` */
export const SESSION_CHANGES_CHANNEL = 'skhcn_session_changes';

const listeners = new Set<(change: SessionChange) => void>();

/** Listens to the session changes made by this process; returns the unsubscribe. */
export function onSessionChange(listener: (change: SessionChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Announces a change made by this process (called by the repositories that make it). */
export function sessionChanged(change: SessionChange): void {
  for (const l of listeners) l(change);
}

/** A NOTIFY payload of SESSION_CHANGES_CHANNEL as a change (anything unknown clears everything). */
export function parseSessionChange(payload: string): SessionChange {
  if (payload.startsWith('s:')) return { sessionId: payload.slice(2) };
  if (payload.startsWith('u:')) return { userId: payload.slice(2) };
  return { all: true };
}
