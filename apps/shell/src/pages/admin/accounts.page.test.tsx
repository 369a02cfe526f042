import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { must } from '@skhcn/domain';
import { createMockServer, findDemoUser } from '@skhcn/mocks/node';
import { renderApp } from '../../test/render-app';

const server = createMockServer({ signedInAs: 'quantri', today: '2026-12-01' });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.calls.length = 0;
  server.state.user = findDemoUser('quantri') ?? null;
});
afterAll(() => server.close());

const callsTo = (path: string) => server.state.calls.filter((c) => c.path === path).map((c) => c.input);
const accountIdOf = (username: string) =>
  must(
    server.state.admin.accounts.find((a) => a.username === username),
    username,
  ).id;

describe('the administrator’s accounts', () => {
  it('is linked from the administrator’s home and menu, and not from an officer’s', async () => {
    const { unmount } = renderApp('/');
    const card = await screen.findByRole('region', { name: 'Quản trị hệ thống' });
    expect(within(card).getByRole('link', { name: 'Quản trị tài khoản' })).toHaveAttribute(
      'href',
      '/quan-tri/tai-khoan',
    );
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(within(nav).getByRole('link', { name: 'Quản trị tài khoản' })).toBeInTheDocument();
    // an administrator only handles no dossiers: no inbox that could only be refused
    expect(screen.queryByRole('region', { name: 'Việc cần xử lý' })).not.toBeInTheDocument();
    unmount();

    server.state.user = findDemoUser('canbo.tdc') ?? null;
    renderApp('/');
    await screen.findByRole('region', { name: 'Việc cần xử lý' });
    expect(screen.queryByRole('link', { name: 'Quản trị tài khoản' })).not.toBeInTheDocument();
  });

  it('tells an officer who opens the address that it is for administrators', async () => {
    server.state.user = findDemoUser('canbo.tdc') ?? null;
    renderApp('/quan-tri/tai-khoan');
    expect(await screen.findByRole('alert')).toHaveTextContent('Trang dành cho quản trị hệ thống');
    expect(callsTo('admin.accounts')).toEqual([]);
  });

  it('filters by unit and state, searches, sorts and pages', async () => {
    const user = userEvent.setup();
    renderApp('/quan-tri/tai-khoan');
    expect(await screen.findByRole('heading', { level: 1, name: 'Quản trị tài khoản' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Hoàng Quốc Việt' })).toHaveAttribute(
      'href',
      `/quan-tri/tai-khoan/${accountIdOf('quantri')}`,
    );

    await user.selectOptions(await screen.findByLabelText('Đơn vị'), 'CCTDC');
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));
    expect(screen.getByRole('table')).toHaveTextContent(/Trần Văn Hùng.*Trưởng đơn vị, Chi cục/);
    expect(screen.getByText('Tìm thấy 2 tài khoản.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Sắp xếp'), 'fullName-desc');
    await waitFor(() =>
      expect(callsTo('admin.accounts').at(-1)).toMatchObject({
        unitCode: 'CCTDC',
        sort: 'fullName',
        direction: 'desc',
        page: 1,
      }),
    );

    await user.selectOptions(screen.getByLabelText('Đơn vị'), '');
    await user.type(screen.getByLabelText('Tìm theo tên, tên đăng nhập, tổ chức'), 'không ai tên này');
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    expect(await screen.findByText('Không có tài khoản nào khớp bộ lọc')).toBeInTheDocument();

    await user.clear(screen.getByLabelText('Tìm theo tên, tên đăng nhập, tổ chức'));
    await user.click(screen.getByRole('button', { name: 'Tìm' }));
    await user.selectOptions(screen.getByLabelText('Số dòng mỗi trang'), '10');
    const pages = await screen.findByRole('navigation', { name: 'Phân trang' });
    await waitFor(() => expect(pages).toHaveTextContent(/Trang 1\/\d/));
    await user.click(within(pages).getByRole('button', { name: 'Trang sau' }));
    await waitFor(() => expect(callsTo('admin.accounts').at(-1)).toMatchObject({ page: 2, pageSize: 10 }));
  }, 60_000);

  it('adds an officer: the form explains what is missing, then shows the temporary password once, with a copy button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderApp('/quan-tri/tai-khoan');
    await user.click(await screen.findByRole('button', { name: 'Thêm tài khoản cán bộ' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm tài khoản cán bộ' });
    // focus moves into the dialog
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    await user.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(
      await within(dialog).findByText(/Tên đăng nhập gồm 3–100 ký tự/, { selector: 'a' }),
    ).toBeInTheDocument();
    expect(callsTo('admin.createStaff')).toEqual([]);

    await user.type(within(dialog).getByLabelText(/Tên đăng nhập/), 'canbo.tdc');
    await user.type(within(dialog).getByLabelText(/Họ và tên/), 'Đỗ Thị Ngọc');
    await user.selectOptions(within(dialog).getByLabelText('Đơn vị (vai trò 1)'), 'CCTDC');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    // a taken username: the server's code and message, nothing lost from the form
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Tên đăng nhập “canbo.tdc” đã có người dùng',
    );
    expect(within(dialog).getByLabelText(/Họ và tên/)).toHaveValue('Đỗ Thị Ngọc');

    await user.clear(within(dialog).getByLabelText(/Tên đăng nhập/));
    await user.type(within(dialog).getByLabelText(/Tên đăng nhập/), 'canbo.ngoc');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm vai trò' }));
    await user.selectOptions(within(dialog).getByLabelText('Đơn vị (vai trò 2)'), 'QLKH');
    await user.selectOptions(within(dialog).getByLabelText('Vai trò 2'), 'unit_head');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(callsTo('admin.createStaff')).toEqual([
      expect.objectContaining({ username: 'canbo.tdc' }),
      expect.objectContaining({
        username: 'canbo.ngoc',
        memberships: [
          { unitCode: 'CCTDC', role: 'officer' },
          { unitCode: 'QLKH', role: 'unit_head' },
        ],
      }),
    ]);
    const password = await screen.findByLabelText('Mật khẩu tạm thời');
    expect((password as HTMLInputElement).value).toMatch(/^TamThoi-\d+-/);
    await user.click(screen.getByRole('button', { name: 'Sao chép mật khẩu' }));
    expect(writeText).toHaveBeenCalledWith((password as HTMLInputElement).value);
    expect(await screen.findByText('Đã sao chép mật khẩu vào bộ nhớ tạm.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tôi đã trao mật khẩu, đóng thông báo' }));
    expect(screen.queryByLabelText('Mật khẩu tạm thời')).not.toBeInTheDocument();
  }, 60_000);

  it('opens an organisation’s account at the counter, the tax code checked before sending', async () => {
    const user = userEvent.setup();
    renderApp('/quan-tri/tai-khoan');
    await user.click(await screen.findByRole('button', { name: 'Mở tài khoản cho tổ chức' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mở tài khoản cho tổ chức nộp hồ sơ' });
    await user.type(within(dialog).getByLabelText(/Tên đăng nhập/), 'dn.quay');
    await user.type(within(dialog).getByLabelText(/Họ và tên người đại diện/), 'Phan Văn Bình');
    await user.type(within(dialog).getByLabelText(/Tên tổ chức/), 'Công ty TNHH Quầy Dịch Vụ');
    await user.type(within(dialog).getByLabelText(/Mã số doanh nghiệp/), '0100109107');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await within(dialog).findByText(/chữ số kiểm tra/, { selector: 'a' })).toBeInTheDocument();
    expect(callsTo('admin.createApplicant')).toEqual([]);
    await user.clear(within(dialog).getByLabelText(/Mã số doanh nghiệp/));
    await user.type(within(dialog).getByLabelText(/Mã số doanh nghiệp/), '0100109106');
    await user.click(within(dialog).getByRole('button', { name: 'Tạo tài khoản' }));
    expect(await screen.findByText(/Phan Văn Bình \(dn\.quay\)/)).toBeInTheDocument();
    expect(callsTo('admin.createApplicant')).toEqual([
      expect.objectContaining({ organisationName: 'Công ty TNHH Quầy Dịch Vụ', taxCode: '0100109106' }),
    ]);
  }, 60_000);

  it('on an account’s page: changes roles, deactivates after confirming, resets the password once', async () => {
    const user = userEvent.setup();
    renderApp(`/quan-tri/tai-khoan/${accountIdOf('canbo.buuchinh')}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lê Thị Hoa' })).toBeInTheDocument();

    await user.selectOptions(await screen.findByLabelText('Vai trò 1'), 'unit_head');
    await user.click(screen.getByRole('button', { name: 'Lưu vai trò' }));
    expect(await screen.findByText('Đã lưu vai trò, đơn vị.')).toBeInTheDocument();
    expect(callsTo('admin.setMemberships')).toEqual([
      {
        id: accountIdOf('canbo.buuchinh'),
        version: 1,
        memberships: [{ unitCode: 'HTS', role: 'unit_head' }],
      },
    ]);

    const deactivate = screen.getByRole('button', { name: 'Khoá tài khoản' });
    await user.click(deactivate);
    const confirm = await screen.findByRole('dialog', { name: 'Khoá tài khoản canbo.buuchinh?' });
    await user.keyboard('{Escape}');
    expect(confirm).not.toBeInTheDocument();
    expect(deactivate).toHaveFocus();
    expect(callsTo('admin.setActive')).toEqual([]);

    await user.click(deactivate);
    await user.click(
      within(await screen.findByRole('dialog', { name: /Khoá tài khoản/ })).getByRole('button', {
        name: 'Khoá',
      }),
    );
    expect(await screen.findByText(/Đã khoá tài khoản; 1 phiên đăng nhập đã kết thúc./)).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Mở lại tài khoản' })).toBeInTheDocument();
    expect(callsTo('admin.setActive')).toEqual([
      { id: accountIdOf('canbo.buuchinh'), version: 2, active: false },
    ]);

    await user.click(screen.getByRole('button', { name: 'Đặt lại mật khẩu' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: /Đặt lại mật khẩu/ })).getByRole('button', {
        name: 'Đặt lại mật khẩu',
      }),
    );
    const reset = await screen.findByLabelText<HTMLInputElement>('Mật khẩu tạm thời');
    expect(reset.value).toMatch(/^TamThoi-/);
    const history = await screen.findByRole('table', { name: 'Lịch sử thay đổi, mới nhất trước' });
    await waitFor(() =>
      expect(history).toHaveTextContent(/Đặt lại mật khẩu.*Khoá tài khoản.*Đổi vai trò, đơn vị/),
    );
  }, 60_000);

  it('after a concurrent edit says so and reloads the latest instead of overwriting', async () => {
    const user = userEvent.setup();
    const id = accountIdOf('canbo.khoahoc');
    renderApp(`/quan-tri/tai-khoan/${id}`);
    await screen.findByRole('heading', { level: 1, name: 'Đỗ Minh Tuấn' });
    // another administrator changes the account meanwhile
    must(
      server.state.admin.accounts.find((a) => a.id === id),
      'account',
    ).version += 1;
    await user.click(await screen.findByRole('button', { name: 'Lưu vai trò' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu đã được người khác thay đổi');
    await user.click(within(alert).getByRole('button', { name: 'Tải lại tài khoản' }));
    await waitFor(() => expect(callsTo('admin.account').length).toBeGreaterThanOrEqual(2));
  }, 60_000);

  it('the last administrator cannot be deactivated: the refusal is explained', async () => {
    const user = userEvent.setup();
    renderApp(`/quan-tri/tai-khoan/${accountIdOf('quantri')}`);
    await user.click(await screen.findByRole('button', { name: 'Khoá tài khoản' }));
    await user.click(
      within(await screen.findByRole('dialog', { name: /Khoá tài khoản/ })).getByRole('button', {
        name: 'Khoá',
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('quản trị hệ thống cuối cùng');
  }, 60_000);

  it('lists the units with their staff', async () => {
    renderApp('/quan-tri/don-vi');
    const unit = await screen.findByRole('region', {
      name: /^Chi cục Tiêu chuẩn Đo lường Chất lượng Hải Phòng \(\d+ cán bộ\)$/,
    });
    expect(within(unit).getByRole('link', { name: 'Trần Văn Hùng' })).toBeInTheDocument();
  });
});
