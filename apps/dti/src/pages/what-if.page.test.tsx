import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_CLOSED_CYCLE } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the what-if view', () => {
  it('moves the chosen unit with a changed input and a weight, without saving anything', async () => {
    const user = userEvent.setup();
    renderApp(`/chu-ky/${DTI_MOCK_CLOSED_CYCLE}/gia-dinh`);
    await screen.findByRole('heading', { name: 'Phân tích giả định' });
    const unit = screen.getByLabelText('Đơn vị xem xét');
    const options = within(unit).getAllByRole('option');
    await user.selectOptions(unit, must(options.at(-1), 'options.at(-1)'));
    await user.click(await screen.findByRole('button', { name: 'Thêm thay đổi số liệu' }));
    await user.selectOptions(screen.getByLabelText('Chỉ số thành phần'), '1.4');
    await user.click(screen.getByRole('radio', { name: 'Có' }));
    await user.type(screen.getByLabelText(/^Hạ tầng và Nền tảng số/), '3');
    await user.click(screen.getByRole('button', { name: 'Tính kết quả giả định' }));
    const table = await screen.findByRole('table', { name: /Điểm, chỉ số và hạng trước và sau giả định/ });
    expect(within(table).getAllByRole('row')).toHaveLength(7);
    const call = must(
      server.state.calls.find((c) => c.path === 'dti.results.whatIf'),
      'a dti.results.whatIf call',
    ).input as Record<string, unknown>;
    expect(call).toMatchObject({
      changes: [{ componentId: '1.4', value: 'yes' }],
      weights: { '1': 3 },
    });
    expect(screen.getByText(/: hạng \d+ → \d+, chỉ số 0,\d{3} → 0,\d{3}\./)).toBeInTheDocument();
    // nothing saved: no mutation was called
    expect(
      server.state.calls.filter(
        (c) => c.path.startsWith('dti.inputs.save') || c.path.startsWith('dti.review'),
      ),
    ).toEqual([]);
  });
});
