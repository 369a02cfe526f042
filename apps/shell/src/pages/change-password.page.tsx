import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import { PASSWORD_POLICY, passwordIssues, passwordRules } from '@skhcn/domain';
import { Alert, Button, Card, TextField } from '@skhcn/ui';
import { useSession } from '../auth/session.hooks';

interface FieldErrors {
  currentPassword?: string;
  newPassword?: string;
  confirmation?: string;
}

/** What the form says before sending: the same policy the server applies (packages/domain). */
export function validatePasswordChange(
  currentPassword: string,
  newPassword: string,
  confirmation: string,
  username: string,
): FieldErrors {
  const errors: FieldErrors = {};
  if (currentPassword === '') errors.currentPassword = 'Vui lòng nhập mật khẩu hiện tại.';
  const issues = passwordIssues(newPassword, { username });
  if (newPassword === '') errors.newPassword = 'Vui lòng nhập mật khẩu mới.';
  else if (issues.length > 0) errors.newPassword = issues.map((i) => i.message).join(' ');
  else if (newPassword === currentPassword) errors.newPassword = 'Mật khẩu mới phải khác mật khẩu hiện tại.';
  if (confirmation !== newPassword) errors.confirmation = 'Mật khẩu nhập lại không khớp với mật khẩu mới.';
  return errors;
}

/**
 * “Đổi mật khẩu”: anyone signed in with a password changes it here; someone holding a temporary password an
 * administrator issued is brought here first and can do nothing else until they have chosen their own.
 */
export function ChangePasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const { data: user } = useSession();
  const forced = user?.passwordChangeRequired === true;
  const from = (location.state as { from?: string } | null)?.from;
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState<number | null>(null);
  const currentRef = useRef<HTMLInputElement>(null);
  const newRef = useRef<HTMLInputElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  const change = useMutation(
    trpc.auth.changePassword.mutationOptions({
      onSuccess: ({ sessionsEnded }) => {
        const wasForced = forced;
        queryClient.setQueryData(trpc.auth.me.queryKey(), (me) =>
          me ? { ...me, passwordChangeRequired: undefined } : me,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
        setCurrentPassword('');
        setNewPassword('');
        setConfirmation('');
        // a temporary password replaced: on to the work that was asked for
        if (wasForced) void navigate(from && from !== '/doi-mat-khau' ? from : '/', { replace: true });
        else setDone(sessionsEnded);
      },
      onError: (error) => {
        if (getAppCode(error) === 'INVALID_CREDENTIALS') {
          setErrors({ currentPassword: getErrorMessage(error) });
          currentRef.current?.focus();
        }
      },
    }),
  );

  useEffect(() => {
    document.title = 'Đổi mật khẩu – Sở Khoa học và Công nghệ';
  }, []);
  useEffect(() => {
    if (done !== null) doneRef.current?.focus();
  }, [done]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    const found = validatePasswordChange(currentPassword, newPassword, confirmation, user?.username ?? '');
    setErrors(found);
    if (found.currentPassword) return currentRef.current?.focus();
    if (found.newPassword) return newRef.current?.focus();
    if (found.confirmation) return confirmRef.current?.focus();
    change.mutate({ currentPassword, newPassword });
  };

  const serverError =
    change.isError && getAppCode(change.error) !== 'INVALID_CREDENTIALS'
      ? getErrorMessage(change.error)
      : null;

  return (
    <Card as="section" aria-labelledby="change-password-title" className="shell-narrow">
      <h1 id="change-password-title">Đổi mật khẩu</h1>
      {forced ? (
        <Alert tone="warning" title="Vui lòng đặt mật khẩu của riêng bạn">
          Bạn đang đăng nhập bằng mật khẩu tạm thời do quản trị viên cấp. Hãy đặt mật khẩu mới trước khi tiếp
          tục làm việc; mật khẩu tạm thời sẽ không dùng được nữa.
        </Alert>
      ) : null}
      {done !== null ? (
        <div ref={doneRef} tabIndex={-1}>
          <Alert tone="success" title="Đã đổi mật khẩu">
            Lần đăng nhập sau, hãy dùng mật khẩu mới.
            {done > 0 ? ` ${done} phiên đăng nhập khác của tài khoản đã kết thúc.` : ''}{' '}
            <Link to="/">Về trang chủ</Link>
          </Alert>
        </div>
      ) : null}
      {serverError ? (
        <Alert tone="error" title="Chưa đổi được mật khẩu">
          {serverError}
        </Alert>
      ) : null}
      <form noValidate onSubmit={onSubmit} aria-label="Đổi mật khẩu">
        <TextField
          ref={currentRef}
          label={forced ? 'Mật khẩu tạm thời (hiện tại)' : 'Mật khẩu hiện tại'}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          ref={newRef}
          label="Mật khẩu mới"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
          error={errors.newPassword}
          hint={
            <>
              Mật khẩu mới cần:{' '}
              {passwordRules()
                .map((r) => {
                  const rule = r.message.replace(/\.$/, '');
                  return rule.charAt(0).toLocaleLowerCase('vi') + rule.slice(1);
                })
                .join('; ')}
              . (Theo {PASSWORD_POLICY.source.document}.)
            </>
          }
        />
        <TextField
          ref={confirmRef}
          label="Nhập lại mật khẩu mới"
          name="confirmation"
          type="password"
          autoComplete="new-password"
          required
          value={confirmation}
          onChange={(e) => setConfirmation(e.target.value)}
          error={errors.confirmation}
        />
        <Button type="submit" loading={change.isPending}>
          Đổi mật khẩu
        </Button>
      </form>
    </Card>
  );
}
