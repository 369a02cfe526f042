import type { RouteObject } from 'react-router';
import { RequireAuth } from './auth/require-auth.component';
import { FIELD_APPS } from './field-apps';
import { AccountLayout } from './layout/account-layout.component';
import { PublicLayout } from './layout/public-layout.component';
import {
  ApplicantHome,
  ApplicantDossierRoute,
  MyDossiersRoute,
  NewDossierPage,
} from './pages/applicant.pages';
import { Dieu2MapPage } from './pages/dieu2-map.page';
import { FieldPage } from './pages/field.page';
import { HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import { PublicDossierStatus, PublicHome } from './pages/public.pages';
import { SignInPage } from './pages/sign-in.page';
import { StaffOnly } from './auth/staff-only.component';
import { RemoteApp, type RemoteLoader } from './remotes/remote-app.component';

const defaultLoader: RemoteLoader = async (remote, force, module) =>
  (await import('./remotes/federation')).loadFieldApp(remote, force, module);

/** The shell's routes, built from FIELD_APPS; tests pass a fake remote loader. */
export function createRoutes(loadRemote: RemoteLoader = defaultLoader): RouteObject[] {
  return [
    { path: '/dang-nhap', element: <SignInPage /> },
    // Public pages (no sign-in): a dossier's status (the receipt's QR), and each field's public addresses.
    {
      path: 'tra-cuu',
      element: <PublicLayout />,
      children: [
        { index: true, element: <PublicHome /> },
        { path: 'ho-so', element: <PublicDossierStatus /> },
        ...FIELD_APPS.flatMap((app) =>
          (app.publicSegments ?? []).map((segment) => ({
            path: `${segment}/*`,
            element: (
              <RemoteApp
                key={`${app.remote}-${segment}`}
                remote={app.remote}
                module="PublicRegistry"
                label="tra cứu công khai"
                load={loadRemote}
                props={{ segment }}
              />
            ),
          })),
        ),
        // an unknown public address is not found: never a redirect that could loop
        { path: '*', element: <NotFoundPage home="/tra-cuu" homeLabel="Về trang tra cứu" /> },
      ],
    },
    {
      element: <RequireAuth />,
      children: [
        {
          // staff work in the staff layout; applicants in their own space (no staff menu, their organisation)
          element: <AccountLayout />,
          children: [
            { index: true, element: <ApplicantHome staffHome={<HomePage />} /> },
            {
              path: 'dieu-2',
              element: (
                <StaffOnly>
                  <Dieu2MapPage />
                </StaffOnly>
              ),
            },
            {
              path: 'linh-vuc/:slug',
              element: (
                <StaffOnly>
                  <FieldPage />
                </StaffOnly>
              ),
            },
            { path: 'ho-so-cua-toi', element: <MyDossiersRoute /> },
            { path: 'ho-so-cua-toi/:id', element: <ApplicantDossierRoute /> },
            { path: 'nop-ho-so', element: <NewDossierPage /> },
            ...FIELD_APPS.map((app) => ({
              path: `${app.path.slice(1)}/*`,
              element: <RemoteApp key={app.remote} remote={app.remote} label={app.title} load={loadRemote} />,
            })),
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ];
}

export const routes: RouteObject[] = createRoutes();
