import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

// Public pages: nobody is signed in.
const server = createMockServer({ today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
});
afterAll(() => server.close());

const lastSearch = () =>
  server.state.calls.filter((c) => c.path === 'conformity.registry.search').at(-1)?.input as Record<
    string,
    unknown
  >;

describe('public registry', () => {
  it('finds "Hải Phòng" when the visitor types "hai phong", with the status of each entry in words', async () => {
    const user = userEvent.setup();
    renderApp('/tra-cuu/cong-bo');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tra cứu bản công bố hợp chuẩn, hợp quy' }),
    ).toBeInTheDocument();
    await screen.findAllByRole('article');
    await user.type(screen.getByLabelText('Từ khóa'), 'hai phong');
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    await waitFor(() => expect(lastSearch()).toMatchObject({ q: 'hai phong', page: 1 }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    const entry = screen.getByRole('article');
    expect(entry).toHaveTextContent('Công ty Cổ phần Thép Hải Phòng');
    expect(within(entry).getByText('Hết hiệu lực')).toHaveClass('skh-badge');
    expect(screen.getByTestId('location')).toHaveTextContent('/tra-cuu/cong-bo?q=hai+phong');
  });

  it('filters by status: revoked entries stay visible as such', async () => {
    const user = userEvent.setup();
    renderApp('/tra-cuu/cong-bo');
    await screen.findAllByRole('article');
    await user.selectOptions(screen.getByLabelText('Hiệu lực'), 'revoked');
    await waitFor(() => expect(lastSearch()).toMatchObject({ status: 'revoked' }));
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(1));
    expect(screen.getByRole('article')).toHaveTextContent('Đã bị thu hồi');
    expect(screen.getByRole('article')).toHaveTextContent('Ấm đun nước siêu tốc');
  });

  it('opens the verification page of a notice, with its history and PDF', async () => {
    const number = '25/2025/TBTNHS-CCTĐC';
    renderApp(`/tra-cuu/thong-bao/${encodeURIComponent(number)}`);
    expect(
      await screen.findByRole('heading', { level: 1, name: `Thông báo tiếp nhận số ${number}` }),
    ).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'conformity.registry.entry')?.input).toEqual({
      noticeNumber: number,
    });
    expect(screen.getByText('Đã bị thu hồi', { selector: '.skh-badge' })).toBeInTheDocument();
    const history = screen.getByRole('region', { name: 'Lịch sử hiệu lực' });
    expect(within(history).getAllByRole('listitem')).toHaveLength(2);
    expect(history).toHaveTextContent('Kết quả hậu kiểm: sản phẩm không phù hợp QCVN 4:2009/BKHCN.');
    expect(screen.getByRole('link', { name: 'Tải thông báo tiếp nhận (PDF)' })).toHaveAttribute(
      'href',
      `/api/public/notices/${encodeURIComponent(number)}.pdf`,
    );
  });

  it('says plainly when a notice number is not in the registry', async () => {
    renderApp(`/tra-cuu/thong-bao/${encodeURIComponent('999/2026/TBTNHS-CCTĐC')}`);
    expect(await screen.findByText('Không tìm thấy thông báo số 999/2026/TBTNHS-CCTĐC')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tra cứu bản công bố khác' })).toBeInTheDocument();
  });
});
