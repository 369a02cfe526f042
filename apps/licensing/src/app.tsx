import '@skhcn/one-stop-ui/one-stop.css';
import './app.css';
import React, { lazy } from 'react';
import { Navigate, Route } from 'react-router';
import { OneStopRoutes } from '@skhcn/one-stop-ui';
import { licensingField } from './licensing-field';

const HoldersPage = lazy(() => import('./pages/holders.page').then((m) => ({ default: m.HoldersPage })));
const HolderPage = lazy(() => import('./pages/holder.page').then((m) => ({ default: m.HolderPage })));
const DevicesPage = lazy(() => import('./pages/devices.page').then((m) => ({ default: m.DevicesPage })));
const RegisterPage = lazy(() => import('./pages/register.page').then((m) => ({ default: m.RegisterPage })));
const ReportPage = lazy(() => import('./pages/report.page').then((m) => ({ default: m.ReportPage })));

/**
 * The licensing field app (khoản 12 and 14 Điều 2), exposed as `licensing/App` and mounted by the shell at
 * /cap-phep/*: the shared one-stop screens for its procedures, plus facilities, the inventory, the declarations queue
 * (the inbox filtered to declarations), the register and the report. It renders no providers (the shell's are used).
 */
export default function App() {
  return (
    <div data-testid="remote-root" data-same-react={String(window.__SKHCN_REACT__ === React)}>
      <OneStopRoutes field={licensingField}>
        <Route path="khai-bao" element={<Navigate to="../ho-so?thu-tuc=buc-xa.khai-bao" replace />} />
        <Route path="co-so" element={<HoldersPage />} />
        <Route path="co-so/:id" element={<HolderPage />} />
        <Route path="thiet-bi" element={<DevicesPage />} />
        <Route path="so-dang-ky" element={<RegisterPage />} />
        <Route path="bao-cao" element={<ReportPage />} />
      </OneStopRoutes>
    </div>
  );
}
