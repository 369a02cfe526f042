import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  Alert,
  Button,
  ErrorBoundary,
  ErrorState,
  LoadingState,
  PagedResults,
  PasswordField,
  TextField,
  type PagedData,
  type PagedQuery,
} from './index';

describe('TextField', () => {
  it('labels the input and ties hint and error to it', () => {
    render(<TextField label="Tên đăng nhập" hint="Ví dụ: canbo.tdc" error="Vui lòng nhập tên đăng nhập." />);
    const input = screen.getByLabelText('Tên đăng nhập');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Ví dụ: canbo.tdc Vui lòng nhập tên đăng nhập.');
  });
  it('is not marked invalid without an error', () => {
    render(<TextField label="Tên đăng nhập" />);
    expect(screen.getByLabelText('Tên đăng nhập')).not.toHaveAttribute('aria-invalid');
  });
});

describe('PasswordField', () => {
  it('toggles visibility with a pressed button', async () => {
    const user = userEvent.setup();
    render(<PasswordField label="Mật khẩu" />);
    const input = screen.getByLabelText('Mật khẩu');
    expect(input).toHaveAttribute('type', 'password');
    const toggle = screen.getByRole('button', { name: 'Hiện mật khẩu' });
    await user.click(toggle);
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByRole('button', { name: 'Ẩn mật khẩu' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('states and alerts', () => {
  it('announces loading as busy', () => {
    render(<LoadingState />);
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');
  });
  it('error alerts are assertive, info alerts polite', () => {
    render(
      <>
        <Alert tone="error">Sai mật khẩu</Alert>
        <Alert tone="success">Đã lưu</Alert>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Sai mật khẩu');
    expect(screen.getByRole('status')).toHaveTextContent('Đã lưu');
  });
  it('ErrorState calls onRetry from "Thử lại"', async () => {
    const onRetry = vi.fn();
    render(<ErrorState message="Mất kết nối" onRetry={onRetry} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });
  it('a loading Button is busy and disabled', () => {
    render(<Button loading>Đăng nhập</Button>);
    const button = screen.getByRole('button', { name: 'Đăng nhập' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('aria-busy', 'true');
  });
});

describe('ErrorBoundary', () => {
  it('shows the error and renders the children again after "Thử lại"', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('Hỏng tạm thời');
      return <p>Đã tải xong</p>;
    }
    function Harness() {
      const [n, setN] = useState(0);
      return (
        <ErrorBoundary onReset={() => setN(n + 1)}>
          <Flaky />
        </ErrorBoundary>
      );
    }
    render(<Harness />);
    expect(screen.getByRole('alert')).toHaveTextContent('Hỏng tạm thời');
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(screen.getByText('Đã tải xong')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});

describe('Dialog', () => {
  it('is a labelled modal that takes focus, closes on Escape and gives focus back', async () => {
    const { Dialog } = await import('./index');
    function Harness() {
      const [open, setOpen] = useState(false);
      return (
        <>
          <button onClick={() => setOpen(true)}>Mở</button>
          {open ? (
            <Dialog title="Từ chối tiếp nhận" onClose={() => setOpen(false)}>
              <label>
                Lý do <input />
              </label>
            </Dialog>
          ) : null}
        </>
      );
    }
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Mở' }));
    const dialog = screen.getByRole('dialog', { name: 'Từ chối tiếp nhận' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(screen.getByRole('button', { name: 'Đóng hộp thoại' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mở' })).toHaveFocus();
  });
});

describe('ErrorSummary', () => {
  it('takes focus and each link moves focus to its field', async () => {
    const { ErrorSummary } = await import('./index');
    const user = userEvent.setup();
    render(
      <>
        <ErrorSummary items={[{ fieldId: 'mst', message: 'Mã số thuế là bắt buộc.' }]} />
        <TextField id="mst" label="Mã số thuế" />
      </>,
    );
    expect(screen.getByRole('alert')).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Mã số thuế là bắt buộc.' }));
    expect(screen.getByLabelText('Mã số thuế')).toHaveFocus();
  });
});

describe('PagedResults', () => {
  type Page = PagedData & { items: string[] };
  const query = (over: Partial<PagedQuery<Page>>): PagedQuery<Page> => ({
    isPending: false,
    isError: false,
    isSuccess: true,
    isFetching: false,
    error: null,
    data: undefined,
    refetch: vi.fn(),
    ...over,
  });
  const list = (q: PagedQuery<Page>, onPageChange = vi.fn()) =>
    render(
      <PagedResults
        query={q}
        noun="hồ sơ"
        loadingLabel="Đang tải hộp hồ sơ…"
        errorTitle="Không tải được hộp hồ sơ"
        errorMessage={(e) => (e as Error).message}
        empty={{ title: 'Không có hồ sơ nào phù hợp' }}
        onPageChange={onPageChange}
      >
        {(data) => (
          <ul>
            {data.items.map((i) => (
              <li key={i}>{i}</li>
            ))}
          </ul>
        )}
      </PagedResults>,
    );

  it('shows loading, then an error with a retry that calls refetch', async () => {
    const { unmount } = list(query({ isPending: true, isSuccess: false }));
    expect(screen.getByText('Đang tải hộp hồ sơ…')).toBeInTheDocument();
    unmount();
    const refetch = vi.fn();
    list(query({ isError: true, isSuccess: false, error: new Error('Máy chủ không trả lời.'), refetch }));
    expect(screen.getByRole('alert')).toHaveTextContent('Không tải được hộp hồ sơMáy chủ không trả lời.');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Thử lại' }));
    expect(refetch).toHaveBeenCalledOnce();
  });

  it('says what it found, exactly or as a lower bound, and pages', async () => {
    const onPageChange = vi.fn();
    const { unmount } = list(
      query({ data: { page: 1, pageSize: 2, total: 5, items: ['A', 'B'] } }),
      onPageChange,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy 5 hồ sơ.');
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Trang sau' }));
    expect(onPageChange).toHaveBeenCalledWith(2);
    unmount();
    list(query({ data: { page: 1, pageSize: 20, total: 1000, totalCapped: true, items: ['A'] } }));
    expect(screen.getByRole('status')).toHaveTextContent('Tìm thấy hơn 1.000 hồ sơ.');
    expect(screen.getByRole('navigation', { name: 'Phân trang' })).toHaveTextContent('của hơn 1.000 hồ sơ');
  });

  it('shows the empty state instead of an empty list', () => {
    list(query({ data: { page: 1, pageSize: 20, total: 0, items: [] } }));
    expect(screen.getByText('Không có hồ sơ nào phù hợp')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });
});
