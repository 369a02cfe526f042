import { integrationHealth, type IntegrationHealth } from '../../integrations/integration-health';
import { getIntegrations } from '../../integrations/integrations';
import type { AuthedContext } from '../../trpc';

/** system.integrations: the national systems, up / down (with the last error) / unknown. */
export async function integrationsHandler({ ctx }: { ctx: AuthedContext }): Promise<IntegrationHealth[]> {
  return integrationHealth(ctx.db, getIntegrations(), ctx.now());
}
