// Node (vitest) entry: an msw server with a fresh mock API.
import { setupServer, type SetupServer } from 'msw/node';
import { createMockApi, type MockApiOptions, type MockApiState } from './handlers';

export * from './index';
export { setupServer };

export type MockServer = SetupServer & { state: MockApiState };

/** `const server = createMockServer({ signedInAs: 'canbo.tdc' }); beforeAll(() => server.listen())…` */
export function createMockServer(options: MockApiOptions = {}): MockServer {
  const api = createMockApi(options);
  return Object.assign(setupServer(...api.handlers), { state: api.state });
}
