import { applicantProcedure, protectedProcedure, publicProcedure, router } from '../../trpc';
import {
  devicesQuerySchema,
  dossierQuerySchema,
  feeQuerySchema,
  holderQuerySchema,
  holdersQuerySchema,
  licensingReportSchema,
  licensingReceiveSchema,
  licensingSubmitSchema,
  numberSchema,
  recordInspectionSchema,
  recordPostalConditionsSchema,
  registerQuerySchema,
  resolveCorrectionSchema,
  remindersQuerySchema,
  revokeSchema,
} from './licensing.schema';
import {
  devicesListHandler,
  holderHandler,
  holdersListHandler,
  licensingDossierHandler,
} from './records.handler';
import { recordInspectionHandler, resolveCorrectionHandler } from './inspections.handler';
import { remindersListHandler } from './reminders.handler';
import { licensingReportHandler } from './report.handler';
import { postalConditionsHandler, recordPostalConditionsHandler } from './postal-conditions.handler';
import { registerListHandler, revokeHandler, verifyHandler } from './register.handler';
import { licensingFeeHandler, licensingReceiveHandler, licensingSubmitHandler } from './submit.handler';

/** Licensing (khoản 12 radiation safety, khoản 14 postal): intake through the one-stop engine, records, register. */
export const licensingRouter = router({
  submit: applicantProcedure.input(licensingSubmitSchema).mutation(licensingSubmitHandler),
  receive: protectedProcedure.input(licensingReceiveSchema).mutation(licensingReceiveHandler),
  fee: protectedProcedure.input(feeQuerySchema).query(licensingFeeHandler),
  dossier: protectedProcedure.input(dossierQuerySchema).query(licensingDossierHandler),
  holders: router({
    list: protectedProcedure.input(holdersQuerySchema).query(holdersListHandler),
    get: protectedProcedure.input(holderQuerySchema).query(holderHandler),
  }),
  devices: router({
    list: protectedProcedure.input(devicesQuerySchema).query(devicesListHandler),
  }),
  register: router({
    list: protectedProcedure.input(registerQuerySchema).query(registerListHandler),
  }),
  inspections: router({
    record: protectedProcedure.input(recordInspectionSchema).mutation(recordInspectionHandler),
    resolveCorrection: protectedProcedure.input(resolveCorrectionSchema).mutation(resolveCorrectionHandler),
  }),
  reminders: router({
    list: protectedProcedure.input(remindersQuerySchema).query(remindersListHandler),
  }),
  postalConditions: {
    get: protectedProcedure.input(dossierQuerySchema).query(postalConditionsHandler),
    record: protectedProcedure.input(recordPostalConditionsSchema).mutation(recordPostalConditionsHandler),
  },
  report: protectedProcedure.input(licensingReportSchema).query(licensingReportHandler),
  verify: publicProcedure.input(numberSchema).query(verifyHandler),
  revoke: protectedProcedure.input(revokeSchema).mutation(revokeHandler),
});
