import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { LIVE_STATUSES } from '@skhcn/domain';
import { DeadlineBadge } from '@skhcn/one-stop-ui';
import { Card, EmptyState, ErrorState, LoadingState, formatDate, formatNumber } from '@skhcn/ui';
import { dossierHref } from '../field-apps';

/** The signed-in officer's work from every field app: the 10 live dossiers nearest their deadline. */
export function WorkInbox() {
  const trpc = useTRPC();
  const inbox = useQuery(
    trpc.dossiers.inbox.queryOptions({
      statuses: [...LIVE_STATUSES],
      sort: 'deadline',
      page: 1,
      pageSize: 10,
    }),
  );
  return (
    <Card title="Việc cần xử lý" className="shell-inbox">
      {inbox.isPending ? <LoadingState label="Đang tải hồ sơ cần xử lý…" /> : null}
      {inbox.isError ? (
        <ErrorState
          title="Không tải được hồ sơ cần xử lý"
          message={getErrorMessage(inbox.error)}
          onRetry={() => void inbox.refetch()}
          retrying={inbox.isFetching}
        />
      ) : null}
      {inbox.isSuccess && inbox.data.items.length === 0 ? (
        <EmptyState title="Không có hồ sơ nào đang chờ xử lý" />
      ) : null}
      {inbox.isSuccess && inbox.data.items.length > 0 ? (
        <>
          <p>
            {inbox.data.total > inbox.data.items.length
              ? `10 hồ sơ gần hạn nhất trong ${inbox.data.totalCapped ? 'hơn ' : ''}${formatNumber(inbox.data.total)} hồ sơ đang giải quyết.`
              : `${inbox.data.total} hồ sơ đang giải quyết.`}
          </p>
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">Hồ sơ cần xử lý, sắp xếp theo hạn giải quyết</caption>
              <thead>
                <tr>
                  <th scope="col">Mã hồ sơ</th>
                  <th scope="col">Tổ chức, cá nhân</th>
                  <th scope="col">Thủ tục</th>
                  <th scope="col">Trạng thái</th>
                  <th scope="col">Hạn giải quyết</th>
                </tr>
              </thead>
              <tbody>
                {inbox.data.items.map((row) => {
                  const href = dossierHref(row);
                  return (
                    <tr key={row.id}>
                      <th scope="row">{href ? <Link to={href}>{row.code}</Link> : row.code}</th>
                      <td>{row.applicantName}</td>
                      <td>{row.procedureName}</td>
                      <td>{row.statusLabel}</td>
                      <td>
                        {row.deadline ? <div>{formatDate(row.deadline)}</div> : null}
                        <DeadlineBadge view={row} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </Card>
  );
}
