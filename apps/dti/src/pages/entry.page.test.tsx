import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, DTI_MOCK_OPEN_CYCLE } from '@skhcn/mocks/node';
import { pdfFile, renderApp, TODAY } from '../test/render-app';
import { must } from '@skhcn/domain';

const server = createMockServer({ signedInAs: 'xa.hongbang', today: TODAY });
beforeAll(() => {
  // the server sets this readable cookie at sign-in; uploads echo it in x-csrf-token
  document.cookie = 'skhcn_csrf=csrf-123; path=/';
  server.listen({ onUnhandledRequest: 'error' });
});
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
});
afterAll(() => server.close());

const PATH = `/chu-ky/${DTI_MOCK_OPEN_CYCLE}/don-vi/phuong-hong-bang`;
const article = (id: string) =>
  screen.getByRole('article', { name: new RegExp(`^${id.replace('.', '\\.')}\\. `) });

describe('the unit’s entry form', () => {
  it('shows the reviewer’s comment on a returned item and filters the list by status', async () => {
    const user = userEvent.setup();
    renderApp(PATH);
    expect(
      await screen.findByRole('heading', { name: 'Nhập số liệu: Phường Hồng Bàng' }),
    ).toBeInTheDocument();
    const returned = article('2.1');
    expect(within(returned).getByText('Bị trả lại')).toBeInTheDocument();
    expect(
      within(returned).getByText(/Chưa có quyết định phân công cán bộ chuyên trách/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bị trả lại (1)' }));
    expect(screen.getAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Bị trả lại (1)' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains a missing value, saves a ratio with its evidence and file, then submits the saved items', async () => {
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByRole('heading', { name: 'Nhập số liệu: Phường Hồng Bàng' });
    const row = article('1.2');
    await user.click(within(row).getByRole('button', { name: /^Nhập số liệu/ }));
    await user.click(within(row).getByRole('button', { name: /^Lưu nháp/ }));
    const summary = await within(row).findByRole('alert');
    expect(summary).toHaveTextContent('Nhập tử số và mẫu số bằng số.');
    expect(server.state.calls.some((c) => c.path === 'dti.inputs.save')).toBe(false);

    await user.type(within(row).getByLabelText('Giá trị chỉ số 1.2: tử số'), '45');
    await user.type(within(row).getByLabelText('Giá trị chỉ số 1.2: mẫu số'), '60');
    await user.click(within(row).getByRole('button', { name: 'Thêm minh chứng' }));
    await user.type(within(row).getByLabelText('Số, ký hiệu văn bản'), '32/BC-UBND');
    await user.type(within(row).getByLabelText(/Trích yếu, tên tài liệu/), 'Báo cáo phủ sóng 5G năm 2026');
    await user.upload(within(row).getByLabelText(/Tệp đính kèm/), pdfFile('bao-cao-5g.pdf'));
    expect(await within(row).findByRole('link', { name: 'bao-cao-5g.pdf' })).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: /^Lưu nháp/ }));
    expect(await screen.findByText('Đã lưu nháp chỉ số 1.2: 7,5 điểm tự đánh giá.')).toBeInTheDocument();
    const save = must(
      server.state.calls.find((c) => c.path === 'dti.inputs.save'),
      'a dti.inputs.save call',
    ).input as Record<string, unknown>;
    expect(save).toMatchObject({
      componentId: '1.2',
      expectedVersion: 0,
      value: { numerator: 45, denominator: 60 },
      evidence: [{ documentNumber: '32/BC-UBND', title: 'Báo cáo phủ sóng 5G năm 2026' }],
    });
    // the evidence cites the file just uploaded
    const [cited] = save.evidence as { fileId?: string }[];
    expect(server.state.store.uploads.has(must(cited?.fileId, 'the cited file'))).toBe(true);
    await waitFor(() => expect(within(article('1.2')).getByText('Bản nháp')).toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Gửi thẩm định 3 mục đã lưu' }));
    expect(await screen.findByText('Đã gửi 3 mục để thẩm định.')).toBeInTheDocument();
    const submit = must(
      server.state.calls.find((c) => c.path === 'dti.inputs.submit'),
      'a dti.inputs.submit call',
    ).input as {
      items: { componentId: string }[];
    };
    expect(submit.items.map((i) => i.componentId).sort()).toEqual(['1.2', '1.4', '2.1']);
    await waitFor(() => expect(within(article('2.1')).getByText('Chờ thẩm định')).toBeInTheDocument());
  });

  it('shows the server’s refusal in Vietnamese', async () => {
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByRole('heading', { name: 'Nhập số liệu: Phường Hồng Bàng' });
    const row = article('1.3');
    await user.click(within(row).getByRole('button', { name: /^Nhập số liệu/ }));
    await user.type(within(row).getByLabelText('Giá trị chỉ số 1.3: tử số'), '5');
    await user.type(within(row).getByLabelText('Giá trị chỉ số 1.3: mẫu số'), '10');
    // the deadline passed meanwhile
    must(server.state.dti.cycles[0], 'server.state.dti.cycles[0]').row.deadline = '2026-11-01';
    await user.click(within(row).getByRole('button', { name: /^Lưu nháp/ }));
    expect(await within(row).findByText(/Đã quá hạn nhập số liệu \(hạn 01\/11\/2026\)/)).toBeInTheDocument();
  });
});
