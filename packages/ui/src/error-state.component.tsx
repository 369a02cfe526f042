import type { ReactNode } from 'react';
import { Button } from './button.component';

export interface ErrorStateProps {
  title?: string;
  message?: ReactNode;
  /** When given, a "Thử lại" button calls it. */
  onRetry?: () => void;
  retryLabel?: string;
  retrying?: boolean;
}

export function ErrorState({
  title = 'Đã xảy ra lỗi',
  message,
  onRetry,
  retryLabel = 'Thử lại',
  retrying = false,
}: ErrorStateProps) {
  return (
    <div className="skh-state" role="alert">
      <p className="skh-state__title">{title}</p>
      {message ? <p className="skh-state__text">{message}</p> : null}
      {onRetry ? (
        <Button variant="secondary" onClick={onRetry} loading={retrying}>
          {retryLabel}
        </Button>
      ) : null}
    </div>
  );
}
