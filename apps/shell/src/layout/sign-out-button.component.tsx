import { Link, useNavigate } from 'react-router';
import { Button } from '@skhcn/ui';
import { useSignOut } from '../auth/session.hooks';

export function SignOutButton() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Button
      variant="secondary"
      size="small"
      loading={signOut.isPending}
      onClick={() =>
        signOut.mutate(undefined, { onSettled: () => void navigate('/dang-nhap', { replace: true }) })
      }
    >
      Đăng xuất
    </Button>
  );
}

/** The account's own actions in the header: change the password, sign out. */
export function AccountActions() {
  return (
    <div className="shell-account-actions">
      <Link to="/doi-mat-khau" className="shell-account-actions__link">
        Đổi mật khẩu
      </Link>
      <SignOutButton />
    </div>
  );
}
