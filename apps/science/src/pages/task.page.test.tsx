import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, MockTrpcError, SCIENCE_IDS, trpcOverride } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.khoahoc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the task page', () => {
  it('offers the steps the stage allows, runs one in a dialog and shows the new stage', async () => {
    const user = userEvent.setup();
    renderApp(`/nhiem-vu/${SCIENCE_IDS.proposed}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nhiệm vụ NV-2026-001' }),
    ).toBeInTheDocument();
    const actions = screen.getByRole('region', { name: 'Thao tác' });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Xác định nhiệm vụ', 'Không xác định']);
    await user.click(within(actions).getByRole('button', { name: 'Xác định nhiệm vụ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xác định nhiệm vụ' });
    expect(within(dialog).getByLabelText(/Ngày họp hội đồng tư vấn/)).toHaveValue(TODAY);
    await user.type(within(dialog).getByLabelText(/Kết luận của hội đồng/), 'Đề nghị đặt hàng.');
    await user.click(within(dialog).getByRole('button', { name: 'Xác định nhiệm vụ' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Đã xác định nhiệm vụ, đưa vào danh mục đặt hàng.')).toBeInTheDocument();
    expect(await screen.findByText('Đã xác định, chờ tuyển chọn')).toBeInTheDocument();
  });

  it('tells the user when someone else changed the task, with a way to reload', async () => {
    const user = userEvent.setup();
    server.use(
      trpcOverride('science.recordInspection', 'mutation', () => {
        throw new MockTrpcError('CONFLICT');
      }),
    );
    renderApp(`/nhiem-vu/${SCIENCE_IDS.inProgress}`);
    const actions = await screen.findByRole('region', { name: 'Thao tác' });
    await user.click(within(actions).getByRole('button', { name: 'Ghi nhận kiểm tra' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ghi nhận kiểm tra' });
    await user.type(within(dialog).getByLabelText(/Kết quả kiểm tra/), 'Đúng tiến độ.');
    await user.type(within(dialog).getByLabelText(/Kết luận, kiến nghị/), 'Tiếp tục thực hiện.');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận kiểm tra' }));
    expect(await within(dialog).findByText('Nhiệm vụ đã được người khác cập nhật')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tải lại nhiệm vụ' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('marks an overdue report milestone in words, not colour alone', async () => {
    renderApp(`/nhiem-vu/${SCIENCE_IDS.inProgress}`);
    const table = await screen.findByRole('table', { name: 'Các mốc của hợp đồng' });
    expect(within(table).getByRole('row', { name: /Báo cáo định kỳ đợt 2/ })).toHaveTextContent(
      'Quá hạn báo cáo',
    );
  });
});
