import '@skhcn/ui/styles.css';
import '@skhcn/one-stop-ui/one-stop.css';
import './shell.css';
import React, { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiProvider, getApiClient } from '@skhcn/api-client';
import { routes } from './app.routes';

// Proof of one React instance: a field app compares its React with this one.
window.__SKHCN_REACT__ = React;

// The shell creates the page's one QueryClient and tRPC client; remotes get the same instance.
const clients = getApiClient();
const router = createBrowserRouter(routes);

const container = document.getElementById('root');
if (!container) throw new Error('Thiếu phần tử #root');
createRoot(container).render(
  <StrictMode>
    <ApiProvider clients={clients}>
      <RouterProvider router={router} />
    </ApiProvider>
  </StrictMode>,
);
