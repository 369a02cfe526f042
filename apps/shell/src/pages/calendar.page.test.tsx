import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, findDemoUser } from '@skhcn/mocks/node';
import { renderApp } from '../test/render-app';

const server = createMockServer({ signedInAs: 'quantri', today: '2026-11-23' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.user = findDemoUser('quantri') ?? null;
});
afterAll(() => server.close());

const daySegment = (label: RegExp) =>
  must(within(screen.getByRole('group', { name: label })).getAllByRole('spinbutton')[0], 'day segment');

describe('the working-day calendar', () => {
  it('the administrator records 24/11/2027 as a day off: the year lists it, with the record', async () => {
    const user = userEvent.setup();
    renderApp('/lich-lam-viec');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lịch làm việc' })).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Năm'), '2027');
    const daysOff = await screen.findByRole('table', { name: 'Ngày nghỉ năm 2027' });
    expect(daysOff).not.toHaveTextContent('24/11/2027');
    expect(screen.getByText(/Lịch năm 2027 được tính theo quy tắc/)).toBeInTheDocument();

    // the form explains what is missing before anything is sent
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(
      await screen.findByText('Ghi số hiệu văn bản thông báo (ví dụ "Thông báo 6150/TB-LĐTBXH").', {
        selector: 'a',
      }),
    ).toBeInTheDocument();
    expect(server.state.calls.some((c) => c.path === 'calendar.announce')).toBe(false);

    await user.click(daySegment(/^Ngày(?! ban hành)/));
    await user.keyboard('24112027');
    await user.type(screen.getByLabelText(/Tên ngày/), 'Ngày Văn hóa Việt Nam (24/11)');
    await user.type(screen.getByLabelText(/Văn bản thông báo/), 'Thông báo 100/TB-BNV');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));

    expect(
      await screen.findByText('Đã ghi nhận 24/11/2027: Ngày Văn hóa Việt Nam (24/11).'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('table', { name: 'Ngày nghỉ năm 2027' })).toHaveTextContent(
        /Thứ Tư, 24\/11\/2027.*Ngày Văn hóa Việt Nam \(24\/11\).*Thông báo 100\/TB-BNV/,
      ),
    );
    expect(screen.getByRole('table', { name: /Thông báo năm 2027/ })).toHaveTextContent('Hoàng Quốc Việt');
    expect(server.state.calls.find((c) => c.path === 'calendar.announce')?.input).toMatchObject({
      date: '2027-11-24',
      kind: 'day_off',
    });
  }, 90_000);

  it('says why a record that changes nothing is refused', async () => {
    const user = userEvent.setup();
    renderApp('/lich-lam-viec');
    await screen.findByRole('heading', { level: 1, name: 'Lịch làm việc' });
    await user.click(daySegment(/^Ngày(?! ban hành)/));
    await user.keyboard('28112027'); // a Sunday
    await user.type(screen.getByLabelText(/Tên ngày/), 'Chủ nhật');
    await user.type(screen.getByLabelText(/Văn bản thông báo/), 'Thông báo thử');
    await user.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Ngày này đã là ngày nghỉ trong lịch.');
  }, 90_000);

  it('shows staff the calendar without the form', async () => {
    server.state.user = findDemoUser('lanhdao') ?? null;
    renderApp('/lich-lam-viec');
    await screen.findByRole('table', { name: /Ngày nghỉ năm \d{4}/ });
    expect(screen.queryByRole('button', { name: 'Ghi nhận' })).not.toBeInTheDocument();
  });
});
