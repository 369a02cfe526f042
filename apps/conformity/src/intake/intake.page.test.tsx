import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { must } from '@skhcn/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createMockServer,
  createMockStore,
  demoApplicant,
  findDemoUser,
  mockEnterprises,
} from '@skhcn/mocks/node';
import { pdfFile, renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  // the server sets this readable cookie at sign-in; uploads echo it in x-csrf-token
  document.cookie = 'skhcn_csrf=csrf-123; path=/';
});
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.uploads.length = 0;
  server.state.businessRegistryDown = false;
  server.state.store = createMockStore(TODAY);
});
afterAll(() => server.close());

const catHai = must(
  mockEnterprises.find((e) => e.name.includes('Cát Hải')),
  'Cát Hải',
);

describe('counter intake form', () => {
  it('explains every problem next to its field and in a summary at the top that links to the field', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/tiep-nhan');
    await user.selectOptions(await screen.findByLabelText(/Thủ tục hành chính/), 'tdc.dau-dinh-luong');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));

    const summary = must(
      (await screen.findByText('Chưa thể gửi: vui lòng sửa các mục sau')).closest<HTMLElement>(
        '[role="alert"]',
      ),
      'the error summary',
    );
    expect(summary).toHaveFocus();
    const taxCode = screen.getByLabelText(/Mã số doanh nghiệp\/mã số thuế/);
    expect(taxCode).toHaveAttribute('aria-invalid', 'true');
    expect(taxCode).toHaveAccessibleDescription(/Mã số doanh nghiệp\/mã số thuế là bắt buộc\./);
    expect(screen.getByLabelText(/Tên sản phẩm, hàng hóa/)).toHaveAccessibleDescription(
      'Tên sản phẩm, hàng hóa là bắt buộc.',
    );
    expect(summary).toHaveTextContent('Vui lòng đính kèm: Bản công bố sử dụng dấu định lượng.');

    await user.click(
      within(summary).getByRole('link', { name: 'Mã số doanh nghiệp/mã số thuế là bắt buộc.' }),
    );
    expect(taxCode).toHaveFocus();
    expect(server.state.calls.some((c) => c.path === 'conformity.receive')).toBe(false);
  });

  it('checks the tax code when the officer leaves the field', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/tiep-nhan');
    const taxCode = await screen.findByLabelText(/Mã số doanh nghiệp\/mã số thuế/);
    await user.type(taxCode, '0200987651');
    await user.tab();
    expect(taxCode).toHaveAccessibleDescription(/chữ số kiểm tra \(chữ số thứ 10\) không đúng/);
    await user.clear(taxCode);
    await user.type(taxCode, catHai.taxCode);
    await user.tab();
    expect(taxCode).not.toHaveAttribute('aria-invalid');
  });

  it('says clearly when the national business registry is down, and lets the officer type the name', async () => {
    server.state.businessRegistryDown = true;
    const user = userEvent.setup();
    renderApp('/tdc/tiep-nhan');
    await user.type(await screen.findByLabelText(/Mã số doanh nghiệp\/mã số thuế/), catHai.taxCode);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Hệ thống đăng ký doanh nghiệp quốc gia tạm thời không phản hồi; vui lòng nhập tay.',
    );
    expect(screen.getByLabelText(/Tên tổ chức, cá nhân công bố/)).toHaveValue('');
  });

  it('rejects a file of the wrong type in Vietnamese, next to the component', async () => {
    const user = userEvent.setup({ applyAccept: false });
    renderApp('/tdc/tiep-nhan');
    await user.selectOptions(await screen.findByLabelText(/Thủ tục hành chính/), 'tdc.dau-dinh-luong');
    const input = screen.getByLabelText(/Bản công bố sử dụng dấu định lượng/);
    await user.upload(input, new File(['xin chào'], 'ghi-chu.txt', { type: 'text/plain' }));
    expect(
      await screen.findByText(/Tệp “ghi-chu.txt” không đúng định dạng: chỉ chấp nhận PDF, PNG hoặc JPEG\./),
    ).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    // a PDF name with other bytes passes the browser check but the server sniffs the content
    await user.upload(input, new File(['không phải PDF'], 'gia-mao.pdf', { type: 'application/pdf' }));
    expect(
      await screen.findByText(/Tệp “gia-mao.pdf”: Chỉ chấp nhận tệp PDF, PNG hoặc JPEG/),
    ).toBeInTheDocument();
  });

  it('receives a quantity-mark declaration: registry look-up, files, then the code, appointment date and receipt', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/tiep-nhan');
    await user.selectOptions(await screen.findByLabelText(/Thủ tục hành chính/), 'tdc.dau-dinh-luong');
    await user.type(screen.getByLabelText(/Mã số doanh nghiệp\/mã số thuế/), catHai.taxCode);
    await user.click(screen.getByRole('button', { name: 'Tra cứu' }));
    await waitFor(() =>
      expect(screen.getByLabelText(/Tên tổ chức, cá nhân công bố/)).toHaveValue(catHai.name),
    );
    expect(screen.getByLabelText(/^Địa chỉ/)).toHaveValue(catHai.address);

    await user.type(screen.getByLabelText(/Tên sản phẩm, hàng hóa/), 'Nước mắm cá cơm 35 độ đạm');
    await user.type(screen.getByLabelText(/Lượng danh định/), '500');
    await user.type(screen.getByLabelText(/Đơn vị đo/), 'ml');
    await user.upload(
      screen.getByLabelText(/Bản công bố sử dụng dấu định lượng/),
      pdfFile('Ban-cong-bo.pdf'),
    );
    await user.upload(
      screen.getByLabelText(/Tài liệu chứng minh/),
      pdfFile('Ket-qua-danh-gia.pdf', 1_572_864),
    );
    expect(await screen.findByText('Ket-qua-danh-gia.pdf (PDF, 1,5 MB)')).toBeInTheDocument();
    expect(server.state.uploads.map((u) => u.csrf)).toEqual(['csrf-123', 'csrf-123']);

    await user.type(screen.getByLabelText('Họ và tên người nộp'), 'Vũ Văn Nam');
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));

    expect(await screen.findByText('Đã tiếp nhận hồ sơ')).toBeInTheDocument();
    const created = must(server.state.store.dossiers.at(-1), 'the created dossier');
    expect(screen.getByText(created.code)).toBeInTheDocument();
    expect(screen.getByText('Ngày hẹn trả kết quả').nextElementSibling).toHaveTextContent(
      /^\d{2}\/\d{2}\/\d{4}$/,
    );
    expect(
      screen.getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả \(PDF\)/ }),
    ).toHaveAttribute('href', `/api/dossiers/${created.id}/documents/receipt.pdf`);
    const call = must(
      server.state.calls.find((c) => c.path === 'conformity.receive'),
      'the receive call',
    ).input as Record<string, unknown>;
    expect(call).toMatchObject({
      procedureCode: 'tdc.dau-dinh-luong',
      applicant: { representative: 'Vũ Văn Nam' },
      declaration: {
        kind: 'quantity_mark',
        organisation: { taxCode: catHai.taxCode, name: catHai.name },
        products: [{ name: 'Nước mắm cá cơm 35 độ đạm', nominalQuantity: { value: 500, unit: 'ml' } }],
      },
    });
    expect((call.components as unknown[]).length).toBe(2);
  });

  it('makes the components required follow the risk class and basis chosen, and says which is missing (NĐ 37/2026)', async () => {
    const user = userEvent.setup();
    renderApp('/tdc/tiep-nhan');
    await user.selectOptions(await screen.findByLabelText(/Thủ tục hành chính/), 'tdc.hop-quy');
    // the risk regime starts 01/07/2026; the mocks' day is 23/11/2026: the medium/high risk classes only
    const risk = screen.getByLabelText(/Mức rủi ro/);
    expect(
      within(risk)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).not.toContain('Rủi ro thấp');
    expect(within(risk).getAllByRole('option')).toHaveLength(3);
    await user.selectOptions(risk, 'medium');
    await user.selectOptions(screen.getByLabelText(/^Căn cứ/), 'self_assessment');
    // self-assessment: the self-assessment report is required, the certificate is not offered
    const report = screen.getByLabelText(/Báo cáo tự đánh giá kèm kết quả thử nghiệm/);
    expect(report).toBeRequired();
    expect(
      screen.queryByLabelText(/Giấy chứng nhận hợp quy do tổ chức chứng nhận được công nhận/),
    ).toBeNull();
    await user.upload(screen.getByLabelText(/Bản công bố hợp quy/), pdfFile('Ban-cong-bo.pdf'));
    await user.click(screen.getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    expect(report).toHaveAccessibleDescription(/Vui lòng đính kèm: Báo cáo tự đánh giá/);
    expect(server.state.calls.some((c) => c.path === 'conformity.receive')).toBe(false);
    // high risk allows only a designated certifier, whose certificate is then required
    await user.selectOptions(risk, 'high');
    const bases = screen.getByLabelText(/^Căn cứ/);
    expect(
      within(bases)
        .getAllByRole('option')
        .map((o) => o.getAttribute('value')),
    ).toEqual(['', 'designated_certifier']);
    expect(bases).toHaveValue('');
    await user.selectOptions(bases, 'designated_certifier');
    expect(
      screen.getByLabelText(/Giấy chứng nhận hợp quy do tổ chức chứng nhận được chỉ định/),
    ).toBeRequired();
  });
});

describe('online form of an applicant', () => {
  it('files for the account’s own organisation: the tax code is the account’s and cannot be changed', async () => {
    server.state.user = findDemoUser('dn.thephaiphong') ?? null;
    try {
      renderApp('/tdc/nop-ho-so?thu-tuc=tdc.hop-chuan');
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Nộp hồ sơ trực tuyến' }),
      ).toBeInTheDocument();
      const own = demoApplicant.applicant;
      const tax = screen.getByLabelText(/Mã số doanh nghiệp\/mã số thuế/);
      expect(tax).toHaveValue(own?.taxCode);
      expect(tax).toHaveAttribute('readonly');
      expect(screen.getByLabelText(/Tên tổ chức, cá nhân công bố/)).toHaveValue(own?.organisationName);
      // the procedure chosen on the procedures page is preselected
      expect(screen.getByLabelText(/Thủ tục hành chính/)).toHaveValue('tdc.hop-chuan');
      expect(screen.queryByLabelText('Họ và tên người nộp')).not.toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Nộp hồ sơ' })).toBeInTheDocument();
    } finally {
      server.state.user = findDemoUser('canbo.tdc') ?? null;
    }
  });
});
