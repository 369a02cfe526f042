import { screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, SCIENCE_IDS } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'cg.nguyenha', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the council page', () => {
  it('shows the secretary who declared and who submitted, and never a score before scoring closes', async () => {
    server.state.science.council.declarations.push({
      memberUserId: 'u-cg-hoangminh',
      applicationId: SCIENCE_IDS.appInstitute,
      conflicted: false,
      note: null,
    });
    server.state.science.council.declarations.push({
      memberUserId: 'u-cg-vuduc',
      applicationId: SCIENCE_IDS.appInstitute,
      conflicted: true,
      note: 'Công tác tại Viện',
    });
    server.state.science.council.sheets.push({
      memberUserId: 'u-cg-hoangminh',
      applicationId: SCIENCE_IDS.appInstitute,
      scores: { overview: 13, 'content-method': 25, products: 20, capacity: 17, budget: 8 },
      status: 'submitted',
      version: 1,
    });
    renderApp(`/hoi-dong/${SCIENCE_IDS.council}`);
    const progress = await screen.findByRole('region', { name: 'Tiến độ đánh giá' });
    const rows = within(progress).getAllByRole('row');
    expect(rows.find((r) => r.textContent?.includes('Hoàng Văn Minh'))).toHaveTextContent('Đã nộp phiếu');
    expect(rows.find((r) => r.textContent?.includes('Vũ Đức Anh'))).toHaveTextContent(
      'Có xung đột lợi ích (không chấm)',
    );
    expect(progress).toHaveTextContent('Thành viên đã hoàn thành: 0/5 (cần ít nhất 4)');
    expect(progress).not.toHaveTextContent('83');
    expect(screen.queryByRole('region', { name: 'Kết quả của hội đồng' })).not.toBeInTheDocument();
    // only the office closes the scoring
    expect(screen.queryByRole('button', { name: /Kết thúc đánh giá/ })).not.toBeInTheDocument();
  });
});
