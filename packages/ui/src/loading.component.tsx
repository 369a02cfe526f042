import type { ReactNode } from 'react';

/** A decorative spinner; announce progress with LoadingState or aria-busy on the container. */
export function Spinner() {
  return <span className="skh-spinner" aria-hidden="true" />;
}

export interface LoadingStateProps {
  label?: string;
}

/** A polite, busy live region with "Đang tải…". */
export function LoadingState({ label = 'Đang tải…' }: LoadingStateProps) {
  return (
    <div className="skh-state" role="status" aria-live="polite" aria-busy="true">
      <Spinner />
      <p className="skh-state__text">{label}</p>
    </div>
  );
}

export interface EmptyStateProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, description, action }: EmptyStateProps) {
  return (
    <div className="skh-state" role="status">
      <p className="skh-state__title">{title}</p>
      {description ? <p className="skh-state__text">{description}</p> : null}
      {action}
    </div>
  );
}
