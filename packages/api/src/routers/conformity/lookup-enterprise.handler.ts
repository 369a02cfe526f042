import { IntegrationError } from '../../integrations/http-json';
import type { Enterprise } from '../../integrations/integration-clients';
import { withHealth } from '../../integrations/integration-health';
import { getIntegrations } from '../../integrations/integrations';
import type { AuthedContext } from '../../trpc';
import type { LookupEnterpriseInput } from './conformity-queries.schema';

export const BUSINESS_REGISTRY_DOWN_MESSAGE =
  'Hệ thống đăng ký doanh nghiệp quốc gia tạm thời không phản hồi; vui lòng nhập tay.';
export const BUSINESS_REGISTRY_NOT_CONFIGURED_MESSAGE =
  'Chưa kết nối Hệ thống đăng ký doanh nghiệp quốc gia; vui lòng nhập tay.';

export type LookupEnterpriseOutput =
  { available: true; enterprise: Enterprise | null } | { available: false; message: string };

/** conformity.lookupEnterprise: the enterprise behind a tax code; a down registry never blocks the form. */
export async function lookupEnterpriseHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: LookupEnterpriseInput;
}): Promise<LookupEnterpriseOutput> {
  const registry = getIntegrations().businessRegistry;
  if (!registry.configured) return { available: false, message: BUSINESS_REGISTRY_NOT_CONFIGURED_MESSAGE };
  try {
    const enterprise = await withHealth(
      ctx.db,
      registry,
      ctx.now,
      () => registry.findEnterprise(input.taxCode),
      (err) => ctx.logger.error({ err }, 'could not record integration status'),
    );
    return { available: true, enterprise };
  } catch (err) {
    if (!(err instanceof IntegrationError)) throw err;
    ctx.logger.warn({ err: err.message, taxCode: input.taxCode }, 'business registry look-up failed');
    return { available: false, message: BUSINESS_REGISTRY_DOWN_MESSAGE };
  }
}
