import { screen } from '@testing-library/react';
import React from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, createMockStore } from '@skhcn/mocks/node';
import { renderApp, TODAY } from './test/render-app';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.store = createMockStore(TODAY);
});
afterAll(() => server.close());

describe('the TĐC app on the shared one-stop screens', () => {
  it('shows the declaration and its notice on the dossier page (the field’s record panel)', async () => {
    const d = server.state.store.dossiers.find((x) => x.noticeNumber === '12/2026/TBTNHS-CCTĐC');
    if (!d) throw new Error('no dossier with a notice');
    renderApp(`/tdc/ho-so/${d.id}`);
    const declaration = await screen.findByRole('region', { name: 'Nội dung công bố' });
    expect(declaration).toHaveTextContent('Công ty Cổ phần Nhựa Tiền Phong Đông Hải');
    expect(declaration).toHaveTextContent('Ống nhựa uPVC dùng cho cấp nước');
    expect(declaration).toHaveTextContent('QCVN 16:2023/BXD');
    expect(declaration).toHaveTextContent('Kết quả tự đánh giá của tổ chức, cá nhân');
    const notice = screen.getByRole('region', { name: 'Thông báo tiếp nhận' });
    expect(notice).toHaveTextContent('12/2026/TBTNHS-CCTĐC');
    expect(screen.getByRole('link', { name: 'Trang xác minh công khai' })).toHaveAttribute(
      'href',
      `/tra-cuu/thong-bao/${encodeURIComponent('12/2026/TBTNHS-CCTĐC')}`,
    );
  });

  it("reports whether it runs on the host page's React", async () => {
    window.__SKHCN_REACT__ = undefined;
    const first = renderApp('/tdc');
    expect(screen.getByTestId('remote-root')).toHaveAttribute('data-same-react', 'false');
    first.unmount();
    window.__SKHCN_REACT__ = React;
    renderApp('/tdc');
    expect(screen.getByTestId('remote-root')).toHaveAttribute('data-same-react', 'true');
    await screen.findAllByRole('article');
  });
});
