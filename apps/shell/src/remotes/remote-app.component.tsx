import { useEffect, useState, type ComponentType } from 'react';
import { ErrorBoundary, ErrorState, LoadingState } from '@skhcn/ui';
import type { RemoteModule } from './federation';

/** Loads an exposed module of a remote: `module` is "App" (the field app) or another exposed name. */
export type RemoteLoader = (remote: string, force: boolean, module: string) => Promise<RemoteModule>;

type LoadState =
  | { status: 'loading' }
  | { status: 'ready'; Component: ComponentType<Record<string, unknown>> }
  | { status: 'error'; error: Error };

export interface RemoteAppProps {
  /** Module-federation remote name, e.g. "conformity". */
  remote: string;
  /** Vietnamese name of the field app for messages, e.g. "Tiêu chuẩn, đo lường, chất lượng". */
  label: string;
  load: RemoteLoader;
  /** Exposed module to mount; "App" by default. */
  module?: string;
  /** Props for the mounted module (e.g. the public segment it serves) */
  props?: Record<string, unknown>;
}

/** Mounts a field app loaded at runtime, with a loading state and an error boundary offering "Thử lại". */
export function RemoteApp({ remote, label, load, module = 'App', props }: RemoteAppProps) {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<LoadState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    setState({ status: 'loading' });
    load(remote, attempt > 0, module).then(
      (mod) => {
        if (!cancelled) setState({ status: 'ready', Component: mod.default });
      },
      (error: unknown) => {
        if (!cancelled)
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [remote, attempt, load, module]);

  const retry = () => setAttempt((a) => a + 1);
  const failure = (
    <ErrorState
      title={`Không tải được phân hệ ${label}`}
      message="Phân hệ tạm thời không phản hồi hoặc đang được cập nhật. Vui lòng thử lại sau giây lát."
      onRetry={retry}
    />
  );

  if (state.status === 'loading') return <LoadingState label={`Đang tải phân hệ ${label}…`} />;
  if (state.status === 'error') return failure;
  const { Component } = state;
  return (
    <ErrorBoundary key={attempt} fallback={() => failure}>
      <Component {...props} />
    </ErrorBoundary>
  );
}
