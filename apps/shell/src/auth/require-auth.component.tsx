import { Navigate, Outlet, useLocation } from 'react-router';
import { getErrorMessage } from '@skhcn/api-client';
import { ErrorState, LoadingState } from '@skhcn/ui';
import { useSession } from './session.hooks';

/** Route guard: signed-out users go to /dang-nhap and come back after signing in. */
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
  return <Outlet />;
}
