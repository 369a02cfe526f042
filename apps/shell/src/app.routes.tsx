import { lazy, Suspense, type ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '@skhcn/ui';
import { RequireAuth } from './auth/require-auth.component';
import { FIELD_APPS } from './field-apps';
import { AccountLayout } from './layout/account-layout.component';
import { PublicLayout } from './layout/public-layout.component';
import { Dieu2MapPage } from './pages/dieu2-map.page';
import { FieldPage } from './pages/field.page';
import { ApplicantHome, HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import { SignInPage } from './pages/sign-in.page';
import { StaffOnly } from './auth/staff-only.component';
import { AdminOnly } from './auth/admin-only.component';
import { RemoteApp, type RemoteLoader } from './remotes/remote-app.component';

// The applicant's and the public pages load on first use: staff never download them.
const applicantPages = () => import('./pages/applicant.pages');
const publicPages = () => import('./pages/public.pages');
const MyDossiersRoute = lazy(() => applicantPages().then((m) => ({ default: m.MyDossiersRoute })));
const ApplicantDossierRoute = lazy(() =>
  applicantPages().then((m) => ({ default: m.ApplicantDossierRoute })),
);
const NewDossierPage = lazy(() => applicantPages().then((m) => ({ default: m.NewDossierPage })));
const ChangePasswordPage = lazy(() =>
  import('./pages/change-password.page').then((m) => ({ default: m.ChangePasswordPage })),
);
const CalendarPage = lazy(() => import('./pages/calendar.page').then((m) => ({ default: m.CalendarPage })));
const adminPages = () => import('./pages/admin/admin.pages');
const AccountsPage = lazy(() => adminPages().then((m) => ({ default: m.AccountsPage })));
const AccountPage = lazy(() => adminPages().then((m) => ({ default: m.AccountPage })));
const UnitsPage = lazy(() => adminPages().then((m) => ({ default: m.UnitsPage })));
const PublicHome = lazy(() => publicPages().then((m) => ({ default: m.PublicHome })));
const PublicDossierStatus = lazy(() => publicPages().then((m) => ({ default: m.PublicDossierStatus })));

function Page({ children }: { children: ReactNode }) {
  return <Suspense fallback={<LoadingState label="Đang tải trang…" />}>{children}</Suspense>;
}

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
        {
          index: true,
          element: (
            <Page>
              <PublicHome />
            </Page>
          ),
        },
        {
          path: 'ho-so',
          element: (
            <Page>
              <PublicDossierStatus />
            </Page>
          ),
        },
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
              path: 'doi-mat-khau',
              element: (
                <Page>
                  <ChangePasswordPage />
                </Page>
              ),
            },
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
            {
              path: 'lich-lam-viec',
              element: (
                <StaffOnly>
                  <Page>
                    <CalendarPage />
                  </Page>
                </StaffOnly>
              ),
            },
            // the administrator's screens (org.manage); others are told plainly
            ...[
              { path: 'quan-tri/tai-khoan', page: <AccountsPage /> },
              { path: 'quan-tri/tai-khoan/:id', page: <AccountPage /> },
              { path: 'quan-tri/don-vi', page: <UnitsPage /> },
            ].map(({ path, page }) => ({
              path,
              element: (
                <AdminOnly>
                  <Page>{page}</Page>
                </AdminOnly>
              ),
            })),
            {
              path: 'ho-so-cua-toi',
              element: (
                <Page>
                  <MyDossiersRoute />
                </Page>
              ),
            },
            {
              path: 'ho-so-cua-toi/:id',
              element: (
                <Page>
                  <ApplicantDossierRoute />
                </Page>
              ),
            },
            {
              path: 'nop-ho-so',
              element: (
                <Page>
                  <NewDossierPage />
                </Page>
              ),
            },
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
