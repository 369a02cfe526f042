import React from 'react';
import { Route, Routes } from 'react-router';
import { ProcedureDetailPage } from './pages/procedure-detail.page';
import { ProceduresPage } from './pages/procedures.page';

/**
 * The TĐC field app (khoản 11 Điều 2), exposed as `conformity/App`. It renders no providers: in the shell it
 * uses the shell's QueryClient, tRPC client and router; standalone, src/standalone.tsx provides them.
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <Routes>
        <Route index element={<ProceduresPage />} />
        <Route path="thu-tuc/:code" element={<ProcedureDetailPage />} />
        <Route path="*" element={<ProceduresPage />} />
      </Routes>
    </div>
  );
}
