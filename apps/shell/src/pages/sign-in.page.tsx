import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { getErrorMessage } from '@skhcn/api-client';
import { appErrors, type AppErrorCode } from '@skhcn/domain';
import { Alert, Button, Card, LoadingState, PasswordField, TextField } from '@skhcn/ui';
import { useSession, useSignIn, useSignInOptions } from '../auth/session.hooks';
import { departmentName } from '../organisation';

interface FieldErrors {
  username?: string;
  password?: string;
}

export function validateSignIn(username: string, password: string): FieldErrors {
  const errors: FieldErrors = {};
  if (username.trim() === '') errors.username = 'Vui lòng nhập tên đăng nhập.';
  else if (username.trim().length > 64) errors.username = 'Tên đăng nhập không được dài quá 64 ký tự.';
  if (password === '') errors.password = 'Vui lòng nhập mật khẩu.';
  return errors;
}

function redirectTarget(state: unknown): string {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' && from.startsWith('/') && !from.startsWith('/dang-nhap') ? from : '/';
}

/** The codes the identity sign-in may come back with (`/dang-nhap?loi=<code>`), each shown with its message. */
const IDENTITY_ERRORS: readonly AppErrorCode[] = [
  'OIDC_DENIED',
  'OIDC_STATE_MISMATCH',
  'OIDC_UNAVAILABLE',
  'OIDC_FAILED',
  'OIDC_NOT_CONFIGURED',
  'ACCOUNT_INACTIVE',
];

/** The Vietnamese message for the `loi` the identity sign-in came back with, if it is one of its codes. */
export function identityErrorMessage(search: string): string | undefined {
  const code = new URLSearchParams(search).get('loi');
  const known = IDENTITY_ERRORS.find((c) => c === code);
  return known ? appErrors[known].message : undefined;
}

export function SignInPage() {
  const session = useSession();
  const signIn = useSignIn();
  const options = useSignInOptions();
  const navigate = useNavigate();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = 'Đăng nhập – Sở Khoa học và Công nghệ';
  }, []);

  if (session.isPending) return <LoadingState />;
  const identityError = identityErrorMessage(location.search);
  const identityProvider = options.data?.identityProvider;
  if (session.data && !signIn.isPending) return <Navigate to={redirectTarget(location.state)} replace />;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateSignIn(username, password);
    setErrors(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    signIn.mutate(
      { username: username.trim(), password },
      {
        onSuccess: () => void navigate(redirectTarget(location.state), { replace: true }),
        onError: () => {
          setPassword('');
          passwordRef.current?.focus();
        },
      },
    );
  };

  return (
    <main id="main" className="shell-signin" tabIndex={-1}>
      <p className="shell-signin__department">{departmentName}</p>
      <Card as="div">
        <h1 ref={headingRef} className="shell-signin__title">
          Đăng nhập
        </h1>
        <p>
          Dành cho cán bộ, công chức của Sở và tổ chức, cá nhân đã được cấp tài khoản. Nhập tài khoản để tiếp
          tục.
        </p>
        {identityError && !signIn.isError ? (
          <Alert tone="error" title="Đăng nhập bằng tài khoản định danh không thành công">
            {identityError}
          </Alert>
        ) : null}
        {signIn.isError ? (
          <Alert tone="error" title="Đăng nhập không thành công">
            {getErrorMessage(signIn.error)}
          </Alert>
        ) : null}
        <form noValidate onSubmit={onSubmit} aria-label="Đăng nhập">
          <TextField
            ref={usernameRef}
            label="Tên đăng nhập"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            error={errors.username}
          />
          <PasswordField
            ref={passwordRef}
            label="Mật khẩu"
            name="password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            error={errors.password}
          />
          <Button type="submit" loading={signIn.isPending}>
            Đăng nhập
          </Button>
        </form>
        {identityProvider ? (
          <div className="shell-signin__identity">
            <p>
              Tổ chức, cá nhân nộp hồ sơ trực tuyến có thể đăng nhập bằng tài khoản định danh điện tử (VNeID).
            </p>
            {/* a full page navigation: the server sends the browser on to the identity provider */}
            <a
              className="skh-button skh-button--secondary"
              href={`${identityProvider.startUrl}?from=${encodeURIComponent(redirectTarget(location.state))}`}
            >
              Đăng nhập bằng tài khoản định danh
            </a>
          </div>
        ) : null}
      </Card>
    </main>
  );
}
