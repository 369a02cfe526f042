import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';

/** /quan-tri/don-vi — the department's units and the staff holding a role in each (read-only). */
export function UnitsPage() {
  const trpc = useTRPC();
  const units = useQuery(trpc.admin.units.queryOptions());
  useEffect(() => {
    document.title = 'Đơn vị và cán bộ – Sở Khoa học và Công nghệ';
  }, []);
  return (
    <>
      <PageHeader
        title="Đơn vị và cán bộ"
        description="Các đơn vị của Sở và cán bộ có vai trò trong từng đơn vị. Đổi vai trò tại trang của từng tài khoản."
      />
      <p>
        <Link to="/quan-tri/tai-khoan">Quản trị tài khoản</Link>
      </p>
      {units.isPending ? (
        <LoadingState label="Đang tải các đơn vị…" />
      ) : units.isError ? (
        <ErrorState
          title="Không tải được các đơn vị"
          message={getErrorMessage(units.error)}
          onRetry={() => void units.refetch()}
          retrying={units.isFetching}
        />
      ) : (
        units.data.map((u) => (
          <Card key={u.code} title={`${u.name} (${u.users.length} cán bộ)`}>
            {u.users.length === 0 ? (
              <EmptyState title="Đơn vị chưa có cán bộ nào" />
            ) : (
              <ul>
                {u.users.map((user) => (
                  <li key={user.id}>
                    <Link to={`/quan-tri/tai-khoan/${user.id}`}>{user.fullName}</Link> ({user.username}) —{' '}
                    {user.roles.join(', ')} {user.active ? null : <Badge tone="danger">Đã khoá</Badge>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        ))
      )}
    </>
  );
}
