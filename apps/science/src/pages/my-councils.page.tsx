import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';

const sheetLabel = { none: 'Chưa chấm', draft: 'Đang chấm', submitted: 'Đã nộp phiếu' } as const;

/** /khcn/hoi-dong-cua-toi — a member's queue: the councils they sit on and the applications waiting for them. */
export function MyCouncilsPage() {
  const trpc = useTRPC();
  const councils = useQuery(trpc.science.myCouncils.queryOptions());
  useEffect(() => {
    document.title = 'Hội đồng của tôi – Khoa học và công nghệ';
  }, []);
  return (
    <>
      <PageHeader
        title="Hội đồng của tôi"
        description="Các hội đồng bạn là thành viên. Khai báo xung đột lợi ích trước khi xem và chấm từng hồ sơ."
      />
      {councils.isPending ? <LoadingState label="Đang tải hội đồng…" /> : null}
      {councils.isError ? (
        <ErrorState
          title="Không tải được danh sách hội đồng"
          message={getErrorMessage(councils.error)}
          onRetry={() => void councils.refetch()}
          retrying={councils.isFetching}
        />
      ) : null}
      {councils.data?.length === 0 ? (
        <EmptyState
          title="Bạn chưa là thành viên hội đồng nào"
          description="Phòng Quản lý Khoa học sẽ thông báo khi mời bạn tham gia hội đồng."
        />
      ) : null}
      {councils.data?.map((c) => (
        <Card key={c.council.id} title={c.council.name}>
          <p>
            Nhiệm vụ {c.task.code}: {c.task.title}
            <br />
            Vai trò của bạn: <strong>{c.roleLabel}</strong> ·{' '}
            <Badge tone={c.council.status === 'closed' ? 'success' : 'info'}>{c.council.statusLabel}</Badge> ·{' '}
            <Link to={`../hoi-dong/${c.council.id}`} relative="path">
              {c.role === 'secretary' ? 'Theo dõi tiến độ hội đồng' : 'Xem hội đồng'}
            </Link>
          </p>
          {c.applications.length > 0 ? (
            <div className="skh-table-wrap">
              <table className="skh-table">
                <caption className="skh-visually-hidden">Hồ sơ cần đánh giá của {c.council.name}</caption>
                <thead>
                  <tr>
                    <th scope="col">Hồ sơ</th>
                    <th scope="col">Xung đột lợi ích</th>
                    <th scope="col">Phiếu của bạn</th>
                  </tr>
                </thead>
                <tbody>
                  {c.applications.map((a) => (
                    <tr key={a.id}>
                      <th scope="row">
                        <Link to={`${c.council.id}/ho-so/${a.id}`}>{a.organisationName}</Link>
                        <div className="khcn-muted">Chủ nhiệm: {a.principalInvestigator}</div>
                      </th>
                      <td>
                        {!a.declared
                          ? 'Chưa khai báo'
                          : a.conflicted
                            ? 'Có xung đột (không chấm)'
                            : 'Không có'}
                      </td>
                      <td>{a.conflicted ? '—' : sheetLabel[a.sheet]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </Card>
      ))}
    </>
  );
}
