import { protectedProcedure, router } from '../../trpc';
import { integrationsHandler } from './integrations.handler';

/** The platform itself: health of the connections to the national systems. */
export const systemRouter = router({
  integrations: protectedProcedure.query(integrationsHandler),
});
