import './app.css';
import React, { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '@skhcn/ui';
import { AppNav } from './components/app-nav.component';
import { ProcedureDetailPage } from './pages/procedure-detail.page';
import { ProceduresPage } from './pages/procedures.page';

// Each screen is its own chunk: the shell loads only the page the user opens.
const InboxPage = lazy(() => import('./pages/inbox.page').then((m) => ({ default: m.InboxPage })));
const DossierPage = lazy(() => import('./pages/dossier.page').then((m) => ({ default: m.DossierPage })));
const IntakePage = lazy(() => import('./pages/intake.page').then((m) => ({ default: m.IntakePage })));
const MyDossiersPage = lazy(() =>
  import('./pages/my-dossiers.page').then((m) => ({ default: m.MyDossiersPage })),
);
const ReportPage = lazy(() => import('./pages/report.page').then((m) => ({ default: m.ReportPage })));

/**
 * The TĐC field app (khoản 11 Điều 2), exposed as `conformity/App` and mounted by the shell at /tdc/*. It renders
 * no providers: in the shell it uses the shell's QueryClient, tRPC client and router; standalone,
 * src/standalone.tsx provides them.
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <AppNav />
      <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
        <Routes>
          <Route index element={<ProceduresPage />} />
          <Route path="thu-tuc/:code" element={<ProcedureDetailPage />} />
          <Route path="ho-so" element={<InboxPage />} />
          <Route path="ho-so/:id" element={<DossierPage />} />
          <Route path="tiep-nhan" element={<IntakePage mode="counter" />} />
          <Route path="nop-ho-so" element={<IntakePage mode="online" />} />
          <Route path="ho-so-cua-toi" element={<MyDossiersPage />} />
          <Route path="bao-cao" element={<ReportPage />} />
          <Route path="*" element={<ProceduresPage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
