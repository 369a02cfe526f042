import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.khoahoc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the office’s report', () => {
  it('shows tasks by field and stage, budget by year with charts, overdue reports, and links the Excel export', async () => {
    const user = userEvent.setup();
    renderApp('/bao-cao');
    const fields = await screen.findByRole('region', { name: 'Nhiệm vụ theo lĩnh vực và giai đoạn' });
    expect(
      await within(fields).findByRole('img', { name: 'Biểu đồ số nhiệm vụ theo lĩnh vực và giai đoạn' }),
    ).toBeInTheDocument();
    const table = within(fields).getByRole('table', { name: 'Số nhiệm vụ theo lĩnh vực và giai đoạn' });
    expect(within(table).getByRole('row', { name: /Khoa học kỹ thuật và công nghệ/ })).toHaveTextContent('1');
    const budget = screen.getByRole('region', { name: 'Kinh phí theo năm' });
    expect(budget).toHaveTextContent('2.520.000.000');
    expect(screen.getByRole('region', { name: 'Báo cáo định kỳ quá hạn' })).toHaveTextContent('17 ngày');
    expect(screen.getByRole('link', { name: 'Tải báo cáo Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/reports/science.xlsx?fromYear=2024&toYear=2026',
    );
    await user.clear(screen.getByLabelText('Từ năm'));
    await user.type(screen.getByLabelText('Từ năm'), '2030');
    expect(await screen.findByText('Năm có 4 chữ số; từ năm không được sau đến năm.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tải báo cáo Excel (.xlsx)' })).not.toBeInTheDocument();
  });
});
