import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApiProvider, createApiClients } from '@skhcn/api-client';
import App from '../app';
import PublicRegistry from '../public-registry';

/** Shows the current URL so tests can read the search params a screen wrote. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders the science app (or the public pages under /tra-cuu/ket-qua-khcn) at `path` with fresh clients talking to msw. */
export function renderApp(path = '/') {
  const clients = createApiClients({ batch: false, retry: false });
  const view = render(
    <ApiProvider clients={clients}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/tra-cuu/ket-qua-khcn/*" element={<PublicRegistry segment="ket-qua-khcn" />} />
          {/* as the shell mounts it (the shared one-stop screens build absolute links under /khcn) */}
          <Route path="/khcn/*" element={<App />} />
          <Route path="/*" element={<App />} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </ApiProvider>,
  );
  return { ...view, clients };
}

export const TODAY = '2026-11-23';
