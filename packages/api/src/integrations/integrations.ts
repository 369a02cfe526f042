// Which implementation of each national system the process uses: none configured until the server sets them from
// its environment at start-up (setIntegrations(integrationsFromEnv(env))); tests set their own.
import {
  HttpBusinessRegistryClient,
  HttpPublicServicePortalClient,
  HttpQualityDatabaseClient,
  notConfiguredBusinessRegistry,
  notConfiguredPublicServicePortal,
  notConfiguredQualityDatabase,
  type BusinessRegistryClient,
  type IntegrationClient,
  type PublicServicePortalClient,
  type QualityDatabaseClient,
} from './integration-clients';

export interface Integrations {
  qualityDb: QualityDatabaseClient;
  businessRegistry: BusinessRegistryClient;
  portal: PublicServicePortalClient;
}

/** How long a call to a national system may take before it counts as down. */
export const DEFAULT_INTEGRATION_TIMEOUT_MS = 5000;

export interface IntegrationsEnv {
  QUALITY_DB_URL?: string | undefined;
  BUSINESS_REGISTRY_URL?: string | undefined;
  PUBLIC_SERVICE_PORTAL_URL?: string | undefined;
  INTEGRATION_TIMEOUT_MS?: string | number | undefined;
}

/** HTTP clients for the systems whose base URL is set, "not configured" stand-ins for the others. */
export function integrationsFromEnv(env: IntegrationsEnv, fetchImpl?: typeof fetch): Integrations {
  const timeout = Number(env.INTEGRATION_TIMEOUT_MS);
  const timeoutMs = Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_INTEGRATION_TIMEOUT_MS;
  const http = (baseUrl: string) => ({ baseUrl, timeoutMs, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  const q = env.QUALITY_DB_URL?.trim();
  const b = env.BUSINESS_REGISTRY_URL?.trim();
  const p = env.PUBLIC_SERVICE_PORTAL_URL?.trim();
  return {
    qualityDb: q ? new HttpQualityDatabaseClient(http(q)) : notConfiguredQualityDatabase,
    businessRegistry: b ? new HttpBusinessRegistryClient(http(b)) : notConfiguredBusinessRegistry,
    portal: p ? new HttpPublicServicePortalClient(http(p)) : notConfiguredPublicServicePortal,
  };
}

let current: Integrations | undefined;

/** The integrations of this process (none configured until setIntegrations). */
export function getIntegrations(): Integrations {
  current ??= integrationsFromEnv({});
  return current;
}

/** Replaces the integrations (undefined: none configured). */
export function setIntegrations(integrations: Integrations | undefined): void {
  current = integrations;
}

export function allClients(i: Integrations): IntegrationClient[] {
  return [i.qualityDb, i.businessRegistry, i.portal];
}
