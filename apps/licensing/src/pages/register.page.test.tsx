import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { licenceEntry, licenceItem } from '../test/licensing-fixtures';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'lanhdao', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the register', () => {
  it('filters by status in the address and revokes by decision with a reason', async () => {
    const listCalls: unknown[] = [];
    const revokeCalls: unknown[] = [];
    let revoked = false;
    server.use(
      trpcOverride('licensing.register.list', 'query', (input) => {
        listCalls.push(input);
        const item = revoked
          ? { ...licenceItem, status: 'revoked' as const, statusLabel: 'Đã thu hồi' }
          : licenceItem;
        return { items: [item], total: 1, page: 1, pageSize: 10 };
      }),
      trpcOverride('licensing.revoke', 'mutation', (input) => {
        revokeCalls.push(input);
        revoked = true;
        return { ...licenceEntry, status: 'revoked', statusLabel: 'Đã thu hồi' };
      }),
    );
    const user = userEvent.setup();
    renderApp('/cap-phep/so-dang-ky');
    const table = await screen.findByRole('table', { name: 'Văn bản đã cấp' });
    expect(within(table).getByText('Còn hiệu lực')).toBeInTheDocument();
    expect(within(table).getByText('02/03/2029')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Hiệu lực'), 'expiring');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('hieu-luc=expiring'));
    await waitFor(() => expect(listCalls.at(-1)).toMatchObject({ field: 'radiation', status: 'expiring' }));

    await user.click(await screen.findByRole('button', { name: /Thu hồi văn bản số 1\/2026\/GPBX-QLCN/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Số quyết định thu hồi/), '15/QĐ-SKHCN');
    await user.type(within(dialog).getByLabelText(/Lý do thu hồi/), 'Cơ sở ngừng hoạt động');
    await user.click(within(dialog).getByRole('button', { name: 'Thu hồi' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(revokeCalls).toEqual([
      { number: '1/2026/GPBX-QLCN', decision: '15/QĐ-SKHCN', reason: 'Cơ sở ngừng hoạt động' },
    ]);
    expect(await within(await screen.findByRole('table')).findByText('Đã thu hồi')).toBeInTheDocument();
  });

  it('shows the server’s refusal with a way out', async () => {
    server.use(
      trpcOverride('licensing.register.list', 'query', () => {
        throw new MockTrpcError(
          'FORBIDDEN_UNIT',
          'Dữ liệu bưu chính thuộc đơn vị khác; bạn không có quyền truy cập.',
        );
      }),
    );
    renderApp('/cap-phep/so-dang-ky?linh-vuc=postal');
    expect(await screen.findByText(/Dữ liệu bưu chính thuộc đơn vị khác/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Thử lại/ })).toBeInTheDocument();
  });
});

describe('public verification', () => {
  it('opens the entry of the number in the QR code, with its status, devices and history', async () => {
    server.state.user = null;
    server.use(
      trpcOverride('licensing.verify', 'query', (input) => {
        expect(input).toEqual({ number: '1/2026/GPBX-QLCN' });
        return licenceEntry;
      }),
    );
    renderApp('/tra-cuu/giay-phep/1%2F2026%2FGPBX-QLCN');
    const card = await screen.findByRole('region', {
      name: 'Giấy phép tiến hành công việc bức xạ số 1/2026/GPBX-QLCN',
    });
    expect(within(card).getByText('Còn hiệu lực')).toBeInTheDocument();
    expect(within(card).getByText('từ 02/03/2026 đến hết 02/03/2029')).toBeInTheDocument();
    expect(within(card).getByText(/Siemens SOMATOM go.Up, số sê-ri SI-108877/)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: 'Tải văn bản (PDF)' })).toHaveAttribute(
      'href',
      '/api/public/licensing/1%2F2026%2FGPBX-QLCN.pdf',
    );
  });

  it('an unknown number says so', async () => {
    server.state.user = null;
    server.use(
      trpcOverride('licensing.verify', 'query', () => {
        throw new MockTrpcError('NOT_FOUND', 'Không tìm thấy văn bản số “9/2026/X” trong sổ đăng ký.');
      }),
    );
    renderApp('/tra-cuu/giay-phep/9%2F2026%2FX');
    expect(
      await screen.findByText('Không tìm thấy văn bản số “9/2026/X” trong sổ đăng ký.'),
    ).toBeInTheDocument();
  });
});
