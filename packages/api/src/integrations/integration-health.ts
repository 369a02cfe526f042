// The last known health of each national system, recorded by every real call (a look-up, an outbox delivery).
import {
  listIntegrationStatus,
  pendingOutboxCounts,
  recordIntegrationStatus,
  type Database,
} from '@skhcn/db';
import {
  INTEGRATION_NAMES,
  NOT_CONFIGURED_MESSAGE,
  type IntegrationClient,
  type IntegrationId,
} from './integration-clients';
import { allClients, type Integrations } from './integrations';

export interface IntegrationHealth {
  id: IntegrationId;
  name: string;
  status: 'up' | 'down' | 'unknown';
  /** ISO timestamp of the last call; for 'unknown', the time of this report */
  checkedAt: string;
  /** The last error (down), or why the status is unknown */
  message?: string;
  /** Messages waiting in the outbox for this system */
  pending: number;
}

/**
 * Runs one call to a national system and records the outcome as its health. Recording never hides the call's own
 * result: a failure to write the status is logged by the caller's logger and ignored.
 */
export async function withHealth<T>(
  db: Database,
  client: IntegrationClient,
  now: () => Date,
  call: () => Promise<T>,
  onRecordError: (err: unknown) => void = () => {},
): Promise<T> {
  try {
    const value = await call();
    await recordIntegrationStatus(db, { id: client.id, status: 'up', checkedAt: now(), message: null }).catch(
      onRecordError,
    );
    return value;
  } catch (err) {
    if (client.configured) {
      const message = err instanceof Error ? err.message : String(err);
      await recordIntegrationStatus(db, { id: client.id, status: 'down', checkedAt: now(), message }).catch(
        onRecordError,
      );
    }
    throw err;
  }
}

/** The health of every national system: unknown when not configured or never called yet. */
export async function integrationHealth(
  db: Database,
  integrations: Integrations,
  now: Date = new Date(),
): Promise<IntegrationHealth[]> {
  const rows = new Map((await listIntegrationStatus(db)).map((r) => [r.id, r]));
  const pending = await pendingOutboxCounts(db);
  return allClients(integrations).map((c): IntegrationHealth => {
    const base = { id: c.id, name: INTEGRATION_NAMES[c.id], pending: pending[c.id] ?? 0 };
    if (!c.configured)
      return { ...base, status: 'unknown', checkedAt: now.toISOString(), message: NOT_CONFIGURED_MESSAGE };
    const row = rows.get(c.id);
    if (!row)
      return {
        ...base,
        status: 'unknown',
        checkedAt: now.toISOString(),
        message: 'Chưa có lần kết nối nào.',
      };
    return {
      ...base,
      status: row.status === 'up' ? 'up' : 'down',
      checkedAt: row.checkedAt.toISOString(),
      ...(row.message ? { message: row.message } : {}),
    };
  });
}
