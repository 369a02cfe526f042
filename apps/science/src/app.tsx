import '@skhcn/one-stop-ui/one-stop.css';
import './app.css';
import React, { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes, useParams } from 'react-router';
import { DossierPage, FieldProvider, InboxPage, NotForAccount } from '@skhcn/one-stop-ui';
import { LoadingState } from '@skhcn/ui';
import { AppNav } from './components/app-nav.component';
import { RegistrationIntake } from './components/registration-intake.component';
import { audienceOf, useSession } from './components/use-session.hook';
import { scienceField } from './science-field';

// Each screen is its own chunk: the shell loads only the page the user opens.
const page = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  lazy(() => load().then((m) => ({ default: m[name] })));
const BoardPage = page(() => import('./pages/board.page'), 'BoardPage');
const TaskPage = page(() => import('./pages/task.page'), 'TaskPage');
const ProposePage = page(() => import('./pages/propose.page'), 'ProposePage');
const CouncilPage = page(() => import('./pages/council.page'), 'CouncilPage');
const MyCouncilsPage = page(() => import('./pages/my-councils.page'), 'MyCouncilsPage');
const MemberApplicationPage = page(() => import('./pages/member-application.page'), 'MemberApplicationPage');
const ResultsPage = page(() => import('./pages/results.page'), 'ResultsPage');
const ReportPage = page(() => import('./pages/report.page'), 'ReportPage');
const ExpertsPage = page(() => import('./pages/experts.page'), 'ExpertsPage');
const OpenCallsPage = page(() => import('./pages/open-calls.page'), 'OpenCallsPage');
const ApplyPage = page(() => import('./pages/open-calls.page'), 'ApplyPage');
const MyWorkPage = page(() => import('./pages/my-work.page'), 'MyWorkPage');

/** The landing page of each audience: the office's board, an organisation's work, an expert's councils. */
function Home() {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang tải…" />;
  const audience = audienceOf(user);
  if (audience === 'applicant') return <Navigate to="cua-toi" replace />;
  if (audience === 'expert') return <Navigate to="hoi-dong-cua-toi" replace />;
  return <BoardPage />;
}

/** The shared one-stop screens are the office's: an organisation sees its dossiers in its own space of the shell. */
function OfficeOnly({ children }: { children: React.ReactNode }) {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (audienceOf(user) !== 'office')
    return (
      <NotForAccount
        forWhom="cán bộ Phòng Quản lý Khoa học và lãnh đạo Sở"
        goTo={{ to: '/khcn', label: 'Về phân hệ khoa học và công nghệ' }}
      />
    );
  return <>{children}</>;
}

/** A registration dossier: the shared dossier page for the office, the applicant's own view for an organisation. */
function RegistrationDossier() {
  const { id = '' } = useParams();
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang kiểm tra tài khoản…" />;
  if (audienceOf(user) === 'applicant')
    return <Navigate to={`/ho-so-cua-toi/${encodeURIComponent(id)}`} replace />;
  return (
    <OfficeOnly>
      <DossierPage />
    </OfficeOnly>
  );
}

/** The app's menu above every page; links resolve from the app's base (/khcn in the shell). */
function Layout() {
  return (
    <>
      <AppNav />
      <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
        <Outlet />
      </Suspense>
    </>
  );
}

/**
 * The science field app (khoản 6 d, đ, i, l and khoản 13 c of Điều 2), exposed as `science/App` and mounted by the
 * shell at /khcn/*. It renders no providers: in the shell it uses the shell's QueryClient, tRPC client and router;
 * standalone, src/standalone.tsx provides them.
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <FieldProvider value={scienceField}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<Home />} />
            <Route path="nhiem-vu/:id" element={<TaskPage />} />
            <Route path="de-xuat" element={<ProposePage />} />
            <Route path="hoi-dong/:id" element={<CouncilPage />} />
            <Route path="hoi-dong-cua-toi" element={<MyCouncilsPage />} />
            <Route
              path="hoi-dong-cua-toi/:councilId/ho-so/:applicationId"
              element={<MemberApplicationPage />}
            />
            <Route path="ket-qua" element={<ResultsPage />} />
            <Route path="bao-cao" element={<ReportPage />} />
            <Route path="chuyen-gia" element={<ExpertsPage />} />
            <Route path="dot-tuyen-chon" element={<OpenCallsPage />} />
            <Route path="dot-tuyen-chon/:taskId" element={<ApplyPage />} />
            <Route path="cua-toi" element={<MyWorkPage />} />
            {/* the one-stop dossiers of the field (result registrations) on the shared screens */}
            <Route
              path="ho-so"
              element={
                <OfficeOnly>
                  <InboxPage />
                </OfficeOnly>
              }
            />
            <Route path="ho-so/:id" element={<RegistrationDossier />} />
            <Route path="tiep-nhan" element={<RegistrationIntake mode="counter" />} />
            <Route path="nop-ho-so" element={<RegistrationIntake mode="online" />} />
            <Route path="*" element={<Home />} />
          </Route>
        </Routes>
      </FieldProvider>
    </div>
  );
}
