import { useState } from 'react';
import { Alert, Button, TextField } from '@skhcn/ui';

/**
 * A temporary password, shown once: only its hash is stored, so it cannot be shown again. A copy button puts it on
 * the clipboard; the result is announced.
 */
export function TemporaryPassword({ username, password }: { username: string; password: string }) {
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(password);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <Alert tone="warning" title="Mật khẩu tạm thời — chỉ hiển thị một lần">
      <p>
        Tài khoản <strong>{username}</strong> đăng nhập bằng mật khẩu sau. Hãy trao trực tiếp cho người dùng;
        sau khi đóng thông báo này, hệ thống không hiển thị lại (chỉ lưu bản băm). Lần đăng nhập đầu tiên,
        người dùng phải đổi sang mật khẩu của riêng mình.
      </p>
      <TextField
        className="admin-password"
        label="Mật khẩu tạm thời"
        value={password}
        readOnly
        autoComplete="off"
        spellCheck={false}
        onFocus={(e) => e.currentTarget.select()}
        trailing={
          <Button variant="secondary" size="small" onClick={() => void copy()}>
            Sao chép mật khẩu
          </Button>
        }
      />
      <p role="status" aria-live="polite">
        {copied === 'yes'
          ? 'Đã sao chép mật khẩu vào bộ nhớ tạm.'
          : copied === 'no'
            ? 'Trình duyệt không cho sao chép; hãy chọn và chép mật khẩu bằng tay.'
            : ''}
      </p>
    </Alert>
  );
}
