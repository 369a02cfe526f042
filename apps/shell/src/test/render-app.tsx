import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ApiProvider, createApiClients } from '@skhcn/api-client';
import { createRoutes } from '../app.routes';
import type { RemoteLoader } from '../remotes/remote-app.component';

const noRemote: RemoteLoader = () => Promise.reject(new Error('Không có phân hệ trong kiểm thử'));

/** Renders the shell at `path` with fresh clients (no batching, no retries) talking to msw. */
export function renderApp(path: string, loadRemote: RemoteLoader = noRemote) {
  const clients = createApiClients({ batch: false, retry: false });
  const router = createMemoryRouter(createRoutes(loadRemote), { initialEntries: [path] });
  const view = render(
    <ApiProvider clients={clients}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
  return { ...view, router, clients };
}
