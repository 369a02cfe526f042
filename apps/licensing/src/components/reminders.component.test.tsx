import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { hospital, HOLDER_ID } from '../test/licensing-fixtures';
import { renderApp, TODAY } from '../test/render-app';

// TODAY is 23/11/2026: the mock hospital's licence expires on 23/12/2026 (30 days: past the 45-day renewal window),
// its X-ray device was last inspected on 24/10/2025 (current until 24/10/2026: 30 days overdue).
const server = createMockServer({ signedInAs: 'canbo.bucxa', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = findDemoUser('canbo.bucxa') ?? null;
});
afterAll(() => server.close());

describe('the reminders (Sắp đến hạn / Quá hạn)', () => {
  it('the licensing home shows staff what is overdue and what is coming, in Vietnamese with dd/mm/yyyy dates', async () => {
    renderApp('/cap-phep');
    const card = await screen.findByRole('region', { name: 'Sắp đến hạn / Quá hạn' });
    expect(await within(card).findByText('Ngày 23/11/2026: 2 việc cần theo dõi.')).toBeInTheDocument();
    const overdue = within(card).getByRole('region', { name: 'Quá hạn (1)' });
    expect(within(overdue).getByText('Quá hạn kiểm định thiết bị')).toBeInTheDocument();
    expect(within(overdue).getByText('Hạn 24/10/2026 · quá hạn 30 ngày')).toBeInTheDocument();
    const upcoming = within(card).getByRole('region', { name: 'Sắp đến hạn (1)' });
    expect(
      within(upcoming).getByText('Giấy phép 1/2023/GPBX-QLCN hết hạn ngày 23/12/2026'),
    ).toBeInTheDocument();
    expect(within(upcoming).getByText('Hết hạn ngày 23/12/2026 · còn 30 ngày')).toBeInTheDocument();
    expect(
      within(upcoming).getByText(
        /Đã quá thời hạn nộp hồ sơ gia hạn \(ngày 08\/11\/2026\): cơ sở phải đề nghị cấp giấy phép mới/,
      ),
    ).toBeInTheDocument();
    expect(
      within(upcoming).getByText(/Đã gửi thư nhắc tới antoan\.bucxa@bvhongphuc\.vn/),
    ).toBeInTheDocument();
    const link = within(upcoming).getByRole('link', { name: 'Bệnh viện Đa khoa Hồng Phúc' });
    expect(link).toHaveAttribute('href', expect.stringMatching(/^\/cap-phep\/co-so\//));
  });

  it('says so when nothing is due, and offers a retry when the list cannot be loaded', async () => {
    let fail = true;
    server.use(
      trpcOverride('licensing.reminders.list', 'query', () => {
        if (fail) throw new MockTrpcError('INTERNAL', 'Máy chủ đang bận, vui lòng thử lại.');
        return { today: TODAY, items: [] };
      }),
    );
    const user = userEvent.setup();
    renderApp('/cap-phep');
    const card = await screen.findByRole('region', { name: 'Sắp đến hạn / Quá hạn' });
    expect(await within(card).findByText('Không tải được việc sắp đến hạn')).toBeInTheDocument();
    fail = false;
    await user.click(within(card).getByRole('button', { name: 'Thử lại' }));
    expect(await within(card).findByText('Không có việc sắp đến hạn hay quá hạn')).toBeInTheDocument();
    expect(within(card).getByText(/Tính đến ngày 23\/11\/2026/)).toBeInTheDocument();
  });

  it('the facility page asks for that facility’s reminders only and shows them without the facility link', async () => {
    const inputs: unknown[] = [];
    server.use(
      trpcOverride('licensing.holders.get', 'query', () => hospital),
      trpcOverride('licensing.reminders.list', 'query', (input) => {
        inputs.push(input);
        return {
          today: TODAY,
          items: [
            {
              key: 'licence_expiring:l-1:90',
              kind: 'licence_expiring',
              kindLabel: 'Giấy phép sắp hết hạn',
              urgency: 'upcoming',
              holderId: HOLDER_ID,
              holderName: hospital.holder.name,
              subjectId: 'l-1',
              threshold: '90',
              dueOn: '2026-11-20',
              deadline: '2027-02-18',
              daysLeft: 87,
              title: 'Giấy phép 1/2024/GPBX-QLCN hết hạn ngày 18/02/2027',
              message:
                'Giấy phép số 1/2024/GPBX-QLCN hết hạn ngày 18/02/2027 (còn 87 ngày). Hồ sơ gia hạn phải nộp chậm nhất ngày 04/01/2027.',
              source: { document: 'Thực tiễn của Sở KH&CN (không có văn bản quy định)', confidence: 'L' },
              notice: { status: 'no_address', recipient: null, sentAt: null },
            },
          ],
        };
      }),
    );
    renderApp(`/cap-phep/co-so/${HOLDER_ID}`);
    const card = await screen.findByRole('region', { name: 'Sắp đến hạn / Quá hạn' });
    expect(
      await within(card).findByText(/Hồ sơ gia hạn phải nộp chậm nhất ngày 04\/01\/2027/),
    ).toBeInTheDocument();
    expect(within(card).getByText(/Cơ sở chưa có địa chỉ thư điện tử/)).toBeInTheDocument();
    expect(within(card).getByText(/mốc do Sở quy định, có thể điều chỉnh/)).toBeInTheDocument();
    expect(within(card).queryByRole('link', { name: hospital.holder.name })).not.toBeInTheDocument();
    expect(inputs).toEqual([{ holderId: HOLDER_ID }]);
  });

  it('an applicant’s licensing home shows no staff card', async () => {
    server.state.user = findDemoUser('bv.hongphuc') ?? null;
    renderApp('/cap-phep');
    await screen.findByRole('heading', { level: 1 });
    await waitFor(() => expect(screen.getByText(/thủ tục đang áp dụng\./)).toBeInTheDocument());
    expect(screen.queryByRole('region', { name: 'Sắp đến hạn / Quá hạn' })).not.toBeInTheDocument();
  });
});
