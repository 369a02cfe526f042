import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createDossier,
  createMockServer,
  createMockStore,
  demoUser,
  findDemoUser,
  runCommand,
} from '@skhcn/mocks/node';
import { addWorkingDays, must } from '@skhcn/domain';
import { renderField as renderApp, TEST_TODAY as TODAY } from '../testing';

const server = createMockServer({ signedInAs: 'canbo.tdc', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.store = createMockStore(TODAY);
});
afterAll(() => server.close());

const id = (n: number) => `8f1c2a10-0000-4000-8000-${String(n).padStart(12, '0')}`;
const dossier = (n: number) =>
  must(
    server.state.store.dossiers.find((d) => d.id === id(n)),
    `dossier ${n}`,
  );
/** Types an ISO date into a DateField the way people do: dd, mm, yyyy from the day segment on. */
const digits = (iso: string) => iso.split('-').reverse().join('');

describe('dossier page', () => {
  it('shows the regime in force at receipt, the field’s record, files, timeline and documents', async () => {
    const d = dossier(8);
    renderApp(`/tdc/ho-so/${d.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: `Hồ sơ ${d.code}` })).toBeInTheDocument();
    // received in May 2026: the group-2 regime of TT 28/2012 applies for the life of the dossier
    expect(screen.getAllByText(/TT 28\/2012 \(nhóm 2\)/).length).toBeGreaterThan(0);
    expect(screen.getByText('Đã trả kết quả')).toBeInTheDocument();

    // the field's own record panel sits on the page
    expect(screen.getByText('Dữ liệu riêng của lĩnh vực')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Ban-cong-bo.pdf' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/api\/files\//),
    );

    const timeline = screen.getByRole('region', { name: 'Quá trình xử lý' });
    const steps = within(timeline).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('strong')?.textContent)).toEqual([
      'Tiếp nhận hồ sơ',
      'Chuyển thụ lý, phân công xử lý',
      'Trình lãnh đạo ký duyệt',
      'Phê duyệt, ban hành kết quả',
      'Trả kết quả cho người nộp',
    ]);
    expect(steps[3]).toHaveTextContent('Phạm Văn Minh');
    expect(steps[0]).toHaveTextContent(/\d{2}\/\d{2}\/2026 \d{2}:\d{2}/);

    const docs = screen.getByRole('region', { name: 'Văn bản, biểu mẫu' });
    expect(
      within(docs).getByRole('link', { name: /Giấy tiếp nhận hồ sơ và hẹn trả kết quả/ }),
    ).toHaveAttribute('href', `/api/dossiers/${d.id}/documents/receipt.pdf`);
    expect(
      within(docs).getByRole('link', { name: /Phiếu kiểm soát quá trình giải quyết hồ sơ/ }),
    ).toHaveAttribute('href', `/api/dossiers/${d.id}/documents/control-sheet.pdf`);
    // the field's result, from the server's list of the dossier's documents
    const notice = within(docs).getByRole('link', { name: /Thông báo tiếp nhận bản công bố số 12\/2026/ });
    expect(notice).toHaveAttribute(
      'href',
      `/api/public/notices/${encodeURIComponent('12/2026/TBTNHS-CCTĐC')}.pdf`,
    );
    expect(docs).toHaveTextContent('Kết quả giải quyết');
    expect(screen.getByText('Bạn không có thao tác nào với hồ sơ ở trạng thái này.')).toBeInTheDocument();
  });

  it('refuses a dossier: the dialog asks for the reasons, then the page says it saved', async () => {
    const d = dossier(1);
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Từ chối tiếp nhận' }));
    const dialog = screen.getByRole('dialog', { name: `Từ chối tiếp nhận – hồ sơ ${d.code}` });
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    const reasons = within(dialog).getByLabelText(/Lý do/);
    expect(reasons).toHaveAccessibleDescription(/Vui lòng nêu ít nhất một lý do\./);
    expect(reasons).toHaveFocus();
    expect(server.state.calls.some((c) => c.path === 'dossiers.refuse')).toBe(false);

    await user.type(reasons, 'Thiếu bản công bố hợp quy{Enter}Thiếu phiếu thử nghiệm');
    await user.click(within(dialog).getByRole('button', { name: 'Từ chối tiếp nhận' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(server.state.calls.find((c) => c.path === 'dossiers.refuse')?.input).toEqual({
      dossierId: d.id,
      expectedVersion: d.version - 1,
      reasons: ['Thiếu bản công bố hợp quy', 'Thiếu phiếu thử nghiệm'],
    });
    expect(await screen.findByText(/Đã lưu: Từ chối tiếp nhận hồ sơ/)).toHaveAttribute('role', 'status');
    expect(await screen.findByText('Không được tiếp nhận', { selector: '.skh-badge' })).toBeInTheDocument();
  });

  it('says "Hồ sơ đã được người khác cập nhật — tải lại" on a version conflict, and reloads', async () => {
    const d = dossier(1);
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    // meanwhile a colleague took a step on the same dossier
    d.version += 1;
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Tiếp nhận hồ sơ' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Hồ sơ đã được người khác cập nhật — tải lại');
    const gets = server.state.calls.filter((c) => c.path === 'dossiers.get').length;
    await user.click(within(alert).getByRole('button', { name: 'Tải lại hồ sơ' }));
    await waitFor(() =>
      expect(server.state.calls.filter((c) => c.path === 'dossiers.get').length).toBeGreaterThan(gets),
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('requests additions with the missing components and a reason for each', async () => {
    const d = dossier(2);
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Yêu cầu bổ sung' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('checkbox', { name: /Báo cáo tự đánh giá/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    expect(
      within(dialog).getByLabelText(/Lý do cần bổ sung: Báo cáo tự đánh giá/),
    ).toHaveAccessibleDescription('Vui lòng nêu lý do cần bổ sung.');
    await user.type(
      within(dialog).getByLabelText(/Lý do cần bổ sung: Báo cáo tự đánh giá/),
      'Phiếu quá 12 tháng',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu bổ sung' }));
    expect(await screen.findByText(/Đã lưu: Yêu cầu bổ sung/)).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dossiers.requestAdditions')?.input).toMatchObject({
      items: [{ componentKey: 'bao-cao-tu-danh-gia', reason: 'Phiếu quá 12 tháng' }],
    });
  });

  it('assigns an officer chosen from the unit (unit head)', async () => {
    server.state.user = must(findDemoUser('truong.tdc'), 'truong.tdc');
    const d = dossier(4);
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Phân công thụ lý' }));
    const dialog = screen.getByRole('dialog');
    const select = within(dialog).getByLabelText(/Cán bộ thụ lý/);
    await within(select).findByRole('option', { name: /Nguyễn Thị Lan/ });
    await user.selectOptions(select, 'u-canbo-tdc');
    await user.click(within(dialog).getByRole('button', { name: 'Phân công thụ lý' }));
    expect(await screen.findByText(/chuyển sang trạng thái “Đang xử lý”/)).toBeInTheDocument();
    server.state.user = demoUser;
  });

  it('sends the apology letter with a new appointment date (Mẫu 04), once, and lists the letter', async () => {
    server.state.user = must(findDemoUser('truong.tdc'), 'truong.tdc');
    const d = dossier(3);
    const newDeadline = addWorkingDays(must(d.deadline, 'the deadline'), 3);
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' }));
    const dialog = screen.getByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' }));
    const date = within(dialog).getByRole('group', { name: /Ngày hẹn trả kết quả mới/ });
    const day = must(within(date).getAllByRole('spinbutton')[0], 'the day segment');
    expect(date).toHaveAccessibleDescription(/Vui lòng chọn ngày hẹn trả kết quả mới\./);
    // focus goes to the first field with a problem, in the order they are on screen
    expect(within(dialog).getByLabelText(/Lý do chậm trả kết quả/)).toHaveAccessibleDescription(
      /Vui lòng nêu lý do chậm trả kết quả\./,
    );
    expect(within(dialog).getByLabelText(/Lý do chậm trả kết quả/)).toHaveFocus();
    // a date not after the current one is explained before anything is sent
    await user.click(day);
    await user.keyboard(digits(must(d.deadline, 'the deadline')));
    await user.type(
      within(dialog).getByLabelText(/Lý do chậm trả kết quả/),
      'Chờ kết quả thử nghiệm đối chứng',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' }));
    expect(date).toHaveAccessibleDescription(/Ngày hẹn mới phải sau ngày hẹn hiện tại/);
    expect(server.state.calls.some((c) => c.path === 'dossiers.extendDeadline')).toBe(false);

    await user.click(day);
    await user.keyboard(digits(newDeadline));
    await user.click(within(dialog).getByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' }));
    expect(await screen.findByText(/Đã lưu: Xin lỗi và hẹn lại ngày trả kết quả/)).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dossiers.extendDeadline')?.input).toMatchObject({
      newDeadline,
      reason: 'Chờ kết quả thử nghiệm đối chứng',
    });
    const docs = screen.getByRole('region', { name: 'Văn bản, biểu mẫu' });
    expect(
      await within(docs).findByRole('link', { name: /Văn bản xin lỗi và hẹn lại ngày trả kết quả/ }),
    ).toHaveAttribute('href', `/api/dossiers/${d.id}/documents/apology.pdf`);
    const timeline = screen.getByRole('region', { name: 'Quá trình xử lý' });
    expect(timeline).toHaveTextContent(`→ ${newDeadline.split('-').reverse().join('/')} (Mẫu 04)`);
    // only once
    expect(screen.queryByRole('button', { name: 'Xin lỗi, hẹn lại ngày trả' })).not.toBeInTheDocument();
    server.state.user = demoUser;
  });

  it('offers no payment where the procedure collects no fee (TĐC declarations)', async () => {
    const d = dossier(2);
    renderApp(`/tdc/ho-so/${d.id}`);
    expect(await screen.findByRole('button', { name: 'Trình ký' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Yêu cầu nộp phí' })).not.toBeInTheDocument();
  });

  it('asks for payment with checked amounts, then records the receipt against the amount asked', async () => {
    // a postal licence re-issue (500.000 đồng) received at the counter and assigned to the postal officer
    const postal = must(findDemoUser('canbo.buuchinh'), 'canbo.buuchinh');
    const d = createDossier(
      server.state.store,
      postal,
      {
        procedureCode: 'buu-chinh.cap-lai-giay-phep',
        declaration: {},
        components: [],
        applicantName: 'Công ty Cổ phần Chuyển phát Cảng Hải Phòng',
        taxCode: '0201234567',
      },
      'counter',
    );
    runCommand(server.state.store, must(findDemoUser('lanhdao'), 'lanhdao'), 'assign', {
      dossierId: d.id,
      expectedVersion: d.version,
      assigneeUserId: postal.id,
    });
    server.state.user = postal;
    const user = userEvent.setup();
    renderApp(`/tdc/ho-so/${d.id}`);
    await user.click(await screen.findByRole('button', { name: 'Yêu cầu nộp phí' }));
    let dialog = screen.getByRole('dialog');
    // the catalog's fee is proposed; the officer may change it
    expect(within(dialog).getByLabelText(/^Khoản 1/)).toHaveValue(
      'Phí thẩm định – cấp lại giấy phép bưu chính',
    );
    const fee = within(dialog).getByLabelText(/Số tiền khoản 1/);
    expect(fee).toHaveValue('500000');
    await user.clear(fee);
    await user.type(fee, 'năm trăm nghìn');
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu nộp phí' }));
    expect(fee).toHaveAccessibleDescription(/số nguyên dương/);
    await user.clear(fee);
    await user.type(fee, '1.500.000');
    expect(dialog).toHaveTextContent(/Tổng cộng: 1\.500\.000/);
    await user.click(within(dialog).getByRole('button', { name: 'Yêu cầu nộp phí' }));
    expect(
      await screen.findByText(/chuyển sang trạng thái “Yêu cầu thực hiện nghĩa vụ tài chính”/),
    ).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dossiers.requestPayment')?.input).toMatchObject({
      fees: [{ label: 'Phí thẩm định – cấp lại giấy phép bưu chính', amount: 1_500_000 }],
    });

    await user.click(await screen.findByRole('button', { name: 'Xác nhận đã nộp phí' }));
    dialog = screen.getByRole('dialog');
    const amount = within(dialog).getByLabelText(/Số tiền đã nộp/);
    expect(amount).toHaveValue('1500000');
    await user.clear(amount);
    await user.type(amount, '1.000.000');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đã nộp phí' }));
    expect(within(dialog).getByLabelText(/Số biên lai/)).toHaveAccessibleDescription(
      /Vui lòng nhập số biên lai/,
    );
    expect(amount).toHaveAccessibleDescription(/Số tiền phải nộp theo yêu cầu là 1\.500\.000/);
    await user.clear(amount);
    await user.type(amount, '1500000');
    await user.type(within(dialog).getByLabelText(/Số biên lai/), 'BL-0042');
    await user.click(within(dialog).getByRole('button', { name: 'Xác nhận đã nộp phí' }));
    expect(await screen.findByText(/chuyển sang trạng thái “Đang xử lý”/)).toBeInTheDocument();
    expect(server.state.calls.find((c) => c.path === 'dossiers.confirmPayment')?.input).toMatchObject({
      receiptNumber: 'BL-0042',
      amount: 1_500_000,
      method: 'counter',
    });
    expect(screen.getByRole('region', { name: 'Quá trình xử lý' })).toHaveTextContent(
      /Đã nộp 1\.500\.000 đồng, biên lai số BL-0042/,
    );
    server.state.user = demoUser;
  });
});
