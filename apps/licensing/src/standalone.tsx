import '@skhcn/ui/styles.css';
import '@skhcn/one-stop-ui/one-stop.css';
import React, { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiProvider, getApiClient } from '@skhcn/api-client';
import { ApplicantDossierPage, DossierStatusPage, MyDossiersPage } from '@skhcn/one-stop-ui';
import { SkipLink } from '@skhcn/ui';
import App from './app';
import PublicRegistry from './public-registry';

async function start() {
  // Running alone in development: msw answers tRPC from the domain data, signed in as the demo TĐC officer.
  if (import.meta.env.DEV) {
    const { startMockWorker } = await import('@skhcn/mocks/browser');
    await startMockWorker({
      signedInAs: 'canbo.bucxa',
      serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    });
  }
  window.__SKHCN_REACT__ ??= React;
  // Alone, the app creates its own clients; in the shell it uses the shell's through the shared api-client.
  const clients = getApiClient();
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root');
  // The same addresses as in the shell: the field at /cap-phep, the applicant's pages, the public pages.
  createRoot(container).render(
    <StrictMode>
      <ApiProvider clients={clients}>
        <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
          <SkipLink targetId="main" />
          <main id="main" tabIndex={-1} style={{ maxWidth: '64rem', margin: '0 auto', padding: '1.5rem' }}>
            <Routes>
              <Route index element={<Navigate to="/cap-phep" replace />} />
              <Route path="/cap-phep/*" element={<App />} />
              <Route
                path="/ho-so-cua-toi"
                element={
                  <MyDossiersPage dossierHref={(id) => `/ho-so-cua-toi/${id}`} newDossierHref="/cap-phep" />
                }
              />
              <Route path="/ho-so-cua-toi/:id" element={<ApplicantDossierPage />} />
              <Route path="/tra-cuu/ho-so" element={<DossierStatusPage />} />

              <Route path="/tra-cuu/giay-phep/*" element={<PublicRegistry segment="giay-phep" />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ApiProvider>
    </StrictMode>,
  );
}

void start();
