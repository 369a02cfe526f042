import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Alert, Button, ErrorBoundary, ErrorState, LoadingState, PasswordField, TextField } from './index';

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
