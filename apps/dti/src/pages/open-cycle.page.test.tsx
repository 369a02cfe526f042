import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

// no 2026 commune cycle open yet
const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY, dti: { openCycle: false } });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('opening a cycle', () => {
  it('explains what is missing, then opens the cycle for the chosen communes and shows its dashboard', async () => {
    const user = userEvent.setup();
    renderApp('/chu-ky/moi');
    await screen.findByRole('heading', { name: 'Mở kỳ đánh giá' });
    // frameworks without component rows cannot be chosen
    const options = within(screen.getByLabelText(/^Bộ chỉ số/))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options.some((o) => o?.includes('QĐ 922'))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Mở kỳ đánh giá' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Chọn bộ chỉ số.');
    expect(summary).toHaveTextContent('Nhập hạn nhập số liệu (ngày/tháng/năm).');

    await user.selectOptions(screen.getByLabelText(/^Bộ chỉ số/), 'xa-2026');
    expect(screen.getByText('Bộ chỉ số mẫu')).toBeInTheDocument();
    await screen.findByRole('group', { name: 'Phường' });
    await user.click(must(document.getElementById('deadline'), 'document.getElementById("deadline")'));
    await user.keyboard('31/12/2026');
    await user.click(screen.getByRole('button', { name: 'Mở kỳ đánh giá' }));
    expect(
      await screen.findByText('Chọn ít nhất một đơn vị được đánh giá.', { selector: 'a' }),
    ).toBeInTheDocument();
    for (const name of [/^Phường Hồng Bàng/, /^Phường Ngô Quyền/, /^Xã An Lão/])
      await user.click(screen.getByRole('checkbox', { name }));
    await user.click(screen.getByRole('radio', { name: /Lấy điểm trung bình của các đơn vị cùng nhóm/ }));
    await user.click(screen.getByRole('button', { name: 'Mở kỳ đánh giá' }));
    expect(
      await screen.findByRole('heading', {
        name: 'Đánh giá chỉ số chuyển đổi số cấp xã, phường, đặc khu năm 2026',
      }),
    ).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dti.cycles.open')?.input).toEqual({
      frameworkId: 'xa-2026',
      deadline: '2026-12-31',
      unitIds: ['phuong-hong-bang', 'phuong-ngo-quyen', 'xa-an-lao'],
      imputation: 'group_mean',
    });
    const progress = screen.getByRole('table', { name: /Số chỉ số thành phần theo trạng thái/ });
    expect(within(progress).getAllByRole('row')).toHaveLength(4);
  });
});
