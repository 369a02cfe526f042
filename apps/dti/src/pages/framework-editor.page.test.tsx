import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

const server = createMockServer({ signedInAs: 'canbo.cds', today: TODAY, dti: { openCycle: false } });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

describe('the framework editor', () => {
  it('says the QĐ 922 structure still needs its component rows', async () => {
    renderApp('/bo-chi-so/tinh-2022-qd922');
    expect(
      await screen.findByText(
        /Chỉ số “1 Nhận thức số” chưa có chỉ số thành phần \(theo văn bản: 10 chỉ số thành phần, 100 điểm\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Quyết định 922\/QĐ-BTTTT ngày 20\/5\/2022/)).toBeInTheDocument();
  });

  it('refuses edits of a locked framework and copies it into the next year', async () => {
    const user = userEvent.setup();
    renderApp('/bo-chi-so/xa-mau-2025-tayninh');
    expect(await screen.findByText('Bộ chỉ số đã khóa')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu bộ chỉ số' })).not.toBeInTheDocument();
    await user.type(screen.getByLabelText(/Mã bộ chỉ số mới/), 'xa-2027');
    await user.type(screen.getByLabelText('Năm đánh giá'), '2027');
    await user.click(screen.getByRole('button', { name: 'Sao chép' }));
    expect(await screen.findByRole('button', { name: 'Lưu bộ chỉ số' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/bo-chi-so/xa-2027');
  });

  it('checks the rows with the exchange format’s rules before saving, then saves with the version', async () => {
    const user = userEvent.setup();
    renderApp('/bo-chi-so/xa-2026');
    await screen.findByRole('button', { name: 'Lưu bộ chỉ số' });
    const max = screen.getByLabelText('Điểm tối đa 1.1');
    await user.clear(max);
    await user.type(max, 'mười');
    const id = screen.getByLabelText('Mã chỉ số thành phần 1.2');
    await user.clear(id);
    await user.type(id, '1.3');
    await user.click(screen.getByRole('button', { name: 'Lưu bộ chỉ số' }));
    expect(
      await screen.findByRole('link', { name: 'Chỉ số thành phần “1.1”: điểm tối đa phải là một số.' }),
    ).toHaveAttribute('href', expect.stringMatching(/-max$/));
    expect(server.state.calls.some((c) => c.path === 'dti.frameworks.save')).toBe(false);
    await user.clear(max);
    await user.type(max, '12,5');
    await user.click(screen.getByRole('button', { name: 'Lưu bộ chỉ số' }));
    expect(await screen.findByRole('link', { name: 'Mã chỉ số thành phần “1.3” bị trùng.' })).toHaveAttribute(
      'href',
      expect.stringMatching(/-id$/),
    );
    // the second row (was 1.2) back to 1.2
    const second = must(
      screen.getAllByLabelText(/^Mã chỉ số thành phần/)[1],
      'screen.getAllByLabelText(/^Mã chỉ số thành phần/)[1]',
    );
    await user.clear(second);
    await user.type(second, '1.2');
    await user.click(screen.getByRole('button', { name: 'Lưu bộ chỉ số' }));
    expect(
      await screen.findByText(/Đã lưu bộ chỉ số \(phiên bản 2, 62 chỉ số thành phần\)/),
    ).toBeInTheDocument();
    const saved = server.state.calls.find((c) => c.path === 'dti.frameworks.save')?.input as {
      expectedVersion: number;
      framework: { pillars: { indicators: { components: { id: string; max: number }[] }[] }[] };
    };
    expect(saved.expectedVersion).toBe(1);
    expect(saved.framework.pillars[0]?.indicators[0]?.components[0]).toMatchObject({ id: '1.1', max: 12.5 });
  }, 180_000);
});
