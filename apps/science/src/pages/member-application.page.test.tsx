import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, SCIENCE_IDS } from '@skhcn/mocks/node';
import { renderApp, TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'cg.lethu', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const path = `/hoi-dong-cua-toi/${SCIENCE_IDS.council}/ho-so/${SCIENCE_IDS.appInstitute}`;

describe('a council member’s workspace', () => {
  it('lists the member’s councils and the applications waiting for them', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hội đồng của tôi' })).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(table).toHaveTextContent('Viện Nghiên cứu Ứng dụng Khoa học Hải Phòng');
    expect(table).toHaveTextContent('Chưa khai báo');
    expect(screen.getByText(/Vai trò của bạn/)).toHaveTextContent('Ủy viên phản biện');
    expect(screen.getByRole('navigation', { name: 'Phân hệ khoa học và công nghệ' })).toHaveTextContent(
      'Hội đồng của tôi',
    );
    expect(screen.queryByRole('link', { name: 'Bảng theo dõi nhiệm vụ' })).not.toBeInTheDocument();
  });

  it('asks for the conflict declaration before showing the application, then takes the sheet', async () => {
    const user = userEvent.setup();
    server.state.science.council.sheets.push({
      memberUserId: 'u-cg-hoangminh',
      applicationId: SCIENCE_IDS.appInstitute,
      scores: { overview: 13, 'content-method': 25, products: 20, capacity: 17, budget: 8 },
      status: 'submitted',
      version: 1,
    });
    renderApp(path);
    await screen.findByRole('heading', { level: 1, name: /Hồ sơ của Viện Nghiên cứu/ });
    expect(screen.queryByText(/Thuyết minh:/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Phiếu đánh giá của bạn' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Gửi khai báo' }));
    expect(await screen.findByText('Vui lòng chọn có hay không có xung đột lợi ích.')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Không có xung đột lợi ích/));
    await user.click(screen.getByRole('button', { name: 'Gửi khai báo' }));
    expect(await screen.findByText(/Thuyết minh:/)).toBeInTheDocument();
    expect(
      screen.getByText('Điểm của các thành viên khác được hiển thị sau khi bạn nộp phiếu.'),
    ).toBeInTheDocument();

    const sheet = screen.getByRole('region', { name: 'Phiếu đánh giá của bạn' });
    await user.type(within(sheet).getByLabelText(/Tổng quan tình hình nghiên cứu/), '16');
    await user.click(within(sheet).getByRole('button', { name: 'Nộp phiếu đánh giá' }));
    expect(await within(sheet).findByText('Điểm tối đa của tiêu chí này là 15.')).toBeInTheDocument();
    expect(
      within(sheet).getByText('Vui lòng chấm tiêu chí “Tính hợp lý của dự toán kinh phí”.'),
    ).toBeInTheDocument();

    await user.clear(within(sheet).getByLabelText(/Tổng quan tình hình nghiên cứu/));
    await user.type(within(sheet).getByLabelText(/Tổng quan tình hình nghiên cứu/), '12,5');
    await user.type(within(sheet).getByLabelText(/Nội dung, phương pháp/), '24');
    await user.type(within(sheet).getByLabelText(/Sản phẩm, khả năng ứng dụng/), '20');
    await user.type(within(sheet).getByLabelText(/Năng lực của tổ chức/), '16');
    await user.type(within(sheet).getByLabelText(/Tính hợp lý của dự toán/), '8');
    expect(within(sheet).getByText(/Tổng điểm:/)).toHaveTextContent('80,5');
    await user.click(within(sheet).getByRole('button', { name: 'Nộp phiếu đánh giá' }));
    // the others' submitted sheets appear only now
    const others = await screen.findByRole('region', { name: 'Phiếu của các thành viên khác' });
    expect(others).toHaveTextContent('Hoàng Văn Minh (Chủ tịch hội đồng): 83 điểm');
    const saved = server.state.science.council.sheets.find((s) => s.memberUserId === 'u-cg-lethu');
    expect(saved).toMatchObject({ status: 'submitted', scores: { overview: 12.5, budget: 8 } });
    await waitFor(() => expect(screen.getByText(/Phiếu đã nộp không sửa được/)).toBeInTheDocument());
  });
});
