import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Button,
  Card,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  formatDate,
  formatDateTime,
} from '@skhcn/ui';
import { ActionDialog } from '../actions/action-dialog.component';
import type { EngineAction } from '../api-types';
import { DocumentsList } from '../dossier/documents-list.component';
import { StatusBadge } from '../dossier/status-badges.component';
import { DossierTimeline } from '../dossier/timeline.component';
import { channelLabels, commandLabel, DANGEROUS_ACTIONS } from '../format/dossier-format';

/** /ho-so-cua-toi/:id — one of the applicant's dossiers, in the applicant's words: status, what to do, documents. */
export function ApplicantDossierPage({ backHref = '/ho-so-cua-toi' }: { backHref?: string }) {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId: id }));
  const [action, setAction] = useState<EngineAction | null>(null);
  const [saved, setSaved] = useState('');
  const back = <Link to={backHref}>Về hồ sơ của tôi</Link>;
  const code = detail.data?.dossier.code;

  useEffect(() => {
    if (code) document.title = `Hồ sơ ${code} – Hồ sơ của tôi`;
  }, [code]);

  if (detail.isPending) return <LoadingState label="Đang tải hồ sơ…" />;
  if (detail.isError)
    return (
      <>
        <PageHeader title="Hồ sơ" />
        <ErrorState
          title="Không tải được hồ sơ"
          message={getErrorMessage(detail.error)}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
        {back}
      </>
    );

  const { dossier: d, events, documents, allowedActions } = detail.data;
  const request = events.findLast((e) => e.action === 'request_additions');
  return (
    <>
      <PageHeader title={`Hồ sơ ${d.code}`} description={d.procedureName} actions={back} />
      <LiveMessage message={saved} />
      {d.status === 5 ? (
        <Alert tone="warning" title="Hồ sơ cần nộp bổ sung">
          <p>{request?.reason ?? 'Xem phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.'}</p>
        </Alert>
      ) : null}
      <Card title="Tình trạng hồ sơ">
        <dl className="skh-facts">
          <dt>Trạng thái</dt>
          <dd>
            <StatusBadge status={d.status} />
          </dd>
          <dt>Hình thức nộp</dt>
          <dd>{channelLabels[d.channel]}</dd>
          <dt>Ngày nộp</dt>
          <dd>{formatDateTime(d.submittedAt ?? d.receivedAt) || '—'}</dd>
          <dt>Ngày tiếp nhận</dt>
          <dd>{formatDateTime(d.receivedAt) || 'Chưa tiếp nhận'}</dd>
          <dt>Ngày hẹn trả kết quả</dt>
          <dd>
            {d.deadline
              ? formatDate(d.deadline)
              : d.paused
                ? 'Tạm dừng tính hạn, chờ bạn bổ sung hoặc nộp phí'
                : 'Chưa có'}
          </dd>
        </dl>
        {allowedActions.length > 0 ? (
          <div className="skh-actions">
            {allowedActions.map((a) => (
              <Button
                key={a}
                variant={DANGEROUS_ACTIONS.has(a) ? 'danger' : 'primary'}
                onClick={() => setAction(a)}
              >
                {commandLabel(a, 'applicant')}
              </Button>
            ))}
          </div>
        ) : null}
      </Card>
      <Card title="Văn bản đã nhận">
        <DocumentsList
          documents={documents}
          empty="Chưa có văn bản nào: giấy tiếp nhận có khi hồ sơ được tiếp nhận."
        />
      </Card>
      <DossierTimeline events={events} />
      {action ? (
        <ActionDialog
          action={action}
          audience="applicant"
          detail={detail.data}
          onClose={() => setAction(null)}
          onReload={() => {
            setAction(null);
            void queryClient.invalidateQueries();
          }}
          onDone={(message) => {
            setAction(null);
            setSaved(message);
            void queryClient.invalidateQueries();
          }}
        />
      ) : null}
    </>
  );
}
