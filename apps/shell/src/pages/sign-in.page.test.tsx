import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DEMO_PASSWORD } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = null;
});
afterAll(() => server.close());

describe('route guard', () => {
  it('sends a signed-out user from a guarded page to the sign-in page', async () => {
    const { router } = renderApp('/dieu-2');
    expect(await screen.findByRole('heading', { name: 'Đăng nhập' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dang-nhap');
  });
});

describe('sign-in form', () => {
  it('says in Vietnamese which fields are missing, and moves focus to the first', async () => {
    const user = userEvent.setup();
    renderApp('/dang-nhap');
    await user.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    const username = screen.getByLabelText(/Tên đăng nhập/);
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription('Vui lòng nhập tên đăng nhập.');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveAccessibleDescription('Vui lòng nhập mật khẩu.');
    expect(username).toHaveFocus();
    expect(server.state.calls.filter((c) => c.path === 'auth.signIn')).toHaveLength(0);
  });

  it('announces the server message when the password is wrong, and clears the password', async () => {
    const user = userEvent.setup();
    renderApp('/dang-nhap');
    await user.type(await screen.findByLabelText(/Tên đăng nhập/), 'canbo.tdc');
    await user.type(screen.getByLabelText(/^Mật khẩu/), 'sai-mat-khau');
    await user.click(screen.getByRole('button', { name: 'Đăng nhập' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveValue('');
    expect(screen.getByLabelText(/^Mật khẩu/)).toHaveFocus();
  });

  it('signs in with the keyboard alone and returns to the page first asked for', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/dieu-2');
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    await user.tab(); // username field
    expect(screen.getByLabelText(/Tên đăng nhập/)).toHaveFocus();
    await user.keyboard('canbo.tdc');
    await user.tab();
    await user.keyboard(DEMO_PASSWORD);
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { name: 'Bản đồ nhiệm vụ theo Điều 2', level: 1 }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/dieu-2');
    expect(screen.getByText('Nguyễn Thị Lan')).toBeInTheDocument();
    expect(screen.getByText(/Chuyên viên · Chi cục Tiêu chuẩn Đo lường Chất lượng/)).toBeInTheDocument();
  });

  it('signs out back to the sign-in page', async () => {
    server.state.user = (await import('@skhcn/mocks/node')).demoUser;
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/dang-nhap'));
    expect(server.state.user).toBeNull();
  });
});

describe('sign-in through the identity provider', () => {
  it('shows no identity button when the server has no provider configured', async () => {
    renderApp('/dang-nhap');
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    await waitFor(() => expect(server.state.calls.some((c) => c.path === 'auth.signInOptions')).toBe(true));
    expect(screen.queryByRole('link', { name: 'Đăng nhập bằng tài khoản định danh' })).toBeNull();
  });

  it('offers the identity button when configured, returning to the page first asked for', async () => {
    server.state.identityProvider = true;
    renderApp('/dieu-2');
    const link = await screen.findByRole('link', { name: 'Đăng nhập bằng tài khoản định danh' });
    expect(link).toHaveAttribute('href', '/auth/oidc/start?from=%2Fdieu-2');
    server.state.identityProvider = false;
  });

  it('says in Vietnamese why the identity sign-in came back refused', async () => {
    renderApp('/dang-nhap?loi=ACCOUNT_INACTIVE');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Đăng nhập bằng tài khoản định danh không thành công');
    expect(alert).toHaveTextContent('Tài khoản này đã bị khoá.');
  });

  it('ignores an unknown code in the address', async () => {
    renderApp('/dang-nhap?loi=<script>');
    await screen.findByRole('heading', { name: 'Đăng nhập' });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
