import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMockServer, findDemoUser, MockTrpcError, trpcOverride } from '@skhcn/mocks/node';
import { renderWithClients } from '@skhcn/one-stop-ui/testing';
import { parseVnd, PostalConditionsCard } from './postal-conditions.component';
import { TODAY } from '../test/render-app';

const server = createMockServer({ signedInAs: 'canbo.buuchinh', today: TODAY });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  server.state.user = findDemoUser('canbo.buuchinh') ?? null;
});
afterAll(() => server.close());

const JUDGED = [
  'Có giấy chứng nhận đăng ký doanh nghiệp (hoặc giấy tờ tương đương) phù hợp',
  'Nhân sự phù hợp với phương án kinh doanh',
  'Phương án kinh doanh khả thi, phù hợp quy định về chất lượng dịch vụ bưu chính',
  'Có biện pháp bảo đảm an ninh thông tin, an toàn đối với con người, bưu gửi và mạng bưu chính',
  'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính phù hợp quy định',
];

async function appraise(user: ReturnType<typeof userEvent.setup>, capital: string, button: string) {
  await user.click(await screen.findByRole('button', { name: button }));
  const dialog = await screen.findByRole('dialog', { name: 'Thẩm định điều kiện cấp giấy phép bưu chính' });
  const field = within(dialog).getByLabelText('Vốn của doanh nghiệp (đồng)');
  await user.clear(field);
  await user.type(field, capital);
  for (const label of JUDGED) {
    const group = within(dialog).getByRole('group', { name: label });
    await user.selectOptions(within(group).getByLabelText('Kết quả'), 'Đạt');
  }
  await user.click(within(dialog).getByRole('button', { name: 'Lưu kết quả thẩm định' }));
  return dialog;
}

describe('the postal licence conditions card', () => {
  it('records a failing appraisal, then a passing one: the officer sees why and when the licence may be proposed', async () => {
    const user = userEvent.setup();
    renderWithClients(<PostalConditionsCard dossierId="d-postal-1" />);
    const card = await screen.findByRole('region', { name: 'Điều kiện cấp giấy phép bưu chính' });
    expect(within(card).getByText('Chưa thẩm định')).toBeInTheDocument();
    expect(within(card).getByText(/chưa thể trình ký cấp giấy phép/)).toBeInTheDocument();
    expect(within(card).getByText(/Căn cứ: Nghị định 47\/2011\/NĐ-CP Điều 5/)).toBeInTheDocument();

    const dialog = await appraise(user, '1.500.000.000', 'Ghi nhận kết quả thẩm định');
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await within(card).findByText('Chưa đủ điều kiện')).toBeInTheDocument();
    expect(within(card).getByText('Chưa thể trình ký: 1 điều kiện chưa đạt.')).toBeInTheDocument();
    expect(
      within(card).getByText(
        'Vốn 1.500.000.000 đồng thấp hơn mức tối thiểu 2.000.000.000 đồng (dịch vụ thư trong phạm vi nội tỉnh).',
      ),
    ).toBeInTheDocument();
    expect(within(card).getByText('Đã lưu kết quả thẩm định điều kiện.')).toHaveAttribute('role', 'status');

    // the second appraisal starts from the first one (capital and judgements filled in)
    await user.click(within(card).getByRole('button', { name: 'Thẩm định lại' }));
    const again = await screen.findByRole('dialog');
    expect(within(again).getByLabelText('Vốn của doanh nghiệp (đồng)')).toHaveValue('1.500.000.000');
    expect(within(again).getByText(/Mức tối thiểu cho phạm vi này: 2\.000\.000\.000/)).toBeInTheDocument();
    await user.click(within(again).getByRole('button', { name: 'Hủy' }));
    await appraise(user, '3 000 000 000', 'Thẩm định lại');
    expect(await within(card).findByText('Đủ điều kiện')).toBeInTheDocument();
    expect(within(card).getByText('Có thể trình ký cấp giấy phép.')).toBeInTheDocument();
    expect(within(card).getByText('Các lần thẩm định trước (1)')).toBeInTheDocument();
    const table = within(card).getByRole('table', { name: /Kết quả thẩm định lần 2/ });
    expect(within(table).getAllByText('Đạt')).toHaveLength(6);
  });

  it('a capital written in words is explained in the form and nothing is sent', async () => {
    const user = userEvent.setup();
    let calls = 0;
    server.use(
      trpcOverride('licensing.postalConditions.record', 'mutation', () => {
        calls += 1;
        throw new MockTrpcError('INTERNAL');
      }),
    );
    renderWithClients(<PostalConditionsCard dossierId="d-postal-2" />);
    const dialog = await appraise(user, 'ba tỷ', 'Ghi nhận kết quả thẩm định');
    expect(
      await within(dialog).findByText('Vốn ghi bằng chữ số (đồng), ví dụ 2.000.000.000.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Vốn của doanh nghiệp (đồng)')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(calls).toBe(0);
  });

  it('someone else recorded meanwhile: the dialog stays open with the reason (nothing overwritten)', async () => {
    const user = userEvent.setup();
    server.use(
      trpcOverride('licensing.postalConditions.record', 'mutation', () => {
        throw new MockTrpcError(
          'CONFLICT',
          'Người khác vừa ghi nhận kết quả thẩm định điều kiện của hồ sơ này. Vui lòng tải lại để xem bản mới nhất.',
        );
      }),
    );
    renderWithClients(<PostalConditionsCard dossierId="d-postal-3" />);
    const dialog = await appraise(user, '2.000.000.000', 'Ghi nhận kết quả thẩm định');
    expect(await within(dialog).findByText(/Người khác vừa ghi nhận/)).toBeInTheDocument();
    expect(dialog).toBeInTheDocument();
  });

  it('a leader reads the appraisal but does not record one', async () => {
    server.state.user = findDemoUser('lanhdao') ?? null;
    renderWithClients(<PostalConditionsCard dossierId="d-postal-4" />);
    await screen.findByRole('region', { name: 'Điều kiện cấp giấy phép bưu chính' });
    expect(screen.queryByRole('button', { name: 'Ghi nhận kết quả thẩm định' })).not.toBeInTheDocument();
  });
});

describe('parseVnd', () => {
  it.each([
    ['3.000.000.000', 3_000_000_000],
    ['3 000 000 000', 3_000_000_000],
    ['2000000000', 2_000_000_000],
    ['', null],
  ])('%s → %s', (text, value) => expect(parseVnd(text)).toBe(value));
  it.each(['ba tỷ', '1,5', '-2000', '3e9'])('%s is not a number of đồng', (text) =>
    expect(parseVnd(text)).toBeNaN(),
  );
});
