import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { findProcedureVersion } from '@skhcn/domain';
import {
  Badge,
  Button,
  Card,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
} from '@skhcn/ui';
import type { EngineAction } from '../api-types';
import { DeclarationCard } from '../components/declaration-card.component';
import { DossierActionDialog } from '../components/dossier-action-dialog.component';
import { DeadlineBadge, StatusBadge } from '../components/status-badges.component';
import {
  actionButtonLabels,
  channelLabels,
  documentLabels,
  documentsOf,
  eventDetail,
  documentUrl,
  registryStatusLabels,
  registryStatusTone,
  verificationPath,
} from '../format/dossier-format';

/** /tdc/ho-so/:id — one dossier: header, declaration, components, checklist, timeline, actions, documents. */
export function DossierPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId: id }));
  const isTdc = detail.data?.dossier.procedureCode.startsWith('tdc.') ?? false;
  const declaration = useQuery(
    trpc.conformity.declaration.queryOptions({ dossierId: id }, { enabled: isTdc }),
  );
  const [action, setAction] = useState<EngineAction | null>(null);
  const [saved, setSaved] = useState('');
  const code = detail.data?.dossier.code;

  useEffect(() => {
    if (code) document.title = `Hồ sơ ${code} – Tiêu chuẩn, đo lường, chất lượng`;
  }, [code]);

  const refresh = async () => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.dossiers.get.queryKey({ dossierId: id }) }),
      queryClient.invalidateQueries({ queryKey: trpc.dossiers.inbox.queryKey() }),
      queryClient.invalidateQueries({
        queryKey: trpc.conformity.declaration.queryKey({ dossierId: id }),
      }),
    ]);
  };

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
        <Link to=".." relative="path">
          Về hộp hồ sơ
        </Link>
      </>
    );
  }

  const { dossier: d, procedure, events, files, allowedActions } = detail.data;
  const version = findProcedureVersion(d.procedureCode, d.procedureVersion);
  const regime = declaration.data?.regime.label ?? version?.regime ?? `phiên bản ${d.procedureVersion}`;
  const notice = declaration.data?.notice ?? null;
  const filesOf = (key: string) => files.filter((f) => f.componentKey === key);
  const documents = documentsOf(
    d,
    events.map((e) => e.action),
    notice !== null,
  );

  return (
    <>
      <PageHeader
        title={`Hồ sơ ${d.code}`}
        description={`${d.procedureName} · ${regime}`}
        actions={
          <Link to=".." relative="path">
            Về hộp hồ sơ
          </Link>
        }
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
                variant={a === 'refuse' || a === 'reject' || a === 'stop' ? 'danger' : 'primary'}
                onClick={() => setAction(a)}
              >
                {actionButtonLabels[a]}
              </Button>
            ))}
          </div>
        )}
      </Card>

      {isTdc ? (
        declaration.isPending ? (
          <LoadingState label="Đang tải nội dung công bố…" />
        ) : declaration.isError ? (
          <ErrorState
            title="Không tải được nội dung công bố"
            message={getErrorMessage(declaration.error)}
            onRetry={() => void declaration.refetch()}
            retrying={declaration.isFetching}
          />
        ) : (
          <DeclarationCard declaration={declaration.data.declaration} />
        )
      ) : null}

      <Card title="Thành phần hồ sơ và danh mục kiểm tra">
        <div className="skh-table-wrap">
          <table className="skh-table">
            <caption className="skh-visually-hidden">
              Thành phần hồ sơ, tệp đính kèm và kết quả kiểm tra
            </caption>
            <thead>
              <tr>
                <th scope="col">Thành phần</th>
                <th scope="col">Tệp đính kèm</th>
                <th scope="col">Kiểm tra</th>
              </tr>
            </thead>
            <tbody>
              {procedure.components.map((c) => {
                const attached = filesOf(c.key);
                return (
                  <tr key={c.key}>
                    <th scope="row">
                      {c.name}
                      {c.form ? <div className="tdc-muted">{c.form}</div> : null}
                      {c.when ? <div className="tdc-muted">Áp dụng khi: {c.when}</div> : null}
                    </th>
                    <td>
                      {attached.length === 0 ? (
                        '—'
                      ) : (
                        <ul className="tdc-files">
                          {attached.map((f) => (
                            <li key={f.fileId}>
                              <a href={f.url} target="_blank" rel="noreferrer">
                                {f.originalName}
                              </a>
                              <span className="tdc-muted">({formatFileSize(f.size)})</span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                    <td>
                      {attached.length > 0 ? (
                        <Badge tone="success">Đã có</Badge>
                      ) : c.required && !c.when ? (
                        <Badge tone="danger">Thiếu</Badge>
                      ) : (
                        <Badge>{c.required ? 'Tùy căn cứ công bố' : 'Không bắt buộc'}</Badge>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      <Card title="Văn bản, biểu mẫu">
        {documents.length === 0 ? (
          <p>Chưa có văn bản nào (văn bản được tạo khi hồ sơ được tiếp nhận).</p>
        ) : (
          <ul>
            {documents.map((k) => (
              <li key={k}>
                <a href={documentUrl(d.id, k)} target="_blank" rel="noreferrer">
                  {documentLabels[k]} (PDF)
                </a>
              </li>
            ))}
          </ul>
        )}
        {notice ? (
          <p>
            Thông báo tiếp nhận số <strong>{notice.number}</strong> ngày {formatDate(notice.issuedOn)}{' '}
            <Badge tone={registryStatusTone[notice.status]}>{registryStatusLabels[notice.status]}</Badge> ·{' '}
            <a href={verificationPath(notice.number)}>Trang xác minh công khai</a>
          </p>
        ) : null}
      </Card>

      <Card title="Quá trình xử lý">
        <ol className="skh-timeline">
          {events.map((e) => (
            <li key={e.seq}>
              <p>
                <strong>{e.actionLabel}</strong> → {e.toStatusLabel}
              </p>
              <p className="tdc-muted">
                <time dateTime={e.at}>{formatDateTime(e.at)}</time> · {e.actorName ?? 'Hệ thống'}
              </p>
              {eventDetail(e) ? <p>{eventDetail(e)}</p> : null}
              {e.reason ? <p>Lý do, ghi chú: {e.reason}</p> : null}
            </li>
          ))}
        </ol>
      </Card>

      {action ? (
        <DossierActionDialog
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
