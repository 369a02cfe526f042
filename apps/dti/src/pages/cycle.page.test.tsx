import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_OPEN_CYCLE } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the cycle dashboard', () => {
  it('shows progress by unit and the items to review, and closes the cycle after a warning', async () => {
    const user = userEvent.setup();
    renderApp(`/chu-ky/${DTI_MOCK_OPEN_CYCLE}`);
    const table = await screen.findByRole('table', { name: /Số chỉ số thành phần theo trạng thái/ });
    const hongBang = within(table).getByRole('row', { name: /Phường Hồng Bàng/ });
    // 62 components: 1 submitted, 1 draft, 1 returned, 59 not entered
    expect(
      within(hongBang)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Người báo cáo của đơn vị', '59', '1', '1', '1', '0', '0% (0/62)']);
    expect(screen.getByRole('link', { name: 'Thẩm định (2 mục chờ)' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đóng kỳ đánh giá' }));
    const dialog = screen.getByRole('dialog', { name: 'Đóng kỳ đánh giá' });
    expect(dialog).toHaveTextContent('Còn 186 chỉ số thành phần chưa được chấp nhận');
    await user.click(within(dialog).getByRole('button', { name: 'Đóng kỳ đánh giá' }));
    expect(await screen.findByText('Đã đóng kỳ đánh giá; số liệu đã được khóa.')).toBeInTheDocument();
    expect(await screen.findByText('Đã đóng, số liệu đã khóa')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Đóng kỳ đánh giá' })).not.toBeInTheDocument();
  });
});
