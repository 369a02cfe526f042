import { Route, Routes } from 'react-router';
import { renderWithClients } from '@skhcn/one-stop-ui/testing';
import App from '../app';
import PublicRegistry from '../public-registry';

/** Renders the licensing app at `path` (/cap-phep/…, or /tra-cuu/giay-phep/…) with fresh clients talking to msw. */
export function renderApp(path = '/cap-phep') {
  return renderWithClients(
    <Routes>
      <Route path="/tra-cuu/giay-phep/*" element={<PublicRegistry segment="giay-phep" />} />
      <Route path="/cap-phep/*" element={<App />} />
    </Routes>,
    path,
  );
}

export { TEST_TODAY as TODAY } from '@skhcn/one-stop-ui/testing';
