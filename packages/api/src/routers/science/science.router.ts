import { protectedProcedure, publicProcedure, router } from '../../trpc';
import {
  myApplicationsHandler,
  myTasksHandler,
  openCallsHandler,
  recordApplicationHandler,
  submitApplicationHandler,
} from './applications.handler';
import { recordApplicationSchema, submitApplicationSchema } from './applications.schema';
import { closeScoringHandler, councilHandler, formCouncilHandler } from './councils.handler';
import { closeScoringSchema, councilQuerySchema, formCouncilSchema } from './councils.schema';
import { createExpertAccountHandler, createExpertHandler, expertsHandler } from './experts.handler';
import { createExpertAccountSchema, createExpertSchema, expertsQuerySchema } from './experts.schema';
import {
  appraiseHandler,
  approveTaskHandler,
  cancelTaskHandler,
  identifyHandler,
  openCallHandler,
  proposeHandler,
  recordAcceptanceHandler,
  recordFollowUpHandler,
  rejectProposalHandler,
  selectHostHandler,
  signContractHandler,
  startEvaluationHandler,
} from './lifecycle.handler';
import {
  appraiseSchema,
  approveTaskSchema,
  identifySchema,
  openCallSchema,
  proposeSchema,
  reasonCommandSchema,
  recordAcceptanceSchema,
  recordFollowUpSchema,
  selectHostSchema,
  signContractSchema,
  startEvaluationSchema,
} from './lifecycle.schema';
import {
  declareConflictHandler,
  memberApplicationHandler,
  myCouncilsHandler,
  saveSheetHandler,
} from './member.handler';
import { declareConflictSchema, memberApplicationSchema, saveSheetSchema } from './member.schema';
import {
  decideAdjustmentHandler,
  recordInspectionHandler,
  reportProgressHandler,
  requestAdjustmentHandler,
} from './monitoring.handler';
import {
  decideAdjustmentSchema,
  recordInspectionSchema,
  reportProgressSchema,
  requestAdjustmentSchema,
} from './monitoring.schema';
import { fileRegistrationHandler } from './registration.handler';
import { fileRegistrationSchema } from './registration.schema';
import { scienceReportHandler } from './report.handler';
import { scienceReportSchema } from './report.schema';
import { certificateHandler, resultsHandler } from './results.handler';
import { certificateQuerySchema, resultsQuerySchema } from './results.schema';
import { boardHandler, taskHandler, taskOfDossierHandler, tasksHandler } from './tasks.handler';
import { taskOfDossierSchema, taskQuerySchema, tasksQuerySchema } from './tasks.schema';

/** Provincial S&T tasks (khoản 6, 13 c): the office's pipeline, calls, councils and scoring, contracts, acceptance. */
export const scienceRouter = router({
  // the office's board and the task page
  board: protectedProcedure.query(boardHandler),
  tasks: protectedProcedure.input(tasksQuerySchema).query(tasksHandler),
  task: protectedProcedure.input(taskQuerySchema).query(taskHandler),
  taskOfDossier: protectedProcedure.input(taskOfDossierSchema).query(taskOfDossierHandler),

  // the lifecycle (each a command: rights, stage, version, event row, one transaction)
  propose: protectedProcedure.input(proposeSchema).mutation(proposeHandler),
  identify: protectedProcedure.input(identifySchema).mutation(identifyHandler),
  rejectProposal: protectedProcedure.input(reasonCommandSchema).mutation(rejectProposalHandler),
  openCall: protectedProcedure.input(openCallSchema).mutation(openCallHandler),
  selectHost: protectedProcedure.input(selectHostSchema).mutation(selectHostHandler),
  appraise: protectedProcedure.input(appraiseSchema).mutation(appraiseHandler),
  approve: protectedProcedure.input(approveTaskSchema).mutation(approveTaskHandler),
  signContract: protectedProcedure.input(signContractSchema).mutation(signContractHandler),
  reportProgress: protectedProcedure.input(reportProgressSchema).mutation(reportProgressHandler),
  recordInspection: protectedProcedure.input(recordInspectionSchema).mutation(recordInspectionHandler),
  requestAdjustment: protectedProcedure.input(requestAdjustmentSchema).mutation(requestAdjustmentHandler),
  decideAdjustment: protectedProcedure.input(decideAdjustmentSchema).mutation(decideAdjustmentHandler),
  startEvaluation: protectedProcedure.input(startEvaluationSchema).mutation(startEvaluationHandler),
  recordAcceptance: protectedProcedure.input(recordAcceptanceSchema).mutation(recordAcceptanceHandler),
  fileRegistration: protectedProcedure.input(fileRegistrationSchema).mutation(fileRegistrationHandler),
  recordFollowUp: protectedProcedure.input(recordFollowUpSchema).mutation(recordFollowUpHandler),
  cancel: protectedProcedure.input(reasonCommandSchema).mutation(cancelTaskHandler),

  // calls and applications
  openCalls: protectedProcedure.query(openCallsHandler),
  submitApplication: protectedProcedure.input(submitApplicationSchema).mutation(submitApplicationHandler),
  recordApplication: protectedProcedure.input(recordApplicationSchema).mutation(recordApplicationHandler),
  myApplications: protectedProcedure.query(myApplicationsHandler),
  myTasks: protectedProcedure.query(myTasksHandler),

  // councils: the office, and the members' workspace
  formCouncil: protectedProcedure.input(formCouncilSchema).mutation(formCouncilHandler),
  council: protectedProcedure.input(councilQuerySchema).query(councilHandler),
  closeScoring: protectedProcedure.input(closeScoringSchema).mutation(closeScoringHandler),
  myCouncils: protectedProcedure.query(myCouncilsHandler),
  memberApplication: protectedProcedure.input(memberApplicationSchema).query(memberApplicationHandler),
  declareConflict: protectedProcedure.input(declareConflictSchema).mutation(declareConflictHandler),
  saveSheet: protectedProcedure.input(saveSheetSchema).mutation(saveSheetHandler),

  // the expert register
  experts: protectedProcedure.input(expertsQuerySchema).query(expertsHandler),
  createExpert: protectedProcedure.input(createExpertSchema).mutation(createExpertHandler),
  createExpertAccount: protectedProcedure
    .input(createExpertAccountSchema)
    .mutation(createExpertAccountHandler),

  // results and reports
  results: protectedProcedure.input(resultsQuerySchema).query(resultsHandler),
  report: protectedProcedure.input(scienceReportSchema).query(scienceReportHandler),
  certificate: publicProcedure.input(certificateQuerySchema).query(certificateHandler),
});
