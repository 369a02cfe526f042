import { useNavigate } from 'react-router';
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
