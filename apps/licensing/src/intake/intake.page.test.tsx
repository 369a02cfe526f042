import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, trpcOverride } from '@skhcn/mocks/node';
import { feeOf, HOLDER_ID, hospital } from '../test/licensing-fixtures';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'bv.hongphuc', today: TODAY });
const feeCalls: unknown[] = [];

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  feeCalls.length = 0;
});
afterAll(() => server.close());

function licensingHandlers() {
  server.use(
    trpcOverride('licensing.holders.list', 'query', () => ({
      items: [hospital.holder],
      total: 1,
      page: 1,
      pageSize: 5,
    })),
    trpcOverride('licensing.holders.get', 'query', (input) => {
      expect(input).toEqual({ holderId: HOLDER_ID });
      return hospital;
    }),
    trpcOverride('licensing.fee', 'query', (input) => {
      feeCalls.push(input);
      return feeOf(input, TODAY);
    }),
  );
}

describe('online licence application', () => {
  it('lists the hospital’s declared devices and shows the computed fee before submitting', async () => {
    licensingHandlers();
    const user = userEvent.setup();
    renderApp('/cap-phep/nop-ho-so?thu-tuc=buc-xa.cap-giay-phep');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' }),
    ).toBeInTheDocument();
    // the applicant's own organisation, tax code read-only
    expect(screen.getByLabelText(/Mã số thuế/)).toHaveValue('0201456787');
    const fee = screen.getByRole('region', { name: 'Phí thẩm định' });
    expect(within(fee).getByText('Chọn thiết bị để xem phí thẩm định phải nộp.')).toBeInTheDocument();

    await user.click(await screen.findByRole('checkbox', { name: /SH-2025-0412/ }));
    await user.click(screen.getByRole('checkbox', { name: /SI-108877/ }));

    // two devices: 95% of 3.000.000 đ and 8.000.000 đ
    await waitFor(() => expect(within(fee).getByTestId('fee-total')).toHaveTextContent('10.450.000'));
    expect(within(fee).getAllByRole('cell', { name: '95%' })).toHaveLength(2);
    expect(feeCalls.at(-1)).toEqual({ kind: 'new', devices: [{ type: 'tong-hop' }, { type: 'ct' }] });
  });

  it('a device type without a rate shows why instead of an amount', async () => {
    licensingHandlers();
    server.use(
      trpcOverride('licensing.holders.get', 'query', () => ({
        ...hospital,
        devices: [
          { ...hospital.devices[0], id: 'd-9', type: 'spect-ct', typeLabel: 'SPECT/CT', serial: 'SP-1' },
        ],
      })),
    );
    const user = userEvent.setup();
    renderApp('/cap-phep/nop-ho-so?thu-tuc=buc-xa.cap-giay-phep');
    await user.click(await screen.findByRole('checkbox', { name: /SP-1/ }));
    const alert = await screen.findByText(/Chưa có mức phí thẩm định cho loại thiết bị: SPECT\/CT/);
    expect(alert).toBeInTheDocument();
    expect(screen.queryByTestId('fee-total')).not.toBeInTheDocument();
  });

  it('explains what is missing and sends nothing', async () => {
    licensingHandlers();
    const user = userEvent.setup();
    renderApp('/cap-phep/nop-ho-so?thu-tuc=buc-xa.khai-bao');
    await user.click(await screen.findByRole('button', { name: 'Nộp hồ sơ' }));
    const summary = must(
      (await screen.findByText('Chưa thể gửi: vui lòng sửa các mục sau')).closest<HTMLElement>(
        '[role="alert"]',
      ),
      'the error summary',
    );
    expect(within(summary).getByText('Vui lòng nhập ngày phát sinh sự việc.')).toBeInTheDocument();
    expect(within(summary).getByText('Thiết bị 1: vui lòng chọn loại thiết bị.')).toBeInTheDocument();
    expect(within(summary).getByText('Vui lòng nhập địa chỉ.')).toBeInTheDocument();
  });
});
