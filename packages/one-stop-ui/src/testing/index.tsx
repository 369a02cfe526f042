// Rendering one-stop screens in component tests: fresh clients talking to msw, a pinned "today", a router.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { ApiProvider, createApiClients } from '@skhcn/api-client';
import { TodayProvider } from '../today';

/** The day the mock store's data is built around. */
export const TEST_TODAY = '2026-11-23';

/** Shows the current URL so tests can read the search params a screen wrote. */
export function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders `ui` at `path` with fresh clients (no batching, no retries) talking to msw. */
export function renderWithClients(ui: ReactNode, path = '/', today = TEST_TODAY) {
  const clients = createApiClients({ batch: false, retry: false });
  const view = render(
    <ApiProvider clients={clients}>
      <TodayProvider today={today}>
        <MemoryRouter initialEntries={[path]}>
          {ui}
          <LocationProbe />
        </MemoryRouter>
      </TodayProvider>
    </ApiProvider>,
  );
  return { ...view, clients };
}

/** A small valid PDF-looking file (the mock checks the first bytes like the server). */
export function pdfFile(name = 'Ban-cong-bo.pdf', size = 2048): File {
  const bytes = new Uint8Array(size);
  bytes.set([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
  return new File([bytes], name, { type: 'application/pdf' });
}
export { renderField, testField } from './test-field';
