import { applicantProcedure, protectedProcedure, publicProcedure, router } from '../../trpc';
import { approveHandler } from './approve.handler';
import { approveSchema } from './approve.schema';
import { assignHandler } from './assign.handler';
import { assignSchema } from './assign.schema';
import { confirmPaymentHandler } from './confirm-payment.handler';
import { confirmPaymentSchema } from './confirm-payment.schema';
import { extendDeadlineHandler } from './extend-deadline.handler';
import { extendDeadlineSchema } from './extend-deadline.schema';
import { getHandler } from './get.handler';
import { getSchema } from './get.schema';
import { inboxHandler } from './inbox.handler';
import { inboxSchema } from './inbox.schema';
import { lookupHandler } from './lookup.handler';
import { lookupSchema } from './lookup.schema';
import { mineHandler } from './mine.handler';
import { mineSchema } from './mine.schema';
import { receiveHandler } from './receive.handler';
import { receiveSchema } from './receive.schema';
import { refuseHandler } from './refuse.handler';
import { refuseSchema } from './refuse.schema';
import { rejectHandler } from './reject.handler';
import { rejectSchema } from './reject.schema';
import { requestAdditionsHandler } from './request-additions.handler';
import { requestAdditionsSchema } from './request-additions.schema';
import { requestPaymentHandler } from './request-payment.handler';
import { requestPaymentSchema } from './request-payment.schema';
import { returnResultHandler } from './return-result.handler';
import { returnResultSchema } from './return-result.schema';
import { stopHandler } from './stop.handler';
import { stopSchema } from './stop.schema';
import { submitForSignatureHandler } from './submit-for-signature.handler';
import { submitForSignatureSchema } from './submit-for-signature.schema';
import { submitHandler } from './submit.handler';
import { submitSchema } from './submit.schema';
import { supplyAdditionsHandler } from './supply-additions.handler';
import { supplyAdditionsSchema } from './supply-additions.schema';
import { withdrawHandler } from './withdraw.handler';
import { withdrawSchema } from './withdraw.schema';

/** The one-stop dossier engine: commands (mutations) and queries shared by every administrative procedure. */
export const dossiersRouter = router({
  submit: applicantProcedure.input(submitSchema).mutation(submitHandler),
  receive: protectedProcedure.input(receiveSchema).mutation(receiveHandler),
  refuse: protectedProcedure.input(refuseSchema).mutation(refuseHandler),
  requestAdditions: protectedProcedure.input(requestAdditionsSchema).mutation(requestAdditionsHandler),
  supplyAdditions: protectedProcedure.input(supplyAdditionsSchema).mutation(supplyAdditionsHandler),
  assign: protectedProcedure.input(assignSchema).mutation(assignHandler),
  submitForSignature: protectedProcedure.input(submitForSignatureSchema).mutation(submitForSignatureHandler),
  approve: protectedProcedure.input(approveSchema).mutation(approveHandler),
  reject: protectedProcedure.input(rejectSchema).mutation(rejectHandler),
  returnResult: protectedProcedure.input(returnResultSchema).mutation(returnResultHandler),
  withdraw: protectedProcedure.input(withdrawSchema).mutation(withdrawHandler),
  stop: protectedProcedure.input(stopSchema).mutation(stopHandler),
  extendDeadline: protectedProcedure.input(extendDeadlineSchema).mutation(extendDeadlineHandler),
  requestPayment: protectedProcedure.input(requestPaymentSchema).mutation(requestPaymentHandler),
  confirmPayment: protectedProcedure.input(confirmPaymentSchema).mutation(confirmPaymentHandler),

  inbox: protectedProcedure.input(inboxSchema).query(inboxHandler),
  get: protectedProcedure.input(getSchema).query(getHandler),
  mine: applicantProcedure.input(mineSchema).query(mineHandler),
  lookup: publicProcedure.input(lookupSchema).query(lookupHandler),
});
