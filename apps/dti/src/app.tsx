import './app.css';
import React, { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '@skhcn/ui';
import { AppNav } from './components/app-nav.component';
import { HomePage } from './pages/home.page';

// Each screen is its own chunk: the shell loads only the page the user opens.
const CyclePage = lazy(() => import('./pages/cycle.page').then((m) => ({ default: m.CyclePage })));
const OpenCyclePage = lazy(() =>
  import('./pages/open-cycle.page').then((m) => ({ default: m.OpenCyclePage })),
);
const EntryPage = lazy(() => import('./pages/entry.page').then((m) => ({ default: m.EntryPage })));
const ReviewPage = lazy(() => import('./pages/review.page').then((m) => ({ default: m.ReviewPage })));
const ResultsPage = lazy(() => import('./pages/results.page').then((m) => ({ default: m.ResultsPage })));
const WhatIfPage = lazy(() => import('./pages/what-if.page').then((m) => ({ default: m.WhatIfPage })));
const FrameworksPage = lazy(() =>
  import('./pages/frameworks.page').then((m) => ({ default: m.FrameworksPage })),
);
const FrameworkEditorPage = lazy(() =>
  import('./pages/framework-editor.page').then((m) => ({ default: m.FrameworkEditorPage })),
);

/**
 * The DTI field app (khoản 18 điểm h Điều 2): the digital-transformation index. Exposed as `dti/App` and mounted by
 * the shell at /cds/*. It renders no providers: in the shell it uses the shell's QueryClient, tRPC client and router;
 * standalone, src/standalone.tsx provides them.
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <AppNav />
      <Suspense fallback={<LoadingState label="Đang tải trang…" />}>
        <Routes>
          <Route index element={<HomePage />} />
          <Route path="bo-chi-so" element={<FrameworksPage />} />
          <Route path="bo-chi-so/:id" element={<FrameworkEditorPage />} />
          <Route path="chu-ky/moi" element={<OpenCyclePage />} />
          <Route path="chu-ky/:cycleId" element={<CyclePage />} />
          <Route path="chu-ky/:cycleId/don-vi/:unitId" element={<EntryPage />} />
          <Route path="chu-ky/:cycleId/tham-dinh" element={<ReviewPage />} />
          <Route path="chu-ky/:cycleId/ket-qua" element={<ResultsPage />} />
          <Route path="chu-ky/:cycleId/gia-dinh" element={<WhatIfPage />} />
          <Route path="*" element={<HomePage />} />
        </Routes>
      </Suspense>
    </div>
  );
}
