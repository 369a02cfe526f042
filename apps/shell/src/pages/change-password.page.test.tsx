import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DEMO_PASSWORD, findDemoUser } from '@skhcn/mocks/node';
import { must } from '@skhcn/domain';
import { renderApp } from '../test/render-app';
import { validatePasswordChange } from './change-password.page';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = null;
});
afterAll(() => server.close());

const officer = () => must(findDemoUser('canbo.tdc'), 'demo officer');
const changes = () => server.state.calls.filter((c) => c.path === 'auth.changePassword');

describe('changing one’s password', () => {
  it('someone on a temporary password is brought here first, told why, checked in Vietnamese, then goes on', async () => {
    server.state.user = { ...officer(), passwordChangeRequired: true };
    const user = userEvent.setup();
    renderApp('/lich-lam-viec');
    expect(await screen.findByRole('heading', { level: 1, name: 'Đổi mật khẩu' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/mật khẩu tạm thời do quản trị viên cấp/);

    const current = screen.getByLabelText(/^Mật khẩu tạm thời \(hiện tại\)/);
    const fresh = screen.getByLabelText(/^Mật khẩu mới/);
    const again = screen.getByLabelText(/^Nhập lại mật khẩu mới/);
    expect(fresh).toHaveAccessibleDescription(/ít nhất 8 ký tự; có chữ in hoa/);
    await user.type(current, DEMO_PASSWORD);
    await user.type(fresh, 'matkhau');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(fresh).toHaveAttribute('aria-invalid', 'true');
    expect(fresh).toHaveAccessibleDescription(/ít nhất 8 ký tự.*chữ in hoa/);
    expect(fresh).toHaveFocus();
    expect(changes()).toEqual([]);

    await user.clear(fresh);
    await user.type(fresh, 'Ngoc@Tdc2026');
    await user.type(again, 'Ngoc@Tdc2025');
    await user.keyboard('{Enter}');
    expect(again).toHaveAccessibleDescription(/không khớp/);
    expect(again).toHaveFocus();

    // the server refuses a wrong current password: said on that field
    await user.clear(again);
    await user.type(again, 'Ngoc@Tdc2026');
    await user.clear(current);
    await user.type(current, 'Sai@2026x');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(current).toHaveAccessibleDescription('Mật khẩu hiện tại không đúng.'));
    expect(current).toHaveFocus();

    await user.clear(current);
    await user.type(current, DEMO_PASSWORD);
    await user.keyboard('{Enter}');
    // on to the page that was asked for
    expect(await screen.findByRole('heading', { level: 1, name: /Lịch làm việc/ })).toBeInTheDocument();
    expect(changes().at(-1)?.input).toEqual({ currentPassword: DEMO_PASSWORD, newPassword: 'Ngoc@Tdc2026' });
  });

  it('anyone signed in reaches it from the header, and is told it is done', async () => {
    server.state.user = officer();
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Đổi mật khẩu' })).toBeInTheDocument();
    expect(screen.queryByText(/mật khẩu tạm thời do quản trị viên cấp/)).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Mật khẩu hiện tại/), DEMO_PASSWORD);
    await user.type(screen.getByLabelText(/^Mật khẩu mới/), 'Lan@HaiPhong9');
    await user.type(screen.getByLabelText(/^Nhập lại mật khẩu mới/), 'Lan@HaiPhong9');
    await user.click(screen.getByRole('button', { name: 'Đổi mật khẩu' }));
    expect(await screen.findByText('Đã đổi mật khẩu')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Mật khẩu mới/)).toHaveValue('');
  });
});

describe('validatePasswordChange', () => {
  it.each([
    ['', 'Ngoc@Tdc2026', 'Ngoc@Tdc2026', { currentPassword: 'Vui lòng nhập mật khẩu hiện tại.' }],
    ['Demo@2026', '', '', { newPassword: 'Vui lòng nhập mật khẩu mới.' }],
    ['Demo@2026', 'Demo@2026', 'Demo@2026', { newPassword: 'Mật khẩu mới phải khác mật khẩu hiện tại.' }],
    ['Demo@2026', 'CanBo.Tdc#1', 'CanBo.Tdc#1', { newPassword: 'Mật khẩu không được chứa tên đăng nhập.' }],
    ['Demo@2026', 'Ngoc@Tdc2026', 'khác', { confirmation: 'Mật khẩu nhập lại không khớp với mật khẩu mới.' }],
    ['Demo@2026', 'Ngoc@Tdc2026', 'Ngoc@Tdc2026', {}],
  ])('current %j, new %j, again %j', (current, fresh, again, expected) => {
    expect(validatePasswordChange(current, fresh, again, 'canbo.tdc')).toEqual(expected);
  });
});
