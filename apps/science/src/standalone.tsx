import '@skhcn/ui/styles.css';
import React, { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiProvider, getApiClient } from '@skhcn/api-client';
import { SkipLink } from '@skhcn/ui';
import App from './app';
import PublicRegistry from './public-registry';

async function start() {
  // Running alone in development: msw answers tRPC from the domain data, signed in as the demo science officer.
  if (import.meta.env.DEV) {
    const { startMockWorker } = await import('@skhcn/mocks/browser');
    await startMockWorker({
      signedInAs: 'canbo.khoahoc',
      serviceWorkerUrl: `${import.meta.env.BASE_URL}mockServiceWorker.js`,
    });
  }
  window.__SKHCN_REACT__ ??= React;
  // Alone, the app creates its own clients; in the shell it uses the shell's through the shared api-client.
  const clients = getApiClient();
  const container = document.getElementById('root');
  if (!container) throw new Error('Thiếu phần tử #root');
  createRoot(container).render(
    <StrictMode>
      <ApiProvider clients={clients}>
        <BrowserRouter basename={import.meta.env.BASE_URL.replace(/\/$/, '') || '/'}>
          <SkipLink targetId="main" />
          <main id="main" tabIndex={-1} style={{ maxWidth: '72rem', margin: '0 auto', padding: '1.5rem' }}>
            <Routes>
              <Route path="/tra-cuu/ket-qua-khcn/*" element={<PublicRegistry segment="ket-qua-khcn" />} />
              <Route path="/*" element={<App />} />
            </Routes>
          </main>
        </BrowserRouter>
      </ApiProvider>
    </StrictMode>,
  );
}

void start();
