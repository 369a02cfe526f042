import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser } from '@skhcn/mocks/node';
import { must } from '@skhcn/domain';
import { renderApp } from '../test/render-app';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = null;
});
afterAll(() => server.close());

/** An applicant who signed in through the identity provider, which did not say their organisation */
function identityApplicant() {
  const { applicant: _ignored, ...user } = must(findDemoUser('dn.thephaiphong'), 'demo applicant');
  return { ...user, username: 'dinhdanh.0123456789abcdef', fullName: 'Trần Văn Định' };
}

describe('an applicant without an organisation, signed in through the identity provider', () => {
  it('is asked for it before anything else, checked in Vietnamese, then reaches their dossiers', async () => {
    server.state.user = identityApplicant();
    const user = userEvent.setup();
    renderApp('/ho-so-cua-toi');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thông tin tổ chức, cá nhân nộp hồ sơ' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Tên tổ chức/), 'Công ty TNHH Định Danh');
    await user.type(screen.getByLabelText(/^Mã số doanh nghiệp/), '0100109107');
    await user.click(screen.getByRole('button', { name: 'Lưu và tiếp tục' }));
    const tax = screen.getByLabelText(/^Mã số doanh nghiệp/);
    expect(tax).toHaveAttribute('aria-invalid', 'true');
    expect(tax).toHaveAccessibleDescription(/chữ số kiểm tra/);
    expect(tax).toHaveFocus();
    expect(server.state.calls.some((c) => c.path === 'auth.completeProfile')).toBe(false);

    await user.clear(tax);
    await user.type(tax, '0100109106');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toHaveTextContent('Công ty TNHH Định Danh');
    expect(server.state.calls.filter((c) => c.path === 'auth.completeProfile').map((c) => c.input)).toEqual([
      { organisationName: 'Công ty TNHH Định Danh', taxCode: '0100109106' },
    ]);
  });
});
