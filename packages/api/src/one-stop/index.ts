// The one-stop engine's public entry: what the `dossiers` router and every field router (conformity, licensing,
// science…) use. Field code imports from here, never from the engine's files (the lint says so).
export {
  allowedActionsFor,
  assertAssignable,
  assertCanRead,
  checkAttachments,
  checkRequiredComponents,
  createDossier,
  factsOf,
  historyOf,
  isApplicantUser,
  organisation,
  procedureOf,
  runCommand,
  staffCan,
  unitsWhere,
  vietnamDay,
  type CommandPlan,
  type CommandResult,
  type CommandState,
  type EngineAction,
  type NewDossierInput,
} from './dossier-engine';
export {
  composeExtensions,
  issueOutcome,
  NO_EXTENSIONS,
  runAfterCommitHooks,
  type AfterCommitHook,
  type DossierTransition,
  type EngineExtension,
  type EngineExtensions,
  type OutcomeIssuer,
  type TransitionHook,
} from './engine-extensions';
export {
  DUE_SOON_WORKING_DAYS,
  timelinessData,
  timelinessOf,
  toDossierView,
  toEventItem,
  toFileItem,
  type DeadlineColour,
  type DossierEventItem,
  type DossierFileItem,
  type DossierView,
} from './dossier-view';
export { commandOutput, type DossierCommandOutput } from './dossier-result';
export {
  dossierDocumentUrl,
  oneStopDocumentLinks,
  resultDocumentLinks,
  type DossierDocumentLink,
  type ResultDocuments,
} from './dossier-documents';
export * from './dossier-common.schema';
