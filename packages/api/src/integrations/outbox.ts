// The transactional outbox to the national systems. A dossier's status change queues a portal status update in the
// command's own transaction (so no update is sent for a change that rolled back, and none is lost for one that
// committed); delivery happens after commit, with retries, and a down system never blocks the officer's work.
import {
  claimDueOutbox,
  enqueueOutbox,
  markOutboxFailed,
  markOutboxSent,
  type Database,
  type OutboxRow,
} from '@skhcn/db';
import { dossierStatusLabels, type DossierStatus } from '@skhcn/domain';
import type { Logger } from '../context';
import { silentLogger } from '../context';
import type { EngineExtension } from '../one-stop';
import type { IntegrationClient, PortalStatusUpdate, PublishedDeclaration } from './integration-clients';
import { withHealth } from './integration-health';
import { getIntegrations, type Integrations } from './integrations';

export const PORTAL_TARGET = 'public-service-portal';
export const QUALITY_DB_TARGET = 'quality-db';

/** Retry after 30 s, 1 min, 2 min … at most one hour apart; give up after this many attempts. */
export const OUTBOX_RETRY = { firstDelayMs: 30_000, maxDelayMs: 3_600_000, maxAttempts: 50 } as const;

export function retryDelayMs(attemptsSoFar: number): number {
  return Math.min(OUTBOX_RETRY.firstDelayMs * 2 ** Math.max(attemptsSoFar, 0), OUTBOX_RETRY.maxDelayMs);
}

/** How long a claimed message is reserved for the worker that claimed it. */
const LEASE_MS = 60_000;

let worker: OutboxWorker | undefined;

/**
 * What the integrations add to the engine: every status change queues a portal status update in the command's
 * transaction; every commit nudges the running outbox worker, if any.
 */
export function integrationsExtension(): EngineExtension {
  return {
    transitionHooks: [
      {
        name: 'public-service-portal.status',
        run: async ({ tx, dossier, event }) => {
          if (event.fromStatus === event.toStatus) return;
          // nothing would ever send it: an unconfigured portal gets no messages (the outbox would only grow)
          if (!getIntegrations().portal.configured) return;
          const update: PortalStatusUpdate = {
            dossierCode: dossier.code,
            procedureCode: dossier.procedureCode,
            status: event.toStatus,
            statusLabel: dossierStatusLabels[event.toStatus as DossierStatus],
            at: event.at.toISOString(),
            action: event.action,
          };
          await enqueueOutbox(tx, {
            target: PORTAL_TARGET,
            dossierId: dossier.id,
            payload: { ...update },
            at: event.at,
          });
        },
      },
    ],
    afterCommit: [{ name: 'outbox.nudge', run: () => worker?.nudge() }],
  };
}

export interface OutboxRunResult {
  sent: number;
  failed: number;
}

function clientFor(target: string, i: Integrations): IntegrationClient | undefined {
  if (target === PORTAL_TARGET) return i.portal;
  if (target === QUALITY_DB_TARGET) return i.qualityDb;
  return undefined;
}

async function deliver(row: OutboxRow, i: Integrations): Promise<void> {
  if (row.target === PORTAL_TARGET) await i.portal.pushStatus(row.payload as unknown as PortalStatusUpdate);
  else if (row.target === QUALITY_DB_TARGET)
    await i.qualityDb.publishDeclaration(row.payload as unknown as PublishedDeclaration);
}

/**
 * Sends the due messages of the configured systems. Messages are queued only for a configured system; those queued
 * before its address was removed wait until it is configured again (the administrator sees them as pending).
 * Each message is its own unit: a failure schedules its retry and the others go on.
 */
export async function processOutbox(
  db: Database,
  options: { integrations?: Integrations; now?: () => Date; logger?: Logger; limit?: number } = {},
): Promise<OutboxRunResult> {
  const integrations = options.integrations ?? getIntegrations();
  const now = options.now ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const targets = [PORTAL_TARGET, QUALITY_DB_TARGET].filter((t) => clientFor(t, integrations)?.configured);
  const result: OutboxRunResult = { sent: 0, failed: 0 };
  // A dossier's later message is claimed only once its earlier ones left 'pending', so messages stay in order;
  // claim again until nothing is due (a failed message is due only at its retry time, which ends the loop).
  for (let batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
    const rows = await claimDueOutbox(db, targets, now(), LEASE_MS, options.limit ?? 20);
    if (rows.length === 0) break;
    await deliverBatch(db, rows, integrations, now, logger, result);
  }
  return result;
}

const MAX_BATCHES_PER_RUN = 50;

async function deliverBatch(
  db: Database,
  rows: readonly OutboxRow[],
  integrations: Integrations,
  now: () => Date,
  logger: Logger,
  result: OutboxRunResult,
): Promise<void> {
  for (const row of rows) {
    try {
      const client = clientFor(row.target, integrations);
      if (!client) throw new Error(`Unknown outbox target "${row.target}"`);
      await withHealth(
        db,
        client,
        now,
        () => deliver(row, integrations),
        (err) => logger.error({ err }, 'could not record integration status'),
      );
      await markOutboxSent(db, row.id, now());
      result.sent++;
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const attempts = row.attempts + 1;
      const retryAt =
        attempts >= OUTBOX_RETRY.maxAttempts ? null : new Date(now().getTime() + retryDelayMs(row.attempts));
      await markOutboxFailed(db, row.id, message, retryAt);
      logger.warn({ outboxId: row.id, target: row.target, attempts, err: message }, 'outbox delivery failed');
      result.failed++;
    }
  }
}

export interface OutboxWorker {
  /** Process soon (after a commit) rather than at the next tick */
  nudge(): void;
  stop(): Promise<void>;
}

/**
 * Processes the outbox every `intervalMs` and right after each command commits. One run at a time; a nudge during
 * a run schedules another one after it.
 */
export function startOutboxWorker(
  db: Database,
  options: { intervalMs?: number; integrations?: Integrations; logger?: Logger } = {},
): OutboxWorker {
  const logger = options.logger ?? silentLogger;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  const run = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const r = await processOutbox(db, { ...options, logger });
          if (r.sent + r.failed > 0) logger.info({ ...r }, 'outbox processed');
        } catch (err) {
          logger.error({ err }, 'outbox run failed');
        }
      } while (again && !stopped);
    })().finally(() => {
      running = undefined;
    });
  };
  const timer = setInterval(run, options.intervalMs ?? 15_000);
  timer.unref();
  const self: OutboxWorker = {
    nudge: () => setImmediate(run),
    async stop() {
      stopped = true;
      clearInterval(timer);
      if (worker === self) worker = undefined;
      await running;
    },
  };
  worker = self;
  return self;
}
