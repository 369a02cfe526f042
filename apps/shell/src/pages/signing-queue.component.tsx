import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Card, EmptyState, ErrorState, LoadingState, formatDate, formatNumber } from '@skhcn/ui';
import { dossierHref } from '../field-apps';

/** The leader's signing queue ("Chờ ký"): dossiers proposed for their signature, oldest deadline first. */
export function SigningQueue() {
  const trpc = useTRPC();
  const queue = useQuery(
    trpc.dossiers.inbox.queryOptions({
      awaitingSignature: true,
      statuses: [4],
      sort: 'deadline',
      page: 1,
      pageSize: 10,
    }),
  );
  const total = queue.data ? `${queue.data.totalCapped ? 'hơn ' : ''}${formatNumber(queue.data.total)}` : '';
  return (
    <Card title={queue.isSuccess ? `Chờ ký (${total})` : 'Chờ ký'} className="shell-inbox">
      {queue.isPending ? <LoadingState label="Đang tải hồ sơ chờ ký…" /> : null}
      {queue.isError ? (
        <ErrorState
          title="Không tải được hồ sơ chờ ký"
          message={getErrorMessage(queue.error)}
          onRetry={() => void queue.refetch()}
          retrying={queue.isFetching}
        />
      ) : null}
      {queue.isSuccess && queue.data.items.length === 0 ? (
        <EmptyState title="Không có hồ sơ nào chờ ký" />
      ) : null}
      {queue.isSuccess && queue.data.items.length > 0 ? (
        <ul>
          {queue.data.items.map((row) => {
            const href = dossierHref(row);
            const text = `${row.code} · ${row.applicantName} · ${row.procedureName}${
              row.deadline ? ` · hạn ${formatDate(row.deadline)}` : ''
            }`;
            return <li key={row.id}>{href ? <Link to={href}>{text}</Link> : text}</li>;
          })}
        </ul>
      ) : null}
    </Card>
  );
}
