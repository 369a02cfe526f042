import { applicantProcedure, protectedProcedure, publicProcedure, router } from '../../trpc';
import {
  declarationQuerySchema,
  lookupEnterpriseSchema,
  registryEntrySchema,
  registrySearchSchema,
  reportSchema,
  revokeSchema,
} from './conformity-queries.schema';
import { declarationHandler } from './declaration.handler';
import { lookupEnterpriseHandler } from './lookup-enterprise.handler';
import { registryEntryHandler, registrySearchHandler } from './registry.handler';
import { reportHandler } from './report.handler';
import { revokeHandler } from './revoke.handler';
import { conformityReceiveHandler, conformitySubmitHandler } from './submit.handler';
import { conformityReceiveSchema, conformitySubmitSchema } from './submit.schema';

/** TĐC declarations (khoản 11): filing through the one-stop engine, the notice registry, reports. */
export const conformityRouter = router({
  submit: applicantProcedure.input(conformitySubmitSchema).mutation(conformitySubmitHandler),
  receive: protectedProcedure.input(conformityReceiveSchema).mutation(conformityReceiveHandler),
  declaration: protectedProcedure.input(declarationQuerySchema).query(declarationHandler),
  lookupEnterprise: protectedProcedure.input(lookupEnterpriseSchema).query(lookupEnterpriseHandler),
  revoke: protectedProcedure.input(revokeSchema).mutation(revokeHandler),
  report: protectedProcedure.input(reportSchema).query(reportHandler),
  registry: router({
    search: publicProcedure.input(registrySearchSchema).query(registrySearchHandler),
    entry: publicProcedure.input(registryEntrySchema).query(registryEntryHandler),
  }),
});
