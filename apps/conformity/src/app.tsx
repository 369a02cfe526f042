import '@skhcn/one-stop-ui/one-stop.css';
import './app.css';
import React, { lazy } from 'react';
import { Route } from 'react-router';
import { OneStopRoutes } from '@skhcn/one-stop-ui';
import { tdcField } from './tdc-field';

const ReportPage = lazy(() => import('./pages/report.page').then((m) => ({ default: m.ReportPage })));

/**
 * The TĐC field app (khoản 11 Điều 2), exposed as `conformity/App` and mounted by the shell at /tdc/*: the shared
 * one-stop screens for its procedures, plus its report. It renders no providers: in the shell it uses the shell's
 * QueryClient, tRPC client and router; standalone, src/standalone.tsx provides them.
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <OneStopRoutes field={tdcField}>
        <Route path="bao-cao" element={<ReportPage />} />
      </OneStopRoutes>
    </div>
  );
}
