import {
  findSessionByToken,
  hashToken,
  onSessionChange,
  parseSessionChange,
  SESSION_CHANGES_CHANNEL,
  type Database,
  type DatabaseHandle,
  type SessionChange,
} from '@skhcn/db';
import type { SessionUser } from './context';

export interface ResolvedSession {
  sessionId: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
}

/** How long a process may answer from its cached copy of a session when no change notification reached it */
export const SESSION_CACHE_TTL_MS = 5_000;
const SESSION_CACHE_MAX = 10_000;

/**
 * The sessions a server process resolved in the last few seconds, by session id (the token's hash), so that a
 * request costs no session round trip. Correct because every change that ends or alters a session drops the copies
 * at once: in this process as the repository writes it (sessionChanged), and in every process after commit through
 * the database's notification (migration 0024's triggers, LISTEN). The TTL only bounds the case of a notification
 * still in flight; if the notification connection is lost the cache empties and stops answering.
 */
export class SessionCache {
  private readonly entries = new Map<string, { session: ResolvedSession; until: number }>();
  /**
   * Look-ups under way, by session id: the requests that miss together (an entry just expired under a burst of
   * the same user's calls) share one query instead of sending one each. Shared only within one generation.
   */
  private readonly pending = new Map<
    string,
    { generation: number; session: Promise<ResolvedSession | null> }
  >();
  /** Bumped by every change: a lookup that started before a change does not store what it read */
  private generation = 0;
  private enabled = true;
  private readonly stopLocal: () => void;
  stopRemote: () => Promise<void> = async () => {};

  /** `local: false` hears only the database's notifications, as another process would (tests) */
  constructor(
    readonly ttlMs = SESSION_CACHE_TTL_MS,
    local = true,
  ) {
    this.stopLocal = local ? onSessionChange((change) => this.drop(change)) : () => {};
  }

  drop(change: SessionChange): void {
    this.generation++;
    if ('sessionId' in change) this.entries.delete(change.sessionId);
    else if ('userId' in change) {
      for (const [id, e] of this.entries) if (e.session.user.id === change.userId) this.entries.delete(id);
    } else this.entries.clear();
  }

  /** Stops caching (the notifications can no longer be trusted) */
  disable(): void {
    this.enabled = false;
    this.drop({ all: true });
  }

  async resolve(db: Database, token: string, now: Date): Promise<ResolvedSession | null> {
    const id = hashToken(token);
    const hit = this.entries.get(id);
    if (hit && hit.until > now.getTime() && hit.session.expiresAt > now) return hit.session;
    const generation = this.generation;
    const inFlight = this.pending.get(id);
    if (this.enabled && inFlight && inFlight.generation === generation) return inFlight.session;
    const looking = lookup(db, token, now);
    this.pending.set(id, { generation, session: looking });
    let session: ResolvedSession | null;
    try {
      session = await looking;
    } finally {
      if (this.pending.get(id)?.session === looking) this.pending.delete(id);
    }
    if (this.enabled && generation === this.generation) {
      if (session) {
        if (this.entries.size >= SESSION_CACHE_MAX) this.entries.clear();
        this.entries.set(id, { session, until: now.getTime() + this.ttlMs });
      } else this.entries.delete(id);
    }
    return session;
  }

  async close(): Promise<void> {
    this.stopLocal();
    this.enabled = false;
    this.entries.clear();
    await this.stopRemote();
  }
}

/**
 * A session cache for a server process, listening to the database's session changes; without a notification
 * channel (a handle without `listen`) it caches nothing.
 */
export async function createSessionCache(
  handle: DatabaseHandle,
  options: { ttlMs?: number; onLost?: (err: Error) => void; local?: boolean } = {},
): Promise<SessionCache> {
  const cache = new SessionCache(options.ttlMs, options.local);
  if (!handle.listen) {
    cache.disable();
    return cache;
  }
  cache.stopRemote = await handle.listen(
    SESSION_CHANGES_CHANNEL,
    (payload) => cache.drop(parseSessionChange(payload)),
    (err) => {
      cache.disable();
      options.onLost?.(err);
    },
  );
  return cache;
}

async function lookup(db: Database, token: string, now: Date): Promise<ResolvedSession | null> {
  const session = await findSessionByToken(db, token, now);
  if (!session) return null;
  const { id, username, fullName, memberships, kind, applicant, passwordChangeRequired } = session.user;
  const user: SessionUser = {
    id,
    username,
    fullName,
    memberships,
    kind,
    ...(applicant ? { applicant } : {}),
    ...(passwordChangeRequired ? { passwordChangeRequired } : {}),
  };
  return { sessionId: session.id, csrfToken: session.csrfToken, expiresAt: session.expiresAt, user };
}

/**
 * The session and user behind a session cookie token, or null when missing, expired or the user is inactive;
 * through the process's cache when given one.
 */
export async function resolveSession(
  db: Database,
  token: string | undefined | null,
  now = new Date(),
  cache?: SessionCache,
): Promise<ResolvedSession | null> {
  if (!token) return null;
  return cache ? cache.resolve(db, token, now) : lookup(db, token, now);
}
