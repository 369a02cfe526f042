import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_OPEN_CYCLE } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const item = (unit: string) => screen.getByRole('article', { name: new RegExp(`^${unit}: 1\\.1\\.`) });

describe('the review queue', () => {
  it('returns an item only with a reason, and accepts the selected ones', async () => {
    const user = userEvent.setup();
    renderApp(`/chu-ky/${DTI_MOCK_OPEN_CYCLE}/tham-dinh`);
    expect(await screen.findByRole('heading', { name: 'Thẩm định số liệu' })).toBeInTheDocument();
    expect(await screen.findByText('Tìm thấy 2 mục.')).toBeInTheDocument();
    const ngoQuyen = item('Phường Ngô Quyền');
    expect(ngoQuyen).toHaveTextContent('Giá trị đơn vị: 60/120 (50%) → 5 điểm tự đánh giá');
    expect(within(ngoQuyen).getByText('15/KH-UBND')).toBeInTheDocument();

    await user.click(within(ngoQuyen).getByRole('button', { name: /^Trả lại/ }));
    const dialog = screen.getByRole('dialog', { name: 'Trả lại chỉ số 1.1' });
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(within(dialog).getByText('Nêu lý do trả lại để đơn vị sửa.')).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText(/Lý do trả lại/), 'Đề nghị gửi báo cáo của nhà mạng.');
    await user.click(within(dialog).getByRole('button', { name: 'Trả lại' }));
    expect(await screen.findByText('Đã trả lại 1 mục.')).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dti.review.decide')?.input).toMatchObject({
      decisions: [
        {
          unitId: 'phuong-ngo-quyen',
          componentId: '1.1',
          decision: 'return',
          comment: 'Đề nghị gửi báo cáo của nhà mạng.',
        },
      ],
    });

    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    await user.click(within(item('Phường Hồng Bàng')).getByRole('checkbox'));
    await user.click(screen.getByRole('button', { name: 'Chấp nhận 1 mục đã chọn' }));
    expect(await screen.findByText('Đã chấp nhận 1 mục.')).toBeInTheDocument();
    expect(await screen.findByText('Không còn mục nào chờ thẩm định')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đã chấp nhận (1)' }));
    expect(await screen.findByText('Tìm thấy 1 mục.')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('trang-thai=accepted');
  });
});
