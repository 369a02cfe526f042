import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.khoahoc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
});
afterAll(() => server.close());

const lastTasksInput = () =>
  server.state.calls.filter((c) => c.path === 'science.tasks').at(-1)?.input as Record<string, unknown>;

describe('the office’s pipeline board', () => {
  it('counts tasks per stage, flags the overdue report and lists tasks with Vietnamese amounts and dates', async () => {
    renderApp('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bảng theo dõi nhiệm vụ khoa học và công nghệ' }),
    ).toBeInTheDocument();
    const board = await screen.findByRole('list', { name: 'Số nhiệm vụ theo giai đoạn' });
    expect(within(board).getByRole('button', { name: /^4 Tất cả giai đoạn/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(within(board).getByRole('button', { name: /^1 Đang thực hiện/ })).toBeInTheDocument();
    const overdue = screen.getByRole('region', { name: /Báo cáo định kỳ quá hạn \(1\)/ });
    expect(overdue).toHaveTextContent('NV-2026-002 — Báo cáo định kỳ đợt 2, hạn 06/11/2026');
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('2.520.000.000');
    expect(table).toHaveTextContent('1 báo cáo quá hạn');
    expect(screen.getByText('Tìm thấy 4 nhiệm vụ.')).toHaveAttribute('role', 'status');
  });

  it('filters by stage, field, overdue and search, sorts, and keeps the view in the URL', async () => {
    const user = userEvent.setup();
    renderApp('/');
    const board = await screen.findByRole('list', { name: 'Số nhiệm vụ theo giai đoạn' });
    await user.click(within(board).getByRole('button', { name: /Đang thực hiện/ }));
    await waitFor(() => expect(lastTasksInput()).toMatchObject({ stages: ['in_progress'] }));
    expect(screen.getByTestId('location')).toHaveTextContent('giai-doan=in_progress');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));

    await user.click(within(board).getByRole('button', { name: /Tất cả giai đoạn/ }));
    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), 'medical');
    await waitFor(() => expect(lastTasksInput()).toMatchObject({ field: 'medical' }));
    await user.click(screen.getByLabelText('Chỉ nhiệm vụ có báo cáo quá hạn'));
    await waitFor(() => expect(lastTasksInput()).toMatchObject({ field: 'medical', overdue: true }));
    expect(await screen.findByText('Không có nhiệm vụ nào phù hợp')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Lĩnh vực'), '');
    await user.click(screen.getByLabelText('Chỉ nhiệm vụ có báo cáo quá hạn'));
    await user.type(screen.getByLabelText('Tìm theo mã, tên nhiệm vụ hoặc tổ chức'), 'ngap ung{Enter}');
    await waitFor(() => expect(lastTasksInput()).toMatchObject({ q: 'ngap ung' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: /Mã nhiệm vụ/ }));
    await waitFor(() => expect(lastTasksInput()).toMatchObject({ sort: 'code' }));
    expect(screen.getByRole('columnheader', { name: /Mã nhiệm vụ/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
  });

  it('says what went wrong and offers to retry when the list does not load', async () => {
    server.use(
      trpcOverride('science.tasks', 'query', () => {
        throw new MockTrpcError('INTERNAL');
      }),
    );
    renderApp('/');
    expect(await screen.findByText('Không tải được danh sách nhiệm vụ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeInTheDocument();
  });
});
