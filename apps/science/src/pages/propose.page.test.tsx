import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.khoahoc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('recording a proposal for an order', () => {
  it('explains every missing or invalid field before sending anything, with links to the fields', async () => {
    const user = userEvent.setup();
    renderApp('/de-xuat');
    await screen.findByRole('heading', { level: 1, name: 'Ghi nhận đề xuất đặt hàng' });
    await user.type(screen.getByLabelText(/Kinh phí dự kiến/), 'một tỷ');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đề xuất' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Tên nhiệm vụ là bắt buộc.');
    expect(summary).toHaveTextContent('Vui lòng chọn lĩnh vực khoa học.');
    expect(summary).toHaveTextContent('Kinh phí dự kiến phải là số tiền (đồng)');
    expect(screen.getByLabelText(/Kinh phí dự kiến/)).toHaveAttribute('aria-invalid', 'true');
    expect(server.state.calls.some((c) => c.path === 'science.propose')).toBe(false);
    await user.click(screen.getByRole('link', { name: 'Tên nhiệm vụ là bắt buộc.' }));
    expect(screen.getByLabelText(/Tên nhiệm vụ/)).toHaveFocus();
  });

  it('sends a valid proposal and opens the new task', async () => {
    const user = userEvent.setup();
    renderApp('/de-xuat');
    await screen.findByRole('heading', { level: 1, name: 'Ghi nhận đề xuất đặt hàng' });
    await user.type(screen.getByLabelText(/Tên nhiệm vụ/), 'Ứng dụng IoT giám sát chất lượng nước sông Cấm');
    await user.selectOptions(screen.getByLabelText(/Lĩnh vực khoa học/), 'engineering');
    await user.type(screen.getByLabelText(/Tính cấp thiết/), 'Ô nhiễm nguồn nước cấp sinh hoạt.');
    await user.type(screen.getByLabelText(/Mục tiêu/), 'Hệ thống quan trắc tự động.');
    await user.type(screen.getByLabelText(/Sản phẩm dự kiến/), 'Hệ thống quan trắc{Enter}Phần mềm cảnh báo');
    await user.type(screen.getByLabelText(/Thời gian thực hiện/), '18');
    await user.type(screen.getByLabelText(/Kinh phí dự kiến/), '1.200.000.000');
    await user.selectOptions(screen.getByLabelText(/Loại đơn vị đề xuất/), 'department');
    await user.type(screen.getByLabelText(/Tên đơn vị đề xuất/), 'Sở Nông nghiệp và Môi trường');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận đề xuất' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/nhiem-vu\//));
    const sent = server.state.calls.find((c) => c.path === 'science.propose')?.input as Record<
      string,
      unknown
    >;
    expect(sent).toMatchObject({
      expectedProducts: ['Hệ thống quan trắc', 'Phần mềm cảnh báo'],
      durationMonths: 18,
      indicativeBudget: 1_200_000_000,
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: /Nhiệm vụ NV-2026-005/ }),
    ).toBeInTheDocument();
  });
});
