import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';
import { dossierHref } from './work-inbox.component';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: '2026-11-23' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.user = findDemoUser('canbo.tdc')!;
});
afterAll(() => server.close());

describe('home: the cross-field inbox', () => {
  it("lists the officer's open dossiers nearest their deadline, each linking into its app", async () => {
    renderApp('/');
    const inbox = await screen.findByRole('region', { name: 'Việc cần xử lý' });
    const table = await within(inbox).findByRole('table');
    expect(server.state.calls.find((c) => c.path === 'dossiers.inbox')?.input).toEqual({
      statuses: [1, 2, 4, 5, 6],
      sort: 'deadline',
      page: 1,
      pageSize: 10,
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
    const link = within(rows[0]!).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/tdc\/ho-so\/[0-9a-f-]{36}$/);
    expect(table).toHaveTextContent(/Quá hạn \d+ ngày làm việc/);
  });

  it('shows an applicant their own pages instead of the staff inbox', async () => {
    server.state.user = findDemoUser('dn.thephaiphong')!;
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'Hồ sơ của tôi' })).toHaveAttribute(
      'href',
      '/tdc/ho-so-cua-toi',
    );
    expect(screen.queryByRole('region', { name: 'Việc cần xử lý' })).not.toBeInTheDocument();
  });

  it('links a dossier to the app of its procedure, and not at all while that app is missing', () => {
    expect(dossierHref({ id: 'abc', procedureCode: 'tdc.hop-quy' })).toBe('/tdc/ho-so/abc');
    expect(dossierHref({ id: 'abc', procedureCode: 'khcn.nghiem-thu' })).toBeUndefined();
  });
});

describe('public pages', () => {
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
    expect(screen.getByRole('link', { name: 'Đăng nhập' })).toHaveAttribute('href', '/dang-nhap');
    expect(screen.queryByRole('navigation', { name: 'Điều hướng chính' })).not.toBeInTheDocument();
  });
});
