import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, createMockStore } from '@skhcn/mocks/node';
import { pdfFile, renderField, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: 'dn.thephaiphong', today: TODAY });
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  document.cookie = 'skhcn_csrf=csrf-123; path=/';
});
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.store = createMockStore(TODAY);
});
afterAll(() => server.close());

describe('the applicant’s dossiers', () => {
  it('lists each dossier with its status, what to do, and the documents received; additions are supplied here', async () => {
    const user = userEvent.setup();
    renderField('/ho-so-cua-toi');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hồ sơ của tôi' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Hồ sơ của tôi' });
    const cards = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('os-card'));
    expect(cards).toHaveLength(2);
    const waiting = cards.find((c) => c.textContent?.includes('Yêu cầu bổ sung giấy tờ'));
    if (!waiting) throw new Error('no dossier waiting for additions');
    expect(waiting).toHaveTextContent(/Cần nộp bổ sung: .*Phiếu kết quả thử nghiệm đã quá 12 tháng/);
    // each dossier links to its own page, and to the receipt and the request for additions it received
    const code = within(waiting).getByRole('heading').textContent?.replace('Hồ sơ ', '') ?? '';
    expect(within(waiting).getByRole('link', { name: `Hồ sơ ${code}` })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/ho-so-cua-toi\//),
    );
    expect(
      within(waiting).getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ }),
    ).toHaveAttribute('href', expect.stringMatching(/\/documents\/receipt\.pdf$/));
    expect(
      within(waiting).getByRole('link', { name: /Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/ }),
    ).toBeInTheDocument();
    // the internal control sheet is not the applicant's
    expect(within(list).queryByRole('link', { name: /Phiếu kiểm soát/ })).not.toBeInTheDocument();

    await user.click(within(waiting).getByRole('button', { name: /Nộp bổ sung/ }));
    const dialog = await screen.findByRole('dialog');
    // in the applicant's words
    expect(dialog).toHaveAccessibleName(/^Nộp bổ sung – hồ sơ/);
    await user.click(within(dialog).getByRole('button', { name: 'Nộp bổ sung' }));
    expect(within(dialog).getByText('Vui lòng đính kèm giấy tờ bổ sung.')).toBeInTheDocument();
    const [firstInput] = within(dialog).getAllByLabelText(/./, { selector: 'input[type="file"]' });
    if (!firstInput) throw new Error('no file input');
    await user.upload(firstInput, pdfFile('Phieu-thu-nghiem-2026.pdf'));
    await within(dialog).findByText(/Phieu-thu-nghiem-2026.pdf \(PDF/);
    await user.click(within(dialog).getByRole('button', { name: 'Nộp bổ sung' }));
    expect(await screen.findByText(/Đã lưu: Tiếp nhận hồ sơ bổ sung/)).toBeInTheDocument();
    const call = server.state.calls.find((c) => c.path === 'dossiers.supplyAdditions')?.input as {
      attachments: unknown[];
    };
    expect(call.attachments).toHaveLength(1);
    await waitFor(() =>
      expect(screen.getByRole('list', { name: 'Hồ sơ của tôi' })).toHaveTextContent('Đang xử lý'),
    );
  });

  it('opens a dossier in the applicant’s words and offers only the applicant’s steps', async () => {
    const own = server.state.store.dossiers.find((d) => d.applicantUserId === 'u-dn-thep' && d.status === 5);
    if (!own) throw new Error('no dossier of the applicant waiting for additions');
    renderField(`/ho-so-cua-toi/${own.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${own.code}` })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Hồ sơ cần nộp bổ sung');
    expect(screen.getByRole('button', { name: 'Nộp bổ sung' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rút hồ sơ' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nhận hồ sơ bổ sung' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về hồ sơ của tôi' })).toHaveAttribute('href', '/ho-so-cua-toi');
  });

  it('says plainly that a staff page opened by URL is not for this account', async () => {
    renderField('/tdc/ho-so');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trang này không dành cho tài khoản của bạn' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Trang này dành cho cán bộ tiếp nhận, xử lý hồ sơ/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem hồ sơ của tôi' })).toHaveAttribute('href', '/ho-so-cua-toi');
    expect(server.state.calls.some((c) => c.path === 'dossiers.inbox')).toBe(false);
  });

  it('gives the applicant the applicant’s menu, each link where it says, the current page marked', async () => {
    renderField('/tdc/nop-ho-so');
    const nav = await screen.findByRole('navigation', { name: /Phân hệ/ });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => [l.textContent, l.getAttribute('href')])).toEqual([
      ['Thủ tục', '/tdc'],
      ['Nộp hồ sơ trực tuyến', '/tdc/nop-ho-so'],
      ['Hồ sơ của tôi', '/ho-so-cua-toi'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Nộp hồ sơ trực tuyến' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Thủ tục' })).not.toHaveAttribute('aria-current');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Biểu mẫu nộp trực tuyến của lĩnh vực' }),
    ).toBeInTheDocument();
  });
});
