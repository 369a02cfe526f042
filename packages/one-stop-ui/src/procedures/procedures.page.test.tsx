import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { must, proceduresByKhoan } from '@skhcn/domain';
import {
  createMockServer,
  findDemoUser,
  listProcedures,
  MockTrpcError,
  trpcOverride,
} from '@skhcn/mocks/node';
import { renderField, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const renderApp = () => renderField('/tdc');

describe('a field’s procedures page', () => {
  it('lists the khoản 11 procedures in force with time limit, regime, dates, legal basis and outcome', async () => {
    renderApp();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'Tiêu chuẩn, đo lường, chất lượng',
    );

    const expected = proceduresByKhoan(11, TODAY);
    expect(expected.length).toBeGreaterThan(0);
    const articles = await screen.findAllByRole('article');
    expect(articles).toHaveLength(expected.length);

    const hopQuy = must(
      articles.find((a) => within(a).queryByRole('heading', { name: /công bố hợp quy/ })),
      'the hợp quy card',
    );
    expect(hopQuy).toBeDefined();
    // since 01/07/2026 the risk-based regime of Nghị định 37/2026 applies
    expect(hopQuy).toHaveTextContent('5 ngày làm việc');
    expect(hopQuy).toHaveTextContent('NĐ 37/2026');
    expect(hopQuy).toHaveTextContent('Từ 01/07/2026');
    expect(hopQuy).toHaveTextContent('Nghị định 37/2026/NĐ-CP, Điều 66 khoản 2');
    expect(hopQuy).toHaveTextContent('Phiếu tiếp nhận bản công bố hợp quy');
  });

  it('shows the regime of the day: before 01/07/2026 the group-2 regime of TT 28/2012', async () => {
    server.use(trpcOverride('procedures.list', 'query', () => listProcedures({ khoan: 11 }, '2026-01-15')));
    renderApp();
    const articles = await screen.findAllByRole('article');
    const hopQuy = must(
      articles.find((a) => within(a).queryByRole('heading', { name: /hợp quy/ })),
      'the hợp quy card',
    );
    expect(hopQuy).toHaveTextContent('TT 28/2012 (nhóm 2)');
    expect(hopQuy).not.toHaveTextContent('NĐ 37/2026');
  });

  it('shows an empty state when the field has no procedures', async () => {
    server.use(trpcOverride('procedures.list', 'query', () => []));
    renderApp();
    expect(await screen.findByText('Chưa có thủ tục nào đang áp dụng')).toBeInTheDocument();
  });

  it('shows the error with a retry that works', async () => {
    let failures = 1;
    server.use(
      trpcOverride('procedures.list', 'query', () => {
        if (failures-- > 0) throw new MockTrpcError('INTERNAL');
        return listProcedures({ khoan: 11 }, TODAY);
      }),
    );
    const user = userEvent.setup();
    renderApp();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được danh sách thủ tục');
    expect(alert).toHaveTextContent('Hệ thống gặp lỗi ngoài dự kiến. Vui lòng thử lại.');
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findAllByRole('article')).toHaveLength(proceduresByKhoan(11, TODAY).length);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('links each procedure to its versions, and the applicant to the online form for it', async () => {
    server.state.user = findDemoUser('dn.thephaiphong') ?? null;
    try {
      renderApp();
      const articles = await screen.findAllByRole('article');
      const first = articles[0];
      if (!first) throw new Error('no procedure shown');
      const title = within(first).getByRole('heading');
      expect(within(title).getByRole('link')).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/tdc\/thu-tuc\/tdc\./),
      );
      expect(within(first).getByRole('link', { name: /Nộp hồ sơ trực tuyến/ })).toHaveAttribute(
        'href',
        expect.stringMatching(/^\/tdc\/nop-ho-so\?thu-tuc=tdc\./),
      );
    } finally {
      server.state.user = findDemoUser('canbo.tdc') ?? null;
    }
  });
});
