import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { ApiProvider, createApiClients } from '@skhcn/api-client';
import App from '../app';

/** Shows the current URL so tests can read where a screen went. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders the DTI app at `path` with fresh clients talking to msw. */
export function renderApp(path = '/') {
  const clients = createApiClients({ batch: false, retry: false });
  const view = render(
    <ApiProvider clients={clients}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/*" element={<App />} />
        </Routes>
        <LocationProbe />
      </MemoryRouter>
    </ApiProvider>,
  );
  return { ...view, clients };
}

/** A small PDF-looking file (the mock checks the first bytes like the server). */
export function pdfFile(name = 'ke-hoach.pdf', size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
  return new File([bytes], name, { type: 'application/pdf' });
}

export const TODAY = '2026-11-23';
