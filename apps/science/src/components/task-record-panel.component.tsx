import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { DossierDetail } from '@skhcn/one-stop-ui';
import { Card, ErrorState, LoadingState, formatDate } from '@skhcn/ui';
import { StageBadge } from './stage-badge.component';

/** On the shared dossier page of a result registration: the task it registers, with its acceptance and deadline. */
export function TaskRecordPanel({ detail }: { detail: DossierDetail }) {
  const trpc = useTRPC();
  const task = useQuery(trpc.science.taskOfDossier.queryOptions({ dossierId: detail.dossier.id }));
  if (task.isPending) return <LoadingState label="Đang tải nhiệm vụ được đăng ký…" />;
  if (task.isError)
    return (
      <ErrorState
        title="Không tải được nhiệm vụ được đăng ký"
        message={getErrorMessage(task.error)}
        onRetry={() => void task.refetch()}
      />
    );
  const t = task.data;
  return (
    <Card title="Nhiệm vụ được đăng ký kết quả">
      {t === null ? (
        <p>
          Hồ sơ này không gắn với nhiệm vụ nào của Sở; khi phê duyệt sẽ không cấp giấy chứng nhận tự động.
        </p>
      ) : (
        <dl className="skh-facts">
          <dt>Nhiệm vụ</dt>
          <dd>
            <Link to={`/khcn/nhiem-vu/${encodeURIComponent(t.id)}`}>{t.code}</Link>: {t.title}
          </dd>
          <dt>Giai đoạn</dt>
          <dd>
            <StageBadge stage={t.stage} />
          </dd>
          <dt>Tổ chức chủ trì</dt>
          <dd>{t.hostName ?? '—'}</dd>
          <dt>Nghiệm thu</dt>
          <dd>
            {t.acceptedOn ? formatDate(t.acceptedOn) : '—'}
            {t.overallGradeLabel ? ` · xếp loại ${t.overallGradeLabel}` : ''}
          </dd>
          {t.latestFilingDate ? (
            <>
              <dt>Hạn nộp hồ sơ đăng ký</dt>
              <dd>
                {formatDate(t.latestFilingDate)} (30 ngày kể từ ngày nghiệm thu, Thông tư 14/2014/TT-BKHCN)
              </dd>
            </>
          ) : null}
        </dl>
      )}
    </Card>
  );
}
