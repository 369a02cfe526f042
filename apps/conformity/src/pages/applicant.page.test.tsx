import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, createMockStore, demoApplicant } from '@skhcn/mocks/node';
import { pdfFile, renderApp, TODAY } from '../test/render-app';

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

describe('applicant pages', () => {
  it('lists my dossiers with their status, and supplies the requested additions at status 5', async () => {
    const user = userEvent.setup();
    renderApp('/ho-so-cua-toi');
    expect(await screen.findByRole('navigation', { name: /Phân hệ/ })).toHaveTextContent('Hồ sơ của tôi');
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const waiting = rows.find((r) => r.textContent?.includes('Yêu cầu bổ sung giấy tờ'))!;
    expect(
      await within(waiting).findByText(/Cần bổ sung: Phiếu kết quả thử nghiệm đã quá 12 tháng/),
    ).toBeInTheDocument();

    await user.click(within(waiting).getByRole('button', { name: /Nộp bổ sung/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Nhận hồ sơ bổ sung' }));
    expect(within(dialog).getByText('Vui lòng đính kèm giấy tờ bổ sung.')).toBeInTheDocument();
    const [firstInput] = within(dialog).getAllByLabelText(/./, { selector: 'input[type="file"]' });
    await user.upload(firstInput!, pdfFile('Phieu-thu-nghiem-2026.pdf'));
    await within(dialog).findByText(/Phieu-thu-nghiem-2026.pdf \(PDF/);
    await user.click(within(dialog).getByRole('button', { name: 'Nhận hồ sơ bổ sung' }));
    expect(await screen.findByText(/Đã lưu: Bổ sung hồ sơ|Đã lưu: .*bổ sung/i)).toBeInTheDocument();
    const call = server.state.calls.find((c) => c.path === 'dossiers.supplyAdditions')!.input as {
      attachments: unknown[];
    };
    expect(call.attachments).toHaveLength(1);
    await waitFor(() => expect(screen.getByRole('table')).toHaveTextContent('Đang xử lý'));
  });

  it('pre-fills the organisation of the signed-in applicant on the online form, without counter fields', async () => {
    renderApp('/nop-ho-so');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' }),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/Mã số doanh nghiệp\/mã số thuế/)).toHaveValue(
      demoApplicant.applicant!.taxCode,
    );
    expect(screen.getByLabelText(/Tên tổ chức, cá nhân công bố/)).toHaveValue(
      demoApplicant.applicant!.organisationName,
    );
    expect(screen.queryByLabelText('Họ và tên người nộp')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nộp hồ sơ' })).toBeInTheDocument();
  });
});
