import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC, type RouterOutputs } from '@skhcn/api-client';
import type { AppId } from '@skhcn/domain';
import {
  Badge,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  formatDate,
  formatNumber,
  type BadgeProps,
} from '@skhcn/ui';
import { fieldApps } from '../field-apps';

type DossierRow = RouterOutputs['dossiers']['inbox']['items'][number];

/** Statuses that still need someone's work (not finished, withdrawn or refused). */
export const OPEN_STATUSES = [1, 2, 4, 5, 6];

/** Which field app serves a procedure, by the prefix of its code (the catalog keeps one prefix per app). */
const APP_BY_PREFIX: Record<string, AppId> = {
  tdc: 'conformity',
  'buc-xa': 'licensing',
  'buu-chinh': 'licensing',
  khcn: 'science',
  dti: 'dti',
};

/** The page of a dossier in its field app, or undefined while that app is not available. */
export function dossierHref(row: Pick<DossierRow, 'id' | 'procedureCode'>): string | undefined {
  const app = APP_BY_PREFIX[row.procedureCode.split('.')[0] ?? ''];
  const link = app ? fieldApps[app] : undefined;
  return link ? `${link.path}/ho-so/${encodeURIComponent(row.id)}` : undefined;
}

function deadline(row: DossierRow): { tone: NonNullable<BadgeProps['tone']>; text: string } {
  if (row.paused) return { tone: 'neutral', text: 'Tạm dừng (chờ người nộp)' };
  const n = row.remainingWorkingDays;
  if (n === null) return { tone: 'neutral', text: 'Chưa tính hạn' };
  if (n < 0) return { tone: 'danger', text: `Quá hạn ${-n} ngày làm việc` };
  if (n === 0) return { tone: 'warning', text: 'Đến hạn hôm nay' };
  return { tone: row.deadlineColour === 'due_soon' ? 'warning' : 'neutral', text: `Còn ${n} ngày làm việc` };
}

/** The signed-in officer's work from every field app: the 10 open dossiers nearest their deadline. */
export function WorkInbox() {
  const trpc = useTRPC();
  const inbox = useQuery(
    trpc.dossiers.inbox.queryOptions({ statuses: OPEN_STATUSES, sort: 'deadline', page: 1, pageSize: 10 }),
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
                  const due = deadline(row);
                  return (
                    <tr key={row.id}>
                      <th scope="row">{href ? <Link to={href}>{row.code}</Link> : row.code}</th>
                      <td>{row.applicantName}</td>
                      <td>{row.procedureName}</td>
                      <td>{row.statusLabel}</td>
                      <td>
                        {row.deadline ? <div>{formatDate(row.deadline)}</div> : null}
                        <Badge tone={due.tone}>{due.text}</Badge>
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
