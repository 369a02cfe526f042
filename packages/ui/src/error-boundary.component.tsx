import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorState } from './error-state.component';

export interface ErrorBoundaryFallbackProps {
  error: Error;
  reset: () => void;
}

export interface ErrorBoundaryProps {
  children?: ReactNode;
  fallback?: (props: ErrorBoundaryFallbackProps) => ReactNode;
  /** Title of the default fallback. */
  title?: string;
  onReset?: () => void;
  onError?: (error: Error, info: ErrorInfo) => void;
}

interface State {
  error: Error | null;
}

/** Catches render errors below it and offers "Thử lại", which re-renders the children. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    this.props.onError?.(error, info);
  }

  reset = () => {
    this.props.onReset?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.fallback) return this.props.fallback({ error, reset: this.reset });
    return (
      <ErrorState
        title={this.props.title ?? 'Đã xảy ra lỗi khi hiển thị nội dung'}
        message={error.message}
        onRetry={this.reset}
      />
    );
  }
}
