import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, findDemoUser, trpcOverride } from '@skhcn/mocks/node';
import type { HolderDetail } from '../api-types';
import { hospital, HOLDER_ID } from '../test/licensing-fixtures';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.bucxa', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = findDemoUser('canbo.bucxa') ?? null;
});
afterAll(() => server.close());

const inspected = (resolved: boolean): HolderDetail => ({
  ...hospital,
  inspections: [
    {
      id: 'i-1',
      kind: 'unplanned',
      kindLabel: 'Kiểm tra đột xuất',
      inspectedOn: '2026-10-01',
      team: 'Đoàn kiểm tra Phòng Quản lý công nghệ',
      findings: 'Phòng CT thiếu biển cảnh báo.',
      corrections: [
        {
          id: 'c-1',
          position: 1,
          description: 'Lắp biển cảnh báo bức xạ tại phòng CT',
          deadline: '2026-11-01',
          status: resolved ? 'resolved' : 'overdue',
          statusLabel: resolved ? 'Đã khắc phục' : 'Quá hạn khắc phục',
          resolvedOn: resolved ? '2026-11-20' : null,
          resolutionNote: resolved ? 'Đã lắp biển' : null,
          version: resolved ? 2 : 1,
        },
      ],
    },
  ],
});

describe('inspections on the facility page', () => {
  it('the officer sees an overdue correction and records its follow-up; the list is reloaded', async () => {
    let resolved = false;
    const calls: unknown[] = [];
    server.use(
      trpcOverride('licensing.holders.get', 'query', () => inspected(resolved)),
      trpcOverride('licensing.reminders.list', 'query', () => ({ today: TODAY, items: [] })),
      trpcOverride('licensing.inspections.resolveCorrection', 'mutation', (input) => {
        calls.push(input);
        resolved = true;
        return must(inspected(true).inspections[0]?.corrections[0], 'correction');
      }),
    );
    const user = userEvent.setup();
    renderApp(`/cap-phep/co-so/${HOLDER_ID}`);
    const record = await screen.findByRole('article', { name: 'Kiểm tra đột xuất ngày 01/10/2026' });
    const table = within(record).getByRole('table', { name: 'Yêu cầu khắc phục (1)' });
    expect(within(table).getByText('Quá hạn khắc phục')).toBeInTheDocument();
    expect(within(table).getByText('01/11/2026')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'Ghi nhận đã khắc phục yêu cầu 1' }));
    const dialog = await screen.findByRole('dialog');
    const date = within(dialog).getByRole('group', { name: /Ngày khắc phục/ });
    await user.click(must(within(date).getAllByRole('spinbutton')[0], 'day segment'));
    await user.keyboard('20112026');
    await user.type(within(dialog).getByLabelText(/Kết quả khắc phục/), 'Đã lắp biển');
    await user.click(within(dialog).getByRole('button', { name: 'Ghi nhận' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls).toEqual([
      { correctionId: 'c-1', expectedVersion: 1, resolvedOn: '2026-11-20', note: 'Đã lắp biển' },
    ]);
    expect(await within(table).findByText('Đã khắc phục')).toBeInTheDocument();
    expect(within(table).getByText('20/11/2026: Đã lắp biển')).toBeInTheDocument();
  });

  it('the facility itself sees its inspections without the officer’s buttons', async () => {
    server.state.user = findDemoUser('bv.hongphuc') ?? null;
    server.use(
      trpcOverride('licensing.holders.get', 'query', () => inspected(false)),
      trpcOverride('licensing.reminders.list', 'query', () => ({ today: TODAY, items: [] })),
    );
    renderApp(`/cap-phep/co-so/${HOLDER_ID}`);
    const record = await screen.findByRole('article', { name: 'Kiểm tra đột xuất ngày 01/10/2026' });
    expect(within(record).getByText('Chưa khắc phục')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Ghi nhận/ })).not.toBeInTheDocument();
  });
});
