import type { RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth.component';
import { fieldApps } from './field-apps';
import { AppLayout } from './layout/app-layout.component';
import { Dieu2MapPage } from './pages/dieu2-map.page';
import { FieldPage } from './pages/field.page';
import { HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import { PublicLayout } from './layout/public-layout.component';
import { SignInPage } from './pages/sign-in.page';
import { RemoteApp, type RemoteLoader } from './remotes/remote-app.component';

const defaultLoader: RemoteLoader = async (remote, force, module) =>
  (await import('./remotes/federation')).loadFieldApp(remote, force, module);

/** The shell's routes; tests pass a fake remote loader. */
export function createRoutes(loadRemote: RemoteLoader = defaultLoader): RouteObject[] {
  const conformity = fieldApps.conformity!;
  return [
    { path: '/dang-nhap', element: <SignInPage /> },
    // Public pages (no sign-in): the registry of receipt notices and the verification page their QR opens.
    {
      element: <PublicLayout />,
      children: [
        {
          path: 'tra-cuu/*',
          element: (
            <RemoteApp
              remote={conformity.remote}
              module="PublicRegistry"
              label="tra cứu công khai"
              load={loadRemote}
            />
          ),
        },
      ],
    },
    {
      element: <RequireAuth />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <HomePage /> },
            { path: 'dieu-2', element: <Dieu2MapPage /> },
            { path: 'linh-vuc/:slug', element: <FieldPage /> },
            {
              path: `${conformity.path.slice(1)}/*`,
              element: (
                <RemoteApp
                  remote={conformity.remote}
                  label="Tiêu chuẩn, đo lường, chất lượng"
                  load={loadRemote}
                />
              ),
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = createRoutes();
