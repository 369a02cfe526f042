import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { findProcedureVersion } from '@skhcn/domain';
import {
  Button,
  Card,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  formatDate,
  formatDateTime,
  formatDuration,
} from '@skhcn/ui';
import { ActionDialog } from '../actions/action-dialog.component';
import type { EngineAction } from '../api-types';
import { fieldPath, useField } from '../field/field';
import { channelLabels, commandLabel, DANGEROUS_ACTIONS } from '../format/dossier-format';
import { ChecklistCard } from './checklist.component';
import { DocumentsList } from './documents-list.component';
import { DeadlineBadge, StatusBadge } from './status-badges.component';
import { DossierTimeline } from './timeline.component';

/** <field>/ho-so/:id — one dossier for staff: status, the field's record, actions, checklist, documents, timeline. */
export function DossierPage() {
  const field = useField();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId: id }));
  const [action, setAction] = useState<EngineAction | null>(null);
  const [saved, setSaved] = useState('');
  const code = detail.data?.dossier.code;
  const inboxLink = <Link to={fieldPath(field, 'ho-so')}>Về hộp hồ sơ</Link>;

  useEffect(() => {
    if (code) document.title = `Hồ sơ ${code} – ${field.title}`;
  }, [code, field.title]);

  // every query about this dossier (the field's record too) and the lists it appears in
  const refresh = () => queryClient.invalidateQueries();

  if (detail.isPending) return <LoadingState label="Đang tải hồ sơ…" />;
  if (detail.isError) {
    return (
      <>
        <PageHeader title="Hồ sơ" />
        <ErrorState
          title="Không tải được hồ sơ"
          message={getErrorMessage(detail.error)}
          onRetry={() => void detail.refetch()}
          retrying={detail.isFetching}
        />
        {inboxLink}
      </>
    );
  }

  const { dossier: d, procedure, events, allowedActions, documents } = detail.data;
  const version = findProcedureVersion(d.procedureCode, d.procedureVersion);
  const regime = version?.regime ?? `phiên bản ${d.procedureVersion}`;
  const RecordPanel = field.RecordPanel;

  return (
    <>
      <PageHeader
        title={`Hồ sơ ${d.code}`}
        description={`${d.procedureName} · ${regime}`}
        actions={inboxLink}
      />
      <LiveMessage message={saved} />

      <Card title="Tình trạng hồ sơ">
        <dl className="skh-facts">
          <dt>Trạng thái</dt>
          <dd>
            <StatusBadge status={d.status} />
            {d.awaitingSignature ? ' Đang trình lãnh đạo ký' : ''}
          </dd>
          <dt>Thủ tục</dt>
          <dd>
            {d.procedureName} — áp dụng {regime} (quy định có hiệu lực tại ngày tiếp nhận)
          </dd>
          <dt>Tổ chức, cá nhân</dt>
          <dd>
            {d.applicantName}
            {d.applicantTaxCode ? ` · MST ${d.applicantTaxCode}` : ''}
          </dd>
          <dt>Hình thức nộp</dt>
          <dd>{channelLabels[d.channel]}</dd>
          <dt>Ngày tiếp nhận</dt>
          <dd>{formatDateTime(d.receivedAt) || 'Chưa tiếp nhận'}</dd>
          <dt>Ngày hẹn trả kết quả</dt>
          <dd>
            {d.deadline ? formatDate(d.deadline) : d.paused ? 'Tạm dừng tính hạn' : 'Chưa có'}
            {d.deadlineBeforeExtension
              ? ` (đã hẹn lại; ngày hẹn theo thời hạn giải quyết: ${formatDate(d.deadlineBeforeExtension)})`
              : ''}
          </dd>
          <dt>Thời hạn giải quyết</dt>
          <dd>
            {formatDuration(procedure.processingTime)} · <DeadlineBadge view={d} />
          </dd>
          <dt>Cán bộ thụ lý</dt>
          <dd>{d.assigneeName ?? 'Chưa phân công'}</dd>
        </dl>
      </Card>

      <Card title="Thao tác">
        {allowedActions.length === 0 ? (
          <p>Bạn không có thao tác nào với hồ sơ ở trạng thái này.</p>
        ) : (
          <div className="skh-actions">
            {allowedActions.map((a) => (
              <Button
                key={a}
                variant={DANGEROUS_ACTIONS.has(a) ? 'danger' : 'primary'}
                onClick={() => setAction(a)}
              >
                {commandLabel(a)}
              </Button>
            ))}
          </div>
        )}
      </Card>

      {RecordPanel ? <RecordPanel detail={detail.data} /> : null}

      <ChecklistCard detail={detail.data} />

      <Card title="Văn bản, biểu mẫu">
        <DocumentsList documents={documents} />
      </Card>

      <DossierTimeline events={events} />

      {action ? (
        <ActionDialog
          action={action}
          detail={detail.data}
          onClose={() => setAction(null)}
          onReload={() => {
            setAction(null);
            void refresh();
          }}
          onDone={(message) => {
            setAction(null);
            setSaved(message);
            void refresh();
          }}
        />
      ) : null}
    </>
  );
}
