// @skhcn/ui: accessible design system (WCAG 2.2 AA) and Vietnamese formats. Import './styles.css' once in the app.
export { Button, type ButtonProps } from './button.component';
export {
  TextField,
  PasswordField,
  type TextFieldProps,
  type PasswordFieldProps,
} from './text-field.component';
export { DateField, type DateFieldProps } from './date-field.component';
export { MonthField, type MonthFieldProps } from './month-field.component';
export { Alert, type AlertProps } from './alert.component';
export {
  Spinner,
  LoadingState,
  EmptyState,
  type LoadingStateProps,
  type EmptyStateProps,
} from './loading.component';
export { ErrorState, type ErrorStateProps } from './error-state.component';
export {
  PageHeader,
  Card,
  Badge,
  SkipLink,
  VisuallyHidden,
  type PageHeaderProps,
  type CardProps,
  type BadgeProps,
  type SkipLinkProps,
} from './layout.component';
export {
  ErrorBoundary,
  type ErrorBoundaryProps,
  type ErrorBoundaryFallbackProps,
} from './error-boundary.component';
export {
  formatDate,
  formatDateTime,
  formatFileSize,
  formatMonth,
  formatNumber,
  formatVnd,
  formatDuration,
} from './formatters';
export {
  SelectField,
  TextAreaField,
  type SelectFieldProps,
  type SelectOption,
  type TextAreaFieldProps,
} from './select-field.component';
export { Dialog, type DialogProps } from './dialog.component';
export { ErrorSummary, type ErrorSummaryItem, type ErrorSummaryProps } from './error-summary.component';
export { Pagination, type PaginationProps } from './pagination.component';
export {
  PagedResults,
  type PagedData,
  type PagedQuery,
  type PagedResultsProps,
} from './paged-results.component';
export { LiveMessage, type LiveMessageProps } from './live-region.component';
export { foldVietnamese, matchesSearch } from './text-search';
export { cx } from './class-names.util';
