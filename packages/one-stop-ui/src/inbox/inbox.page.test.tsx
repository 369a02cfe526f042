import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, findDemoUser, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { renderField as renderApp, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
});
afterAll(() => server.close());

const inboxCalls = () => server.state.calls.filter((c) => c.path === 'dossiers.inbox');
const lastInput = () => inboxCalls().at(-1)?.input as Record<string, unknown>;

describe('officer inbox', () => {
  it('lists dossiers by deadline with status, dd/MM/yyyy dates and the deadline in words as well as colour', async () => {
    renderApp('/tdc/ho-so');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hộp hồ sơ' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(5);
    // received 16 days ago, still in process: overdue, in red and in words
    const late = must(
      rows.find((r) => r.textContent?.includes('Dây điện') || r.textContent?.includes('Vĩnh Bảo')),
      'the overdue dossier',
    );
    expect(late).toHaveTextContent(/Quá hạn \d+ ngày làm việc/);
    expect(within(late).getByText(/Quá hạn/)).toHaveClass('skh-badge--danger');
    expect(table).toHaveTextContent(/Còn [12] ngày làm việc|Đến hạn hôm nay/);
    expect(table).toHaveTextContent(/\d{2}\/\d{2}\/2026/);
    expect(table).toHaveTextContent('Yêu cầu bổ sung giấy tờ');
    // the inbox opens on live work: in progress, waiting for the applicant, or to hand back
    expect(lastInput()).toMatchObject({ sort: 'deadline', page: 1, statuses: [1, 2, 4, 5, 6, 9] });
    expect(screen.getByRole('button', { name: /^Đang giải quyết \(\d+\)$/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByText(/Tìm thấy \d+ hồ sơ/)).toHaveAttribute('role', 'status');
  });

  it('sends every filter to dossiers.inbox and keeps it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/ho-so');
    const chips = await screen.findByRole('group', { name: 'Lọc theo trạng thái' });
    await user.click(await within(chips).findByRole('button', { name: /Yêu cầu bổ sung giấy tờ \(1\)/ }));
    await waitFor(() => expect(lastInput()).toMatchObject({ statuses: [5] }));
    expect(within(chips).getByRole('button', { name: /Yêu cầu bổ sung giấy tờ/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByTestId('location')).toHaveTextContent('trang-thai=5');

    await user.click(within(chips).getByRole('button', { name: /^Tất cả/ }));
    await user.selectOptions(screen.getByLabelText('Thủ tục'), 'tdc.hop-quy');
    await waitFor(() => expect(lastInput()).toMatchObject({ procedureCode: 'tdc.hop-quy' }));
    expect(lastInput().statuses).toBeUndefined();
    expect(screen.getByTestId('location')).toHaveTextContent('trang-thai=tat-ca');

    await user.selectOptions(screen.getByLabelText('Tình trạng hạn'), 'overdue');
    await waitFor(() => expect(lastInput()).toMatchObject({ procedureCode: 'tdc.hop-quy', due: 'overdue' }));
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(table).toHaveTextContent('Công ty TNHH Dây cáp điện Vĩnh Bảo');

    await user.type(screen.getByLabelText(/Tìm theo mã hồ sơ/), 'vinh bao');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await waitFor(() => expect(lastInput()).toMatchObject({ q: 'vinh bao', due: 'overdue' }));

    await user.click(screen.getByRole('button', { name: /Mã hồ sơ/ }));
    await waitFor(() => expect(lastInput()).toMatchObject({ sort: 'code' }));
    expect(screen.getByRole('columnheader', { name: /Mã hồ sơ/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByTestId('location')).toHaveTextContent(
      '/tdc/ho-so?trang-thai=tat-ca&thu-tuc=tdc.hop-quy&han=overdue&q=vinh+bao&sap-xep=code',
    );
  });

  it('keeps finished dossiers behind the “Tất cả” filter', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/ho-so');
    const table = await screen.findByRole('table');
    // returned to the applicant 200 days ago: finished, not live work
    expect(table).not.toHaveTextContent('Công ty Cổ phần Nhựa Tiền Phong Đông Hải');
    // approved, the result still to hand back: live work for the counter
    expect(table).toHaveTextContent('Công ty TNHH Gạch ốp lát Kiến Thụy');
    await user.click(screen.getByRole('button', { name: /^Tất cả/ }));
    await waitFor(() =>
      expect(screen.getByRole('table')).toHaveTextContent('Công ty Cổ phần Nhựa Tiền Phong Đông Hải'),
    );
    expect(lastInput().statuses).toBeUndefined();
  });

  it('gives the leader the queue of dossiers waiting for their signature', async () => {
    server.state.user = findDemoUser('lanhdao') ?? null;
    try {
      const user = userEvent.setup();
      renderApp('/tdc/ho-so');
      await user.click(await screen.findByRole('checkbox', { name: 'Chờ tôi ký' }));
      await waitFor(() => expect(lastInput()).toMatchObject({ awaitingSignature: true }));
      const table = screen.getByRole('table');
      await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
      expect(table).toHaveTextContent('Công ty TNHH Xuất nhập khẩu Minh Phát');
      expect(table).toHaveTextContent('Đang trình ký');
      expect(screen.getByTestId('location')).toHaveTextContent('cho-ky=1');
    } finally {
      server.state.user = findDemoUser('canbo.tdc') ?? null;
    }
  });

  it('reads the filters back from the URL (a bookmarked view)', async () => {
    renderApp('/tdc/ho-so?trang-thai=4&q=cat+hai&trang=1');
    await screen.findByRole('table');
    expect(lastInput()).toMatchObject({ statuses: [4], q: 'cat hai' });
    expect(screen.getByRole('table')).toHaveTextContent('Hợp tác xã Nước mắm Cát Hải');
    expect(screen.getByRole('table')).not.toHaveTextContent('Vĩnh Bảo');
  });

  it('pages through the results', async () => {
    server.use(
      trpcOverride('dossiers.inbox', 'query', (input) => {
        const page = (input as { page?: number }).page ?? 1;
        return {
          items: [],
          total: 45,
          page,
          pageSize: 20,
          countsByStatus: [{ status: 4, label: 'Đang xử lý', count: 45 }],
          unitCodes: ['CCTDC'],
        };
      }),
    );
    const user = userEvent.setup();
    renderApp('/tdc/ho-so');
    const nav = await screen.findByRole('navigation', { name: 'Phân trang' });
    expect(nav).toHaveTextContent('Trang 1/3 · 1–20 của 45 hồ sơ');
    await user.click(within(nav).getByRole('button', { name: 'Trang sau' }));
    expect(await screen.findByText(/Trang 2\/3/)).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('trang=2');
  });

  it('says when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/ho-so');
    await user.type(await screen.findByLabelText(/Tìm theo mã hồ sơ/), 'không có ai');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(await screen.findByText('Không có hồ sơ nào phù hợp')).toBeInTheDocument();
  });

  it('offers "Thử lại" when the inbox cannot be loaded', async () => {
    let fail = true;
    server.use(
      trpcOverride('dossiers.inbox', 'query', () => {
        if (fail) throw new MockTrpcError('INTERNAL');
        return { items: [], total: 0, page: 1, pageSize: 20, countsByStatus: [], unitCodes: [] };
      }),
    );
    const user = userEvent.setup();
    renderApp('/tdc/ho-so');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được hộp hồ sơ');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('Không có hồ sơ nào phù hợp')).toBeInTheDocument();
  });

  it('says “hơn …” when the server stopped counting at its cap, in the summary, the chips and the pages', async () => {
    server.state.store.inboxCountCap = 3;
    try {
      renderApp('/tdc/ho-so');
      expect(await screen.findByText(/^Tìm thấy hơn 3 hồ sơ\.$/)).toHaveAttribute('role', 'status');
      expect(screen.getByRole('navigation', { name: 'Phân trang' })).toHaveTextContent('của hơn 3 hồ sơ');
      expect(screen.getByRole('button', { name: /^Tất cả \(hơn \d+\)$/ })).toBeInTheDocument();
    } finally {
      delete server.state.store.inboxCountCap;
    }
  });
});
