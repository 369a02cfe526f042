import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_CLOSED_CYCLE } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('results', () => {
  it('ranks the units on the index with three decimals and draws the selected unit’s radar with its table', async () => {
    const user = userEvent.setup();
    renderApp(`/chu-ky/${DTI_MOCK_CLOSED_CYCLE}/ket-qua`);
    const table = await screen.findByRole('table', { name: 'Xếp hạng theo chỉ số chuyển đổi số' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(6);
    const ranks = rows.map((r) =>
      Number(must(within(r).getAllByRole('cell')[0], 'within(r).getAllByRole("cell")[0]').textContent),
    );
    expect(ranks[0]).toBe(1);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(within(must(rows[0], 'rows[0]')).getAllByRole('cell')[2]).toHaveTextContent(/^0,\d{3}$/);
    expect(screen.getByText(/Lấy điểm trung bình của các đơn vị cùng nhóm/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tải Excel số liệu và điểm (.xlsx)' })).toHaveAttribute(
      'href',
      `/api/dti/cycles/${DTI_MOCK_CLOSED_CYCLE}/export.xlsx`,
    );

    const first = must(
      within(must(rows[0], 'the first row')).getByRole('rowheader').querySelector('a')?.textContent,
      "the first unit's link",
    );
    const radar = await screen.findByRole('img', { name: `Biểu đồ radar các chỉ số của ${first}` });
    expect(radar).toHaveAccessibleDescription(/Mỗi trục là một chỉ số, giá trị từ 0 đến 1/);
    expect(
      screen.getByRole('table', { name: 'Chỉ số theo từng chỉ số chính (thay thế cho biểu đồ)' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: /Các chỉ số thành phần làm mất nhiều điểm nhất/ }),
    ).toBeInTheDocument();

    const last = must(
      within(must(rows.at(-1), 'the last row'))
        .getByRole('rowheader')
        .querySelector('a'),
      "the last unit's link",
    );
    await user.click(last);
    expect(
      await screen.findByRole('img', { name: `Biểu đồ radar các chỉ số của ${last.textContent}` }),
    ).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('don-vi=');
  });

  it('filters the ranking by group and shows the sensitivity to the weights', async () => {
    const user = userEvent.setup();
    renderApp(`/chu-ky/${DTI_MOCK_CLOSED_CYCLE}/ket-qua`);
    const table = await screen.findByRole('table', { name: 'Xếp hạng theo chỉ số chuyển đổi số' });
    await user.selectOptions(screen.getByLabelText('Nhóm'), 'xa');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByText('Tìm thấy 2/6 đơn vị.')).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Khoảng thứ hạng của từng đơn vị khi trọng số thay đổi' }),
    ).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Mức thay đổi trọng số'), '0.5');
    await waitFor(() =>
      expect(
        server.state.calls.filter((c) => c.path === 'dti.results.sensitivity').at(-1)?.input,
      ).toMatchObject({ delta: 0.5 }),
    );
  });
});
