import { render, screen, within } from '@testing-library/react';
import React from 'react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiProvider, createApiClients } from '@skhcn/api-client';
import { proceduresByKhoan } from '@skhcn/domain';
import { createMockServer, listProcedures, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import App from '../app';

const TODAY = '2026-11-23';
const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function renderApp(path = '/') {
  const clients = createApiClients({ batch: false, retry: false });
  return render(
    <ApiProvider clients={clients}>
      <MemoryRouter initialEntries={[path]}>
        <App />
      </MemoryRouter>
    </ApiProvider>,
  );
}

describe('TĐC procedures page', () => {
  it('lists the khoản 11 procedures in force with time limit, regime, dates, legal basis and outcome', async () => {
    renderApp();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tiêu chuẩn, đo lường, chất lượng');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải');

    const expected = proceduresByKhoan(11, TODAY);
    expect(expected.length).toBeGreaterThan(0);
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(expected.length);
    expect(server.state.calls.find((c) => c.path === 'procedures.list')?.input).toEqual({ khoan: 11 });

    const hopQuy = articles.find((a) => within(a).queryByRole('heading', { name: /công bố hợp quy/ }))!;
    expect(hopQuy).toBeDefined();
    // since 01/07/2026 the risk-based regime of Nghị định 37/2026 applies
    expect(hopQuy).toHaveTextContent('5 ngày làm việc');
    expect(hopQuy).toHaveTextContent('NĐ 37/2026');
    expect(hopQuy).toHaveTextContent('Từ 01/07/2026');
    expect(hopQuy).toHaveTextContent('Nghị định 37/2026/NĐ-CP, Điều 66 khoản 2');
    expect(hopQuy).toHaveTextContent('Phiếu tiếp nhận bản công bố hợp quy');
  });

  it('shows the regime of the day: before 01/07/2026 the group-2 regime of TT 28/2012', async () => {
    server.use(trpcOverride('procedures.list', 'query', () => listProcedures({ khoan: 11 }, '2026-01-15')));
    renderApp();
    const articles = await screen.findAllByRole('article');
    const hopQuy = articles.find((a) => within(a).queryByRole('heading', { name: /hợp quy/ }))!;
    expect(hopQuy).toHaveTextContent('TT 28/2012 (nhóm 2)');
    expect(hopQuy).not.toHaveTextContent('NĐ 37/2026');
  });

  it('shows an empty state when the field has no procedures', async () => {
    server.use(trpcOverride('procedures.list', 'query', () => []));
    renderApp();
    expect(await screen.findByText('Chưa có thủ tục nào đang áp dụng')).toBeInTheDocument();
  });

  it('shows the error with a retry that works', async () => {
    let failures = 1;
    server.use(
      trpcOverride('procedures.list', 'query', () => {
        if (failures-- > 0) throw new MockTrpcError('INTERNAL');
        return listProcedures({ khoan: 11 }, TODAY);
      }),
    );
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được danh sách thủ tục');
    expect(alert).toHaveTextContent('Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại.');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findAllByRole('article')).toHaveLength(proceduresByKhoan(11, TODAY).length);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it("reports whether it runs on the host page's React", async () => {
    window.__SKHCN_REACT__ = undefined;
    const first = renderApp();
    expect(screen.getByTestId('remote-root')).toHaveAttribute('data-same-react', 'false');
    first.unmount();
    window.__SKHCN_REACT__ = React;
    renderApp();
    expect(screen.getByTestId('remote-root')).toHaveAttribute('data-same-react', 'true');
    await screen.findAllByRole('article');
  });
});
