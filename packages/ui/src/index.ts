// @skhcn/ui: accessible design system (WCAG 2.2 AA) and Vietnamese formats. Import './styles.css' once in the app.
export { Button, type ButtonProps } from './button.component';
export {
  TextField,
  PasswordField,
  type TextFieldProps,
  type PasswordFieldProps,
} from './text-field.component';
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
export { formatDate, formatNumber, formatVnd, formatDuration } from './formatters';
export { foldVietnamese, matchesSearch } from './text-search';
export { cx } from './class-names.util';
