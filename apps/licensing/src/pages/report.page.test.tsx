import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

// TODAY is 23/11/2026: the mock hospital's licence (1/2023/GPBX-QLCN) expires on 23/12/2026, its one general X-ray
// stands in Ngô Quyền, its declaration was three years ago (none this year).
const server = createMockServer({ signedInAs: 'lanhdao', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = findDemoUser('lanhdao') ?? null;
});
afterAll(() => server.close());

describe('the licensing report (Báo cáo)', () => {
  it('a leader sees both fields as tables beside the charts, the expiring licence, and the Excel link of the year', async () => {
    const user = userEvent.setup();
    renderApp('/cap-phep/bao-cao');
    expect(await screen.findByRole('heading', { level: 1, name: 'Báo cáo cấp phép' })).toBeInTheDocument();
    const inForce = await screen.findByRole('table', { name: 'Văn bản còn hiệu lực theo loại' });
    expect(
      within(inForce).getByRole('row', { name: 'Giấy phép tiến hành công việc bức xạ 1' }),
    ).toBeInTheDocument();
    expect(within(inForce).getByRole('row', { name: 'Giấy phép bưu chính 0' })).toBeInTheDocument();
    expect(within(inForce).getByRole('row', { name: 'Tổng cộng 2' })).toBeInTheDocument();
    expect(screen.getByText('Tại ngày 23/11/2026: 2 văn bản còn hiệu lực.')).toBeInTheDocument();

    const expiring = screen.getByRole('table', { name: 'Văn bản sắp hết hạn' });
    expect(
      within(expiring).getByRole('row', {
        name: /1\/2023\/GPBX-QLCN .*Bệnh viện Đa khoa Hồng Phúc 23\/12\/2026 30 ngày/,
      }),
    ).toBeInTheDocument();

    const months = screen.getByRole('table', { name: 'Hồ sơ khai báo theo tháng' });
    expect(within(months).getAllByRole('row')).toHaveLength(14);
    expect(
      screen.getByText(/^0 hồ sơ khai báo tiếp nhận từ ngày 01\/01\/2026 đến ngày 31\/12\/2026/),
    ).toBeInTheDocument();
    // no declaration this year: no empty chart to read, the table says it
    expect(
      screen.queryByRole('img', { name: 'Biểu đồ số hồ sơ khai báo theo tháng' }),
    ).not.toBeInTheDocument();
    expect(await screen.findByRole('img', { name: 'Biểu đồ tỷ lệ thiết bị theo loại' })).toHaveAttribute(
      'aria-describedby',
      'chart-device-types',
    );
    expect(
      within(screen.getByRole('table', { name: 'Thiết bị theo địa bàn' })).getByRole('row', {
        name: 'Ngô Quyền 1',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/reports/licensing.xlsx?year=2026',
    );

    const calls: unknown[] = [];
    server.use(
      trpcOverride('licensing.report', 'query', (input) => {
        calls.push(input);
        const year = (input as { year: number }).year;
        return {
          year,
          from: `${year}-01-01`,
          to: `${year}-12-31`,
          asOf: `${year}-12-31`,
          expiringWithinDays: 90,
          fields: ['radiation'],
          inForce: [
            {
              kind: 'declaration_confirmation',
              kindLabel: 'Giấy xác nhận khai báo thiết bị bức xạ',
              field: 'radiation',
              count: 4,
            },
          ],
          expiring: { total: 0, items: [] },
          declarationsByMonth: Array.from({ length: 12 }, (_, i) => ({
            month: i + 1,
            label: `Tháng ${i + 1}`,
            count: i === 2 ? 3 : i === 4 ? 1 : 0,
          })),
          devicesByType: [],
          devicesByDistrict: [],
          totals: { inForce: 4, expiring: 0, declarations: 4, devices: 0 },
        };
      }),
    );
    await user.selectOptions(screen.getByLabelText('Năm báo cáo'), '2025');
    await waitFor(() => expect(calls.at(-1)).toEqual({ year: 2025 }));
    expect(screen.getByRole('link', { name: 'Tải Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/reports/licensing.xlsx?year=2025',
    );
    expect(await screen.findByText(/^4 hồ sơ khai báo tiếp nhận từ ngày 01\/01\/2025/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Hồ sơ khai báo theo tháng' })).getByRole('row', {
        name: 'Tháng 3 3',
      }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('img', { name: 'Biểu đồ số hồ sơ khai báo theo tháng' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Không có giấy phép sắp hết hạn')).toBeInTheDocument();
    expect(screen.getByText('Chưa có thiết bị trong danh mục')).toBeInTheDocument();
  });

  it('postal staff see the postal part only: no radiation table', async () => {
    server.state.user = findDemoUser('canbo.buuchinh') ?? null;
    renderApp('/cap-phep/bao-cao');
    const inForce = await screen.findByRole('table', { name: 'Văn bản còn hiệu lực theo loại' });
    expect(
      within(inForce)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'Loại văn bảnSố lượng',
      'Giấy phép bưu chính0',
      'Văn bản xác nhận thông báo hoạt động bưu chính0',
      'Tổng cộng0',
    ]);
    expect(screen.getByText('Không có giấy phép sắp hết hạn')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Hồ sơ khai báo theo tháng' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Thiết bị theo loại' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal with a way to try again', async () => {
    let fail = true;
    server.use(
      trpcOverride('licensing.report', 'query', () => {
        if (fail) throw new MockTrpcError('INTERNAL', 'Máy chủ đang bận, vui lòng thử lại.');
        return {
          year: 2026,
          from: '2026-01-01',
          to: '2026-12-31',
          asOf: TODAY,
          expiringWithinDays: 90,
          fields: ['postal'],
          inForce: [],
          expiring: { total: 0, items: [] },
          declarationsByMonth: null,
          devicesByType: null,
          devicesByDistrict: null,
          totals: { inForce: 0, expiring: 0, declarations: null, devices: null },
        };
      }),
    );
    const user = userEvent.setup();
    renderApp('/cap-phep/bao-cao');
    expect(await screen.findByText('Không tải được báo cáo')).toBeInTheDocument();
    fail = false;
    await user.click(screen.getByRole('button', { name: /Thử lại/ }));
    expect(await screen.findByRole('table', { name: 'Văn bản còn hiệu lực theo loại' })).toBeInTheDocument();
    expect(screen.queryByText('Không tải được báo cáo')).not.toBeInTheDocument();
  });
});
