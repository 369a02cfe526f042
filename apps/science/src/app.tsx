import './app.css';
import React, { lazy, Suspense } from 'react';
import { Navigate, Outlet, Route, Routes } from 'react-router';
import { LoadingState } from '@skhcn/ui';
import { AppNav } from './components/app-nav.component';
import { audienceOf, useSession } from './components/use-session.hook';

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
const RegistrationDossierPage = page(
  () => import('./pages/registration-dossier.page'),
  'RegistrationDossierPage',
);

/** The landing page of each audience: the office's board, an organisation's work, an expert's councils. */
function Home() {
  const { data: user, isPending } = useSession();
  if (isPending) return <LoadingState label="Đang tải…" />;
  const audience = audienceOf(user);
  if (audience === 'applicant') return <Navigate to="cua-toi" replace />;
  if (audience === 'expert') return <Navigate to="hoi-dong-cua-toi" replace />;
  return <BoardPage />;
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
          <Route path="ho-so/:id" element={<RegistrationDossierPage />} />
          <Route path="*" element={<Home />} />
        </Route>
      </Routes>
    </div>
  );
}
