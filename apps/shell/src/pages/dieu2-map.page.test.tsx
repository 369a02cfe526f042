import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, demoUser, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';

const server = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  server.state.user = demoUser;
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const dutyHeadings = () => screen.queryAllByRole('heading', { level: 2, name: /^Khoản \d+\./ });

describe('Bản đồ nhiệm vụ theo Điều 2', () => {
  it('shows all 29 khoản of Điều 2, each with its points, units and procedures on demand', async () => {
    const user = userEvent.setup();
    renderApp('/dieu-2');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bản đồ nhiệm vụ theo Điều 2' }),
    ).toBeInTheDocument();
    await screen.findByText('29 khoản.');
    const headings = dutyHeadings();
    expect(headings).toHaveLength(29);
    expect(headings.map((h) => Number(/Khoản (\d+)/.exec(h.textContent ?? '')?.[1]))).toEqual(
      Array.from({ length: 29 }, (_, i) => i + 1),
    );

    const k11 = within(must(headings[10], 'the heading of khoản 11')).getByRole('button', {
      name: /Khoản 11\. Tiêu chuẩn, đo lường, chất lượng/,
    });
    expect(k11).toHaveAttribute('aria-expanded', 'false');
    await user.click(k11);
    expect(k11).toHaveAttribute('aria-expanded', 'true');
    const panel = must(
      document.getElementById(k11.getAttribute('aria-controls') ?? ''),
      'the panel the button controls',
    );
    expect(panel).toBeVisible();
    expect(
      within(panel).getByText('Chi cục Tiêu chuẩn Đo lường Chất lượng', { exact: false }),
    ).toBeInTheDocument();
    // the TĐC field is served by the conformity app
    expect(within(panel).getByRole('link', { name: 'Phân hệ TĐC' })).toHaveAttribute('href', '/tdc');
    // every lettered point of khoản 11 is listed (a … i)
    expect(within(panel).getByText('đ)')).toBeInTheDocument();
  });

  it('filters without diacritics: "buu chinh" finds the khoản on bưu chính', async () => {
    const user = userEvent.setup();
    renderApp('/dieu-2');
    const filter = await screen.findByLabelText('Lọc theo nội dung');
    await user.type(filter, 'buu chinh');
    expect(await screen.findByText(/^Tìm thấy \d+ khoản phù hợp\.$/)).toBeInTheDocument();
    const names = dutyHeadings().map((h) => h.textContent);
    expect(names).toContain('▸Khoản 14. Bưu chính');
    expect(names.length).toBeLessThan(29);
    expect(names.every((n) => !/Khoản 16\./.test(n ?? ''))).toBe(true);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    renderApp('/dieu-2');
    await user.type(await screen.findByLabelText('Lọc theo nội dung'), 'zzzz không có');
    expect(await screen.findByText('Không có khoản nào phù hợp')).toBeInTheDocument();
    expect(dutyHeadings()).toHaveLength(0);
  });

  it('shows the error with a working retry', async () => {
    let fail = true;
    server.use(
      trpcOverride('fields.map', 'query', () => {
        if (fail) throw new MockTrpcError('INTERNAL');
        return [];
      }),
    );
    const user = userEvent.setup();
    renderApp('/dieu-2');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được bản đồ nhiệm vụ');
    expect(alert).toHaveTextContent('Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByText('0 khoản.')).toBeInTheDocument();
  });
});
