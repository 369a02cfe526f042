// Provincial S&T tasks (khoản 6 d, đ, i, l and khoản 13 c of Điều 2): the task stages and their transition table,
// councils (composition, quorum), scoring sheets and the council outcome, acceptance grading, the registration
// window and certificate numbers, the research fields and the input schemas. Councils, sheets, thresholds and grades
// are data with the older national models as the marked defaults (see each value's source and confidence).
export * as SCIENCE_SOURCES from './science-sources.data';
export {
  TASK_STAGES,
  TASK_ACTIONS,
  BOARD_STAGES,
  FINAL_TASK_STAGES,
  taskStageLabels,
  taskActionLabels,
  taskTransitions,
} from './task-stages.data';
export type { TaskStage, TaskAction, TaskActor, TaskTransition } from './task-stages.data';
export { isTaskStage, taskTransitionFor, taskActionsFrom, nextTaskStage } from './task-machine';
export {
  COUNCIL_ROLES,
  COUNCIL_KINDS,
  COUNCIL_COMPOSITION_MODELS,
  DEFAULT_COMPOSITION_MODEL,
  councilRoleLabels,
  councilKindLabels,
} from './council-composition.data';
export type {
  CouncilRole,
  CouncilKind,
  CouncilCompositionModel,
  QuorumRule,
} from './council-composition.data';
export {
  findCompositionModel,
  compositionModelFor,
  compositionProblems,
  assertCouncilComposition,
  checkQuorum,
} from './council-composition';
export type { QuorumCheck } from './council-composition';
export { SCORING_SHEETS, DEFAULT_SCORING_SHEET, findScoringSheet } from './scoring-sheets.data';
export type { ScoringSheet, ScoringCriterion } from './scoring-sheets.data';
export {
  councilOutcome,
  councilOutcomeDetails,
  outcomeRuleOf,
  assertOutcomeRule,
  sheetTotal,
  DEFAULT_OUTCOME_RULE,
} from './council-outcome';
export type {
  OutcomeRule,
  ScoreSheetInput,
  ApplicationOutcome,
  ApplicationOutcomeDetail,
} from './council-outcome';
export {
  ACCEPTANCE_GRADES,
  PRODUCT_CRITERIA,
  ACCEPTANCE_GRADING_RULES,
  DEFAULT_ACCEPTANCE_GRADING,
  acceptanceGradeLabels,
  productCriterionLabels,
} from './acceptance-grading.data';
export type { AcceptanceGrade, ProductCriterion, AcceptanceGradingRule } from './acceptance-grading.data';
export { gradeAcceptance } from './acceptance-grading';
export type { AcceptanceInput, AcceptanceResult, ProductGradesInput } from './acceptance-grading';
export {
  RESULT_REGISTRATION_WINDOW,
  latestResultRegistrationDate,
  assertResultRegistrationOnTime,
  CERTIFICATE_NUMBER_FORMAT,
  formatCertificateNumber,
  parseCertificateNumber,
} from './result-registration';
export type { CertificateNumberParts } from './result-registration';
export { SCIENCE_FIELDS, SCIENCE_FIELDS_SOURCE, scienceFieldLabels } from './science-fields.data';
export type { ScienceField } from './science-fields.data';
export {
  scienceFieldSchema,
  PROPOSER_KINDS,
  proposerKindLabels,
  URGENCIES,
  urgencyLabels,
  proposalSchema,
  SELECTION_MODES,
  selectionModeLabels,
  callSchema,
  teamMemberSchema,
  budgetItemSchema,
  applicationSchema,
  applicationTotal,
  MILESTONE_KINDS,
  milestoneKindLabels,
  milestoneSchema,
  contractSchema,
  progressReportSchema,
  inspectionSchema,
  ADJUSTMENT_KINDS,
  adjustmentKindLabels,
  adjustmentRequestSchema,
  acceptanceGradesSchema,
  FOLLOW_UP_KINDS,
  followUpKindLabels,
  followUpSchema,
  expertSchema,
} from './task.schema';
export type {
  ProposerKind,
  Urgency,
  ProposalInput,
  Proposal,
  SelectionMode,
  ApplicationInput,
  Application,
  MilestoneKind,
  ContractInput,
  AdjustmentKind,
  FollowUpKind,
  ExpertInput,
} from './task.schema';
