// @skhcn/one-stop-ui: the one-stop screens every field app mounts. A field gives its procedures, its record panel
// and its intake form (OneStopField) and mounts <OneStopRoutes>; the shell mounts the applicant's and the public
// pages. Import './one-stop.css' once in the app.
export { FieldProvider, fieldPath, useField, type FieldNavItem, type OneStopField } from './field/field';
export { OneStopRoutes, type OneStopRoutesProps } from './field/one-stop-routes.component';
export { NotForAccount, type NotForAccountProps } from './field/not-for-account.component';
export { InboxPage } from './inbox/inbox.page';
export { inboxInputFrom } from './inbox/inbox-filters';
export { DossierPage } from './dossier/dossier.page';
export { DossierTimeline } from './dossier/timeline.component';
export { DocumentsList } from './dossier/documents-list.component';
export { ChecklistCard } from './dossier/checklist.component';
export { DeadlineBadge, StatusBadge } from './dossier/status-badges.component';
export { ActionDialog, CONFLICT_MESSAGE, type ActionDialogProps } from './actions/action-dialog.component';
export { ACTION_FORMS } from './actions/action-forms.data';
export { MyDossiersPage, type MyDossiersPageProps } from './applicant/my-dossiers.page';
export { ApplicantDossierPage } from './applicant/applicant-dossier.page';
export { DossierStatusPage } from './public/dossier-status.page';
export { ProceduresPage } from './procedures/procedures.page';
export { ProcedureDetailPage } from './procedures/procedure-detail.page';
export { FilePicker, type FilePickerProps } from './files/file-picker.component';
export {
  ACCEPT_ATTRIBUTE,
  ACCEPTED_TYPES,
  MAX_UPLOAD_BYTES,
  checkFileBeforeUpload,
  uploadFile,
  UploadError,
  type UploadedFile,
} from './files/file-upload';
export {
  channelLabels,
  commandLabel,
  DANGEROUS_ACTIONS,
  deadlineState,
  eventDetail,
  parseVnd,
  paymentMethodLabels,
  statusLabel,
  statusTone,
  type DeadlineState,
  type PaymentMethod,
} from './format/dossier-format';
export {
  formatEffective,
  formatFees,
  formatLegalSource,
  formatProcessingTime,
  formatValidity,
} from './format/procedure-format';
export { hasRole, isApplicant, useSession } from './session';
export { TodayProvider, useToday, vnToday } from './today';
export type * from './api-types';
