import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { conformityReport, createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { totalsByMonth } from './report.page';

const server = createMockServer({ signedInAs: 'truong.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
});
afterAll(() => server.close());

describe('unit-head report', () => {
  it('renders the table alternative to the chart, the totals and the Excel link for the last six months', async () => {
    renderApp('/tdc/bao-cao');
    const table = await screen.findByRole('table', { name: 'Bảng số liệu (thay thế cho biểu đồ)' });
    expect(server.state.calls.find((c) => c.path === 'conformity.report')?.input).toEqual({
      from: '2026-06-01',
      to: '2026-11-30',
    });
    const expected = conformityReport({ from: '2026-06-01', to: '2026-11-30' }, TODAY);
    const dataRows = within(table).getAllByRole('row').slice(1, -1);
    expect(dataRows).toHaveLength(expected.rows.filter((r) => r.received + r.pending > 0).length);
    expect(dataRows[0]).toHaveTextContent(/^06\/2026/);
    const total = must(within(table).getAllByRole('row').at(-1), 'the total row');
    expect(total).toHaveTextContent(`Tổng cộng${expected.totals.received}`);
    const chart = await screen.findByRole('img', { name: 'Biểu đồ số hồ sơ theo tháng' });
    expect(chart).toHaveAccessibleDescription(/mỗi tháng bốn cột là số hồ sơ tiếp nhận, đúng hạn, quá hạn/);
    expect(screen.getByRole('link', { name: 'Tải báo cáo Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/reports/conformity.xlsx?from=2026-06-01&to=2026-11-30',
    );
  });

  it('asks the report for one procedure when chosen', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/bao-cao');
    await screen.findByRole('table', { name: /Bảng số liệu/ });
    await user.selectOptions(screen.getByLabelText('Thủ tục'), 'tdc.hop-chuan');
    await waitFor(() =>
      expect(server.state.calls.at(-1)?.input).toMatchObject({ procedureCode: 'tdc.hop-chuan' }),
    );
    expect(screen.getByRole('link', { name: /Tải báo cáo Excel/ })).toHaveAttribute(
      'href',
      expect.stringContaining('procedureCode=tdc.hop-chuan'),
    );
  });

  it('sums the procedures per month for the chart', () => {
    const rows = [
      {
        month: '2026-02',
        procedureCode: 'a',
        procedureName: 'A',
        received: 3,
        onTime: 2,
        late: 1,
        pending: 0,
      },
      {
        month: '2026-01',
        procedureCode: 'a',
        procedureName: 'A',
        received: 1,
        onTime: 1,
        late: 0,
        pending: 0,
      },
      {
        month: '2026-02',
        procedureCode: 'b',
        procedureName: 'B',
        received: 2,
        onTime: 0,
        late: 0,
        pending: 2,
      },
    ];
    expect(totalsByMonth(rows)).toEqual([
      { month: '2026-01', received: 1, onTime: 1, late: 0, pending: 0 },
      { month: '2026-02', received: 5, onTime: 2, late: 1, pending: 2 },
    ]);
  });
});
