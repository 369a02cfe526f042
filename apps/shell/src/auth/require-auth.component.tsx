import { Navigate, Outlet, useLocation } from 'react-router';
import { getErrorMessage } from '@skhcn/api-client';
import { ErrorState, LoadingState } from '@skhcn/ui';
import { useSession } from './session.hooks';

export const CHANGE_PASSWORD_PATH = '/doi-mat-khau';

/**
 * Route guard: signed-out users go to /dang-nhap and come back after signing in; someone who must replace a
 * temporary password goes to the change-password page first.
 */
export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState label="Đang kiểm tra phiên đăng nhập…" />;
  if (session.isError) {
    return (
      <main id="main" tabIndex={-1}>
        <ErrorState
          title="Không kiểm tra được phiên đăng nhập"
          message={getErrorMessage(session.error)}
          onRetry={() => void session.refetch()}
          retrying={session.isFetching}
        />
      </main>
    );
  }
  if (!session.data) {
    return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  }
  // a temporary password an administrator issued: the person chooses their own before anything else
  if (session.data.passwordChangeRequired && location.pathname !== CHANGE_PASSWORD_PATH) {
    return (
      <Navigate to={CHANGE_PASSWORD_PATH} replace state={{ from: location.pathname + location.search }} />
    );
  }
  return <Outlet />;
}
