import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Badge,
  Card,
  EmptyState,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  formatDate,
  formatVnd,
} from '@skhcn/ui';
import { StageBadge } from '../components/stage-badge.component';
import { formatScore } from '../format/science-format';

/** /khcn/cua-toi — an organisation's applications and the tasks it hosts (reports, registration of results). */
export function MyWorkPage() {
  const trpc = useTRPC();
  const location = useLocation();
  const applications = useQuery(trpc.science.myApplications.queryOptions());
  const tasks = useQuery(trpc.science.myTasks.queryOptions());
  const saved = (location.state as { saved?: string } | null)?.saved ?? '';
  useEffect(() => {
    document.title = 'Hồ sơ và nhiệm vụ của tôi – Khoa học và công nghệ';
  }, []);
  return (
    <>
      <PageHeader
        title="Hồ sơ và nhiệm vụ của tôi"
        description="Hồ sơ đăng ký tuyển chọn của tổ chức và các nhiệm vụ tổ chức đang chủ trì."
        actions={
          <Link to="../dot-tuyen-chon" relative="path">
            Xem các đợt tuyển chọn đang mở
          </Link>
        }
      />
      <LiveMessage message={saved} />
      <Card title="Nhiệm vụ tổ chức chủ trì">
        {tasks.isPending ? <LoadingState label="Đang tải nhiệm vụ…" /> : null}
        {tasks.isError ? (
          <ErrorState
            title="Không tải được nhiệm vụ"
            message={getErrorMessage(tasks.error)}
            onRetry={() => void tasks.refetch()}
          />
        ) : null}
        {tasks.data?.length === 0 ? <EmptyState title="Tổ chức chưa chủ trì nhiệm vụ nào" /> : null}
        {tasks.data && tasks.data.length > 0 ? (
          <ul>
            {tasks.data.map((t) => (
              <li key={t.id}>
                <Link to={`../nhiem-vu/${t.id}`} relative="path">
                  {t.code}: {t.title}
                </Link>{' '}
                <StageBadge stage={t.stage} />
                {t.overdueReports > 0 ? (
                  <Badge tone="danger">{t.overdueReports} báo cáo quá hạn</Badge>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </Card>
      <Card title="Hồ sơ đăng ký tuyển chọn">
        {applications.isPending ? <LoadingState label="Đang tải hồ sơ…" /> : null}
        {applications.isError ? (
          <ErrorState
            title="Không tải được hồ sơ"
            message={getErrorMessage(applications.error)}
            onRetry={() => void applications.refetch()}
          />
        ) : null}
        {applications.data?.length === 0 ? <EmptyState title="Tổ chức chưa nộp hồ sơ nào" /> : null}
        {applications.data && applications.data.length > 0 ? (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">Hồ sơ đăng ký tuyển chọn</caption>
              <thead>
                <tr>
                  <th scope="col">Nhiệm vụ</th>
                  <th scope="col">Nộp ngày</th>
                  <th scope="col">Kinh phí đề nghị</th>
                  <th scope="col">Kết quả</th>
                </tr>
              </thead>
              <tbody>
                {applications.data.map((a) => (
                  <tr key={a.applicationId}>
                    <th scope="row">
                      {a.task.code}: {a.task.title}
                    </th>
                    <td>{formatDate(a.submittedAt)}</td>
                    <td>{formatVnd(a.totalBudget)}</td>
                    <td>
                      <Badge
                        tone={
                          a.result === 'selected'
                            ? 'success'
                            : a.result === 'not_selected'
                              ? 'danger'
                              : 'info'
                        }
                      >
                        {a.resultLabel}
                      </Badge>
                      {a.average !== null ? (
                        <div className="khcn-muted">
                          Điểm trung bình {formatScore(a.average)}
                          {a.rank ? `, xếp thứ ${a.rank}` : ''}
                        </div>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Card>
    </>
  );
}
