import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, findDemoUser, mockPublicKey } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';
import { dossierHref } from '../field-apps';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: '2026-11-23' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.user = findDemoUser('canbo.tdc') ?? null;
});
afterAll(() => server.close());

describe('home: the cross-field inbox', () => {
  it("lists the officer's open dossiers nearest their deadline, each linking into its app", async () => {
    renderApp('/');
    const inbox = await screen.findByRole('region', { name: 'Việc cần xử lý' });
    const table = await within(inbox).findByRole('table');
    expect(server.state.calls.find((c) => c.path === 'dossiers.inbox')?.input).toEqual({
      statuses: [1, 2, 4, 5, 6, 9],
      sort: 'deadline',
      page: 1,
      pageSize: 10,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
    const link = within(must(rows[0], 'the first row')).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/tdc\/ho-so\/[0-9a-f-]{36}$/);
    expect(table).toHaveTextContent(/Quá hạn \d+ ngày làm việc/);
  });

  it('gives the leader the signing queue with its count, each dossier linking to its page', async () => {
    server.state.user = findDemoUser('lanhdao') ?? null;
    renderApp('/');
    const queue = await screen.findByRole('region', { name: /^Chờ ký \(1\)$/ });
    const link = within(queue).getByRole('link', { name: /Công ty TNHH Xuất nhập khẩu Minh Phát/ });
    expect(link.getAttribute('href')).toMatch(/^\/tdc\/ho-so\/[0-9a-f-]{36}$/);
    const asked = server.state.calls.filter((c) => c.path === 'dossiers.inbox').map((c) => c.input);
    expect(asked).toContainEqual(expect.objectContaining({ awaitingSignature: true, statuses: [4] }));
  });

  it('shows no signing queue to an officer', async () => {
    renderApp('/');
    await screen.findByRole('region', { name: 'Việc cần xử lý' });
    expect(screen.queryByRole('region', { name: /^Chờ ký/ })).not.toBeInTheDocument();
  });

  it('takes an applicant to their dossiers, in the applicant’s space without the staff menu', async () => {
    server.state.user = findDemoUser('dn.thephaiphong') ?? null;
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/ho-so-cua-toi');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Trang của tổ chức, cá nhân' });
    expect(within(nav).getByRole('link', { name: 'Hồ sơ của tôi' })).toHaveAttribute('aria-current', 'page');
    // the organisation is in the header
    expect(screen.getByRole('banner')).toHaveTextContent('Công ty Cổ phần Thép Hải Phòng');
  });

  it('tells an applicant who opens a staff page that it is not for this account', async () => {
    server.state.user = findDemoUser('dn.thephaiphong') ?? null;
    renderApp('/dieu-2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trang này không dành cho tài khoản của bạn' }),
    ).toBeInTheDocument();
  });

  it('links a dossier to the app of its procedure, and not at all for a procedure no app handles', () => {
    expect(dossierHref({ id: 'abc', procedureCode: 'tdc.hop-quy' })).toBe('/tdc/ho-so/abc');
    expect(dossierHref({ id: 'abc', procedureCode: 'khcn.dang-ky-ket-qua' })).toBe('/khcn/ho-so/abc');
    expect(dossierHref({ id: 'abc', procedureCode: 'buc-xa.cap-giay-phep' })).toBe('/cap-phep/ho-so/abc');
    expect(dossierHref({ id: 'abc', procedureCode: 'khong-co.thu-tuc' })).toBeUndefined();
  });
});

describe('public pages', () => {
  it('shows a dossier’s public status at the address of its QR code, signed out', async () => {
    server.state.user = null;
    const d = server.state.store.dossiers.find((x) => x.status === 4);
    if (!d) throw new Error('no dossier in process');
    renderApp(`/tra-cuu/ho-so?ma=${d.code}&k=${mockPublicKey(d)}`);
    expect(await screen.findByRole('region', { name: `Hồ sơ ${d.code}` })).toHaveTextContent('Đang xử lý');
  });

  it('says an unknown public address is not found instead of redirecting', async () => {
    server.state.user = null;
    const { router } = renderApp('/tra-cuu/ho-so/cong-bo/cong-bo/x');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy trang' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tra-cuu/ho-so/cong-bo/cong-bo/x');
    expect(screen.getByRole('link', { name: 'Về trang tra cứu' })).toHaveAttribute('href', '/tra-cuu');
  });

  it('lets a signed-out visitor open /tra-cuu/cong-bo in the public layout', async () => {
    server.state.user = null;
    const loads: string[] = [];
    const { router } = renderApp('/tra-cuu/cong-bo', (remote, _force, module) => {
      loads.push(`${remote}/${module}`);
      return Promise.resolve({ default: () => <h1>Tra cứu bản công bố hợp chuẩn, hợp quy</h1> });
    });
    expect(await screen.findByRole('heading', { level: 1, name: /Tra cứu bản công bố/ })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/tra-cuu/cong-bo');
    expect(loads).toEqual(['conformity/PublicRegistry']);
    expect(screen.getByRole('link', { name: 'Tra cứu công khai' })).toHaveAttribute('href', '/tra-cuu');
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
  });
});
