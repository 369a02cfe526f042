import { Route, Routes } from 'react-router';
import { renderWithClients } from '@skhcn/one-stop-ui/testing';
import App from '../app';
import PublicRegistry from '../public-registry';

/** Renders the TĐC app at `path` (/tdc/…, or the public pages under /tra-cuu/…) with fresh clients talking to msw. */
export function renderApp(path = '/tdc') {
  return renderWithClients(
    <Routes>
      <Route path="/tra-cuu/cong-bo/*" element={<PublicRegistry segment="cong-bo" />} />
      <Route path="/tra-cuu/thong-bao/*" element={<PublicRegistry segment="thong-bao" />} />
      <Route path="/tdc/*" element={<App />} />
    </Routes>,
    path,
  );
}

export { pdfFile, TEST_TODAY as TODAY } from '@skhcn/one-stop-ui/testing';
