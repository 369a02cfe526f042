// @skhcn/api: the one tRPC router of the platform. Handlers are plain functions of ({ ctx, input }).
export { appRouter, type AppRouter } from './routers/app.router';
export { platformExtensions } from './platform';
export { loadCalendarAnnouncements, type CalendarYearView } from './routers/calendar/calendar.handler';
export type { EngineExtensions } from './one-stop';
export { createCallerFactory, type AppErrorData } from './trpc';
export {
  createContext,
  silentLogger,
  type Context,
  type CreateContextOptions,
  type Logger,
  type SessionUser,
} from './context';
export { appError, describeError, type FormattedError, type InputIssue } from './errors';
export {
  createSessionCache,
  resolveSession,
  SessionCache,
  SESSION_CACHE_TTL_MS,
  type ResolvedSession,
} from './session';
export {
  identityFromClaims,
  signInExternalIdentity,
  ORGANISATION_CLAIMS,
  type ExternalSignIn,
} from './routers/auth/external-sign-in';
export type { SignInOptions } from './routers/auth/sign-in-options.handler';
export { SIGN_IN_MAX_FAILURES, SIGN_IN_WINDOW_MS } from './routers/auth/sign-in.handler';
export type { FieldMapEntry, FieldProcedureView, FieldUnitView } from './routers/fields/fields.service';
export type { ProcedureView } from './routers/procedures/procedure-view';
export type { RoleView } from './routers/org/roles.handler';
export type { UnitView } from './routers/org/units.handler';
export type { UnitMemberView } from './routers/org/users.handler';
export type {
  AccountDetail,
  AccountPage,
  AccountView,
  CreatedAccount,
  MembershipView,
  UnitWithUsers,
} from './routers/admin/accounts.handler';
export type { DeadlineColour, DossierView, DossierEventItem, DossierFileItem } from './one-stop';
export type { DossierCommandOutput } from './one-stop';
export type { DossierDetail, DossierProcedureSummary } from './routers/dossiers/get.handler';
export type { InboxOutput } from './routers/dossiers/inbox.handler';
export type { DossierLookupView } from './routers/dossiers/lookup.handler';
export type { MineOutput, MyDossier } from './routers/dossiers/mine.handler';
export type { DossierDocumentLink } from './one-stop';
export type { EngineAction as DossierEngineAction } from './one-stop';
export type { UploadView } from './routers/files/by-ids.handler';
export { applicantProcedure, type ApplicantContext } from './trpc';

import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AppRouter } from './routers/app.router';
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

// TĐC (conformity) and the national systems
export {
  loadDossierDocumentData,
  loadNoticeDocumentData,
  type DossierDocumentData,
} from './routers/conformity/document-data';
export {
  CONFORMITY_PROCEDURE_CODES,
  NOTICE_PROCEDURES,
  noticeVerificationPath,
  noticeVerificationUrl,
  procedureNameOf,
  type ConformityProcedureCode,
} from './routers/conformity/conformity-procedures';
export type { DeclarationDraft } from './routers/conformity/declaration-input';
export type { ConformityCreatedOutput } from './routers/conformity/submit.handler';
export type { DeclarationView, NoticeSummary } from './routers/conformity/declaration.handler';
export type { LookupEnterpriseOutput } from './routers/conformity/lookup-enterprise.handler';
export type { RegistrySearchOutput } from './routers/conformity/registry.handler';
export type { RegistryEntry, RegistryHistoryItem, RegistryProduct } from './routers/conformity/registry-view';
export type { ConformityReport, ConformityReportRow } from './routers/conformity/report.handler';
export * from './integrations';
export { seedConformityDemo } from './routers/conformity/conformity-demo.seed';

// Licensing (radiation safety, postal)
export { loadLicensingDocumentData, type LicensingDocumentData } from './routers/licensing/document-data';
export { licensingVerificationPath } from './routers/licensing/licensing-procedures';
export type { LicensingCreatedOutput } from './routers/licensing/submit.handler';
export type { RegisterEntry, RegisterItem } from './routers/licensing/register.handler';
export type { DeviceView, HolderView, LicensingDossierView } from './routers/licensing/records.handler';
export { seedLicensingDemo } from './routers/licensing/licensing-demo.seed';
// Science (khoản 6, 13 c): documents, paths, reports and demo data for the server
export {
  loadCouncilMinutesData,
  loadCertificateData,
  type CouncilMinutesData,
  type CertificateData,
} from './routers/science/document-data';
export {
  certificateVerificationPath,
  certificatePdfPath,
  councilMinutesPdfPath,
} from './routers/science/science-paths';
export { scienceExtension } from './routers/science/certificate-issuer';
export { seedScienceDemo, seedScienceExpertRegister } from './routers/science/science-demo.seed';
export type { ScienceReport } from './routers/science/report.handler';
export type { TaskSummary, TaskFull, ApplicationView, CouncilSummary } from './routers/science/task-view';
export type { TaskDetail, BoardOutput, TaskPageAction } from './routers/science/tasks.handler';
export type { CouncilView } from './routers/science/councils.handler';
export type { MemberApplicationView, MyCouncilItem } from './routers/science/member.handler';
// DTI (khoản 18 điểm h): the CĐS team's frameworks, cycles, inputs, review, results
export { seedDtiDemo, DTI_DEMO_UNITS, DTI_DEMO_REPORTERS } from './routers/dti/dti-demo.seed';
export { loadDtiCycleData, resultsView, type DtiCycleData } from './routers/dti/results.handler';
export type {
  DtiResultsView,
  DtiResultRow,
  DtiWhatIfView,
  DtiSensitivityView,
  DtiExportView,
} from './routers/dti/results.handler';
export type { DtiOverview } from './routers/dti/overview.handler';
export type {
  DtiCycleDashboard,
  DtiCycleListItem,
  DtiUnitProgress,
  DtiUnitOption,
  DtiProgressCounts,
} from './routers/dti/cycles.handler';
export type { DtiEntryView, DtiEntryComponent, DtiSubmitOutput } from './routers/dti/inputs.handler';
export type { DtiReviewItem, DtiReviewQueue } from './routers/dti/review.handler';
export type {
  DtiFrameworkSummary,
  DtiFrameworkDetail,
  DtiCycleView,
  DtiItemView,
  DtiEvidenceView,
} from './routers/dti/dti-views';
export { isDtiTeam } from './routers/dti/dti-access';
export type { ReminderView } from './routers/licensing/reminders.handler';
export type { LicensingReport } from './routers/licensing/report.handler';
export type { PostalConditionsView } from './routers/licensing/postal-conditions.handler';
export type { CorrectionView, InspectionView } from './routers/licensing/inspections.handler';
export {
  runLicensingReminders,
  startLicensingReminders,
  type ReminderJobResult,
} from './routers/licensing/send-reminders.job';
export {
  loggingMailer,
  recordingMailer,
  type EmailMessage,
  type Mailer,
  type RecordingMailer,
} from './notifications/mailer';
export {
  cleanOrphanFiles,
  startOrphanFileCleanup,
  type OrphanCleanupResult,
} from './routers/files/clean-orphan-files.job';
