import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY, dti: { openCycle: false } });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const json = (value: unknown, name = 'bo-chi-so.json') =>
  new File([JSON.stringify(value)], name, { type: 'application/json' });

describe('frameworks', () => {
  it('lists the shipped frameworks with what each still needs', async () => {
    renderApp('/bo-chi-so');
    const table = await screen.findByRole('table', { name: 'Các bộ chỉ số, năm mới nhất trước' });
    const qd922 = within(table).getByRole('row', { name: /QĐ 922\/QĐ-BTTTT/ });
    expect(qd922).toHaveTextContent('Cần nhập chỉ số thành phần (9 chỉ số)');
    const sample = within(table).getByRole('row', { name: /xa-mau-2025-tayninh/ });
    expect(sample).toHaveTextContent('Bản mẫu');
    expect(sample).toHaveTextContent('Đã khóa');
    expect(sample).toHaveTextContent('62 (0 đã xác minh)');
  });

  it('imports an exchange-format JSON file, explaining its problems first', async () => {
    const user = userEvent.setup();
    renderApp('/bo-chi-so');
    await screen.findByRole('table', { name: 'Các bộ chỉ số, năm mới nhất trước' });
    const framework = {
      id: 'hn-xa-2026',
      year: 2026,
      level: 'commune',
      pillars: [
        {
          id: 'P1',
          name: 'Chính quyền số',
          indicators: [
            {
              id: 'I1',
              name: 'Dịch vụ công trực tuyến',
              components: [
                { id: 'C1', name: 'Tỷ lệ hồ sơ trực tuyến', max: 10, method: { kind: 'target', target: 0 } },
              ],
            },
          ],
        },
      ],
    };
    await user.upload(screen.getByLabelText('Chọn tệp .json'), json(framework));
    expect(await screen.findByText(/Chỉ tiêu phải lớn hơn 0\./)).toBeInTheDocument();
    must(framework.pillars[0]?.indicators[0]?.components[0], 'component C1').method.target = 100;
    await user.upload(screen.getByLabelText('Chọn tệp .json'), json(framework));
    expect(await screen.findByRole('heading', { name: 'hn-xa-2026' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/bo-chi-so/hn-xa-2026');
  });
});
