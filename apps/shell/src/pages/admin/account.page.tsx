import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { AccountDetail } from '@skhcn/api';
import type { Membership } from '@skhcn/domain';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  ErrorState,
  formatDateTime,
  LoadingState,
  PageHeader,
} from '@skhcn/ui';
import { KIND_LABELS } from './accounts.page';
import { MembershipsEditor } from './memberships-editor.component';
import { TemporaryPassword } from './temporary-password.component';

const ACTION_LABELS: Record<string, string> = {
  created: 'Tạo tài khoản',
  memberships_changed: 'Đổi vai trò, đơn vị',
  deactivated: 'Khoá tài khoản',
  reactivated: 'Mở lại tài khoản',
  password_reset: 'Đặt lại mật khẩu',
  password_changed: 'Tự đổi mật khẩu',
  profile_completed: 'Khai thông tin tổ chức',
};

/** A failed change: its Vietnamese message, and after a concurrent edit a way to load the latest. */
function ChangeError({ error, onReload }: { error: unknown; onReload: () => void }) {
  return (
    <Alert tone="error" title="Chưa lưu được thay đổi">
      {getErrorMessage(error)}{' '}
      {getAppCode(error) === 'CONFLICT' ? (
        <Button variant="link" onClick={onReload}>
          Tải lại tài khoản
        </Button>
      ) : null}
    </Alert>
  );
}

function Editor({ account }: { account: AccountDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [memberships, setMemberships] = useState<Membership[]>(
    account.memberships.map(({ unitCode, role }) => ({ unitCode, role })),
  );
  const [saved, setSaved] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<'active' | 'reset' | null>(null);
  const [password, setPassword] = useState<string | null>(null);
  const units = useQuery(trpc.org.units.queryOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.admin.pathKey() });
  const reload = () => {
    setMemberships(account.memberships.map(({ unitCode, role }) => ({ unitCode, role })));
    void refresh();
  };

  useEffect(() => {
    setMemberships(account.memberships.map(({ unitCode, role }) => ({ unitCode, role })));
  }, [account.version, account.memberships]);

  const setRoles = useMutation(
    trpc.admin.setMemberships.mutationOptions({
      onSuccess: async () => {
        setSaved('Đã lưu vai trò, đơn vị.');
        await refresh();
      },
    }),
  );
  const setActive = useMutation(
    trpc.admin.setActive.mutationOptions({
      onSuccess: async (r) => {
        setConfirm(null);
        setSaved(
          r.active
            ? 'Đã mở lại tài khoản; người dùng đăng nhập lại được.'
            : `Đã khoá tài khoản; ${r.sessionsEnded} phiên đăng nhập đã kết thúc.`,
        );
        await refresh();
      },
      onError: () => setConfirm(null),
    }),
  );
  const reset = useMutation(
    trpc.admin.resetPassword.mutationOptions({
      onSuccess: async (r) => {
        setConfirm(null);
        setPassword(r.temporaryPassword);
        setSaved('Đã đặt lại mật khẩu; mật khẩu cũ không còn dùng được, các phiên đăng nhập đã kết thúc.');
        await refresh();
      },
      onError: () => setConfirm(null),
    }),
  );
  const failed = [setRoles, setActive, reset].find((m) => m.isError)?.error;

  return (
    <>
      {saved ? <Alert tone="success">{saved}</Alert> : null}
      {failed ? <ChangeError error={failed} onReload={reload} /> : null}
      {password ? <TemporaryPassword username={account.username} password={password} /> : null}
      <Card title="Thông tin tài khoản">
        <dl className="admin-facts">
          <dt>Tên đăng nhập</dt>
          <dd>{account.username}</dd>
          <dt>Loại</dt>
          <dd>{KIND_LABELS[account.kind]}</dd>
          {account.organisationName ? (
            <>
              <dt>Tổ chức</dt>
              <dd>{account.organisationName}</dd>
              <dt>Mã số thuế</dt>
              <dd>{account.taxCode}</dd>
            </>
          ) : null}
          <dt>Trạng thái</dt>
          <dd>
            {account.active ? (
              <Badge tone="success">Đang hoạt động</Badge>
            ) : (
              <Badge tone="danger">Đã khoá</Badge>
            )}
            {account.passwordChangeRequired ? (
              <>
                {' '}
                <Badge tone="warning">Chưa đổi mật khẩu tạm thời</Badge>
              </>
            ) : null}
          </dd>
          <dt>Ngày tạo</dt>
          <dd>{formatDateTime(account.createdAt)}</dd>
        </dl>
        <div className="admin-actions">
          <Button variant={account.active ? 'danger' : 'primary'} onClick={() => setConfirm('active')}>
            {account.active ? 'Khoá tài khoản' : 'Mở lại tài khoản'}
          </Button>
          <Button variant="secondary" onClick={() => setConfirm('reset')}>
            Đặt lại mật khẩu
          </Button>
        </div>
      </Card>
      {account.kind === 'staff' ? (
        <Card title="Vai trò, đơn vị">
          {units.isSuccess ? (
            <form
              className="skh-form"
              onSubmit={(e) => {
                e.preventDefault();
                setSaved(null);
                setRoles.mutate({ id: account.id, version: account.version, memberships });
              }}
            >
              <MembershipsEditor
                idPrefix="account-memberships"
                value={memberships}
                units={units.data.map((u) => ({ code: u.code, name: u.name }))}
                onChange={setMemberships}
                error={
                  memberships.length === 0
                    ? 'Cán bộ phải có ít nhất một vai trò trong một đơn vị.'
                    : undefined
                }
              />
              <Button type="submit" disabled={setRoles.isPending || memberships.length === 0}>
                {setRoles.isPending ? 'Đang lưu…' : 'Lưu vai trò'}
              </Button>
            </form>
          ) : units.isError ? (
            <ErrorState
              title="Không tải được danh sách đơn vị"
              message={getErrorMessage(units.error)}
              onRetry={() => void units.refetch()}
              retrying={units.isFetching}
            />
          ) : (
            <LoadingState label="Đang tải danh sách đơn vị…" />
          )}
        </Card>
      ) : null}
      <Card title="Lịch sử thay đổi">
        {account.events.length === 0 ? (
          <p>Chưa có thay đổi nào trên màn hình quản trị.</p>
        ) : (
          <table className="skh-table">
            <caption className="skh-visually-hidden">Lịch sử thay đổi, mới nhất trước</caption>
            <thead>
              <tr>
                <th scope="col">Thời điểm</th>
                <th scope="col">Thay đổi</th>
                <th scope="col">Người thực hiện</th>
              </tr>
            </thead>
            <tbody>
              {account.events.map((e) => (
                <tr key={e.id}>
                  <td>{formatDateTime(e.at)}</td>
                  <td>{ACTION_LABELS[e.action] ?? e.action}</td>
                  <td>{e.actor.fullName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
      {confirm === 'active' ? (
        <Dialog
          title={
            account.active ? `Khoá tài khoản ${account.username}?` : `Mở lại tài khoản ${account.username}?`
          }
          onClose={() => setConfirm(null)}
          footer={
            <>
              <Button
                variant={account.active ? 'danger' : 'primary'}
                disabled={setActive.isPending}
                onClick={() => {
                  setSaved(null);
                  setActive.mutate({ id: account.id, version: account.version, active: !account.active });
                }}
              >
                {account.active ? 'Khoá' : 'Mở lại'}
              </Button>
              <Button variant="secondary" onClick={() => setConfirm(null)}>
                Huỷ
              </Button>
            </>
          }
        >
          <p>
            {account.active
              ? 'Người dùng bị đăng xuất ngay và không đăng nhập được nữa. Hồ sơ, lịch sử của họ vẫn được giữ.'
              : 'Người dùng đăng nhập lại được bằng mật khẩu hiện có.'}
          </p>
        </Dialog>
      ) : null}
      {confirm === 'reset' ? (
        <Dialog
          title={`Đặt lại mật khẩu của ${account.username}?`}
          onClose={() => setConfirm(null)}
          footer={
            <>
              <Button
                disabled={reset.isPending}
                onClick={() => {
                  setSaved(null);
                  reset.mutate({ id: account.id, version: account.version });
                }}
              >
                Đặt lại mật khẩu
              </Button>
              <Button variant="secondary" onClick={() => setConfirm(null)}>
                Huỷ
              </Button>
            </>
          }
        >
          <p>
            Hệ thống tạo một mật khẩu tạm thời, chỉ hiển thị một lần. Mật khẩu cũ hết hiệu lực và người dùng
            bị đăng xuất ngay.
          </p>
        </Dialog>
      ) : null}
    </>
  );
}

/** /quan-tri/tai-khoan/:id — one account: roles in units, deactivate/reactivate, reset the password, history. */
export function AccountPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const account = useQuery(trpc.admin.account.queryOptions({ id }));
  useEffect(() => {
    document.title = `${account.data?.fullName ?? 'Tài khoản'} – Quản trị tài khoản`;
  }, [account.data?.fullName]);
  return (
    <>
      <p>
        <Link to="/quan-tri/tai-khoan">← Danh sách tài khoản</Link>
      </p>
      <PageHeader title={account.data ? account.data.fullName : 'Tài khoản'} />
      {account.isPending ? (
        <LoadingState label="Đang tải tài khoản…" />
      ) : account.isError ? (
        <ErrorState
          title="Không tải được tài khoản"
          message={getErrorMessage(account.error)}
          onRetry={() => void account.refetch()}
          retrying={account.isFetching}
        />
      ) : (
        <Editor account={account.data} />
      )}
    </>
  );
}
