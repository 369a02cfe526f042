import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';
import type { RemoteLoader } from './remote-app.component';

const server = createMockServer({ signedInAs: 'canbo.tdc' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

function FakeConformity() {
  return <h1>Tiêu chuẩn, đo lường, chất lượng</h1>;
}

describe('mounting a field app at /tdc', () => {
  it('shows a loading state, then the remote inside the layout', async () => {
    let resolve!: (m: { default: typeof FakeConformity }) => void;
    const load = vi.fn<RemoteLoader>(() => new Promise((r) => (resolve = r)));
    renderApp('/tdc', load);
    expect(await screen.findByText('Đang tải phân hệ Tiêu chuẩn, đo lường, chất lượng…')).toBeInTheDocument();
    expect(load).toHaveBeenCalledWith('conformity', false, 'App');
    resolve({ default: FakeConformity });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tiêu chuẩn, đo lường, chất lượng' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toContainElement(screen.getByRole('heading', { level: 1 }));
  });

  it('offers "Thử lại" when the remote cannot be loaded, and the retry reloads it', async () => {
    const load = vi
      .fn<RemoteLoader>()
      .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ default: FakeConformity });
    const user = userEvent.setup();
    renderApp('/tdc', load);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được phân hệ Tiêu chuẩn, đo lường, chất lượng');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tiêu chuẩn, đo lường, chất lượng' }),
    ).toBeInTheDocument();
    expect(load).toHaveBeenLastCalledWith('conformity', true, 'App');
  });

  it('catches a remote that crashes while rendering', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('lỗi trong phân hệ');
    }
    renderApp('/tdc', () => Promise.resolve({ default: Broken }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Không tải được phân hệ');
    // the shell around it still works
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
