import { protectedProcedure, requireRight, router } from '../../trpc';
import { integrationsHandler } from './integrations.handler';

/** The platform itself, for its administrators: health of the connections to the national systems. */
export const systemRouter = router({
  integrations: protectedProcedure.use(requireRight('org.manage')).query(integrationsHandler),
});
