// Connections to the national systems: quality database, business registry, public-service portal.
export * from './integration-clients';
export * from './integrations';
export * from './integration-health';
export { IntegrationError } from './http-json';
export {
  OUTBOX_RETRY,
  PORTAL_TARGET,
  QUALITY_DB_TARGET,
  processOutbox,
  integrationsExtension,
  retryDelayMs,
  startOutboxWorker,
  type OutboxRunResult,
  type OutboxWorker,
} from './outbox';
