import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_OPEN_CYCLE } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('DTI home', () => {
  it('lists every cycle for the CĐS team, with its status, deadline and the way to open one', async () => {
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Các kỳ đánh giá, mới nhất trước' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Đánh giá chỉ số chuyển đổi số cấp xã năm 2026');
    expect(rows[0]).toHaveTextContent('Đang thu thập');
    expect(rows[0]).toHaveTextContent('23/12/2026');
    expect(rows[1]).toHaveTextContent('Đã đóng, số liệu đã khóa');
    expect(screen.getByRole('link', { name: 'Mở kỳ đánh giá mới' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Phân hệ chỉ số chuyển đổi số' })).toHaveTextContent(
      'Bộ chỉ số',
    );
  });

  it('takes a commune reporter straight to their unit’s entry form', async () => {
    const reporter = createMockServer({ signedInAs: 'xa.hongbang', today: TODAY });
    server.use(...reporter.listHandlers());
    renderApp('/');
    const table = await screen.findByRole('table', { name: 'Các kỳ đánh giá, mới nhất trước' });
    expect(within(table).getByRole('link', { name: /^Nhập số liệu/ })).toHaveAttribute(
      'href',
      `/chu-ky/${DTI_MOCK_OPEN_CYCLE}/don-vi/phuong-hong-bang`,
    );
    expect(screen.queryByRole('link', { name: 'Mở kỳ đánh giá mới' })).not.toBeInTheDocument();
    expect(screen.getByText(/Nhập số liệu và minh chứng của Phường Hồng Bàng/)).toBeInTheDocument();
  });

  it('tells someone without DTI work who to ask', async () => {
    const officer = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
    server.use(...officer.listHandlers());
    renderApp('/');
    expect(await screen.findByText('Bạn chưa được giao nhập số liệu cho đơn vị nào')).toBeInTheDocument();
    expect(screen.getByText(/Liên hệ Tổ chuyển đổi số/)).toBeInTheDocument();
  });
});
