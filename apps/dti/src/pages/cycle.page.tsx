import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  ErrorState,
  formatDate,
  formatNumber,
  LiveMessage,
  LoadingState,
  PageHeader,
} from '@skhcn/ui';
import type { UnitProgress } from '../api-types';
import { formatPercent } from '../format/dti-format';

function Progress({ unit }: { unit: UnitProgress }) {
  return (
    <>
      <span className="dti-progress" aria-hidden="true">
        <span style={{ width: `${Math.round(unit.completion * 100)}%` }} />
      </span>
      {formatPercent(unit.completion)} ({unit.counts.accepted}/{unit.total})
    </>
  );
}

/** /cds/chu-ky/:cycleId — the cycle's dashboard: progress by unit, items to review, close and exports. */
export function CyclePage() {
  const { cycleId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const dashboard = useQuery(trpc.dti.cycles.get.queryOptions({ cycleId }));
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const close = useMutation(
    trpc.dti.cycles.close.mutationOptions({
      onSuccess: async () => {
        setConfirming(false);
        setMessage('Đã đóng kỳ đánh giá; số liệu đã được khóa.');
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
      },
    }),
  );

  useEffect(() => {
    if (dashboard.data) document.title = `${dashboard.data.cycle.name} – Chỉ số chuyển đổi số`;
  }, [dashboard.data]);

  if (dashboard.isPending) return <LoadingState label="Đang tải kỳ đánh giá…" />;
  if (dashboard.isError)
    return (
      <ErrorState
        title="Không tải được kỳ đánh giá"
        message={getErrorMessage(dashboard.error)}
        onRetry={() => void dashboard.refetch()}
        retrying={dashboard.isFetching}
      />
    );
  const d = dashboard.data;
  const open = d.cycle.status === 'open';
  const notAccepted = d.totals.empty + d.totals.draft + d.totals.submitted + d.totals.returned;

  return (
    <>
      <PageHeader
        title={d.cycle.name}
        description={`${d.cycle.levelLabel} · ${d.framework.name}`}
        actions={<Badge tone={open ? 'info' : 'neutral'}>{d.cycle.statusLabel}</Badge>}
      />
      <LiveMessage message={message} />
      {open && d.deadlinePassed ? (
        <Alert tone="warning" title="Đã quá hạn nhập số liệu">
          Đơn vị chỉ còn sửa được các mục cán bộ thẩm định trả lại.
        </Alert>
      ) : null}
      <Card title="Thông tin kỳ đánh giá">
        <dl className="skh-facts">
          <dt>Bộ chỉ số</dt>
          <dd>
            {d.framework.name} ({formatNumber(d.framework.components)} chỉ số thành phần, thang điểm{' '}
            {formatNumber(d.framework.max)})
          </dd>
          <dt>Hạn nhập số liệu</dt>
          <dd>{formatDate(d.cycle.deadline)}</dd>
          <dt>Xử lý số liệu thiếu</dt>
          <dd>{d.cycle.imputationLabel}</dd>
          <dt>Mở ngày</dt>
          <dd>{formatDate(d.cycle.openedAt)}</dd>
          {d.cycle.closedAt ? (
            <>
              <dt>Đóng ngày</dt>
              <dd>{formatDate(d.cycle.closedAt)}</dd>
            </>
          ) : null}
        </dl>
      </Card>
      <Card title="Việc tiếp theo">
        <ul className="skh-actions dti-links">
          {d.reporterUnits.map((unitId) => {
            const unit = d.units.find((u) => u.unitId === unitId);
            return (
              <li key={unitId}>
                <Link to={`don-vi/${unitId}`}>
                  {open ? 'Nhập số liệu' : 'Xem số liệu'}: {unit?.name ?? unitId}
                </Link>
              </li>
            );
          })}
          {d.canReview ? (
            <li>
              <Link to="tham-dinh">Thẩm định ({formatNumber(d.toReview)} mục chờ)</Link>
            </li>
          ) : null}
          {d.team || !open ? (
            <li>
              <Link to="ket-qua">{open ? 'Kết quả tạm tính' : 'Kết quả và xếp hạng'}</Link>
            </li>
          ) : null}
          {d.team ? (
            <>
              <li>
                <Link to="gia-dinh">Phân tích giả định</Link>
              </li>
              <li>
                <a href={`/api/dti/cycles/${d.cycle.id}/export.xlsx`} download>
                  Tải Excel toàn bộ số liệu và điểm (.xlsx)
                </a>
              </li>
              <li>
                <a href={`/api/dti/cycles/${d.cycle.id}/report.pdf`} target="_blank" rel="noreferrer">
                  Báo cáo kết quả (PDF)
                </a>
              </li>
            </>
          ) : null}
        </ul>
        {d.canManage && open ? (
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Đóng kỳ đánh giá
          </Button>
        ) : null}
      </Card>
      <Card title="Tiến độ theo đơn vị">
        <div className="skh-table-wrap">
          <table className="skh-table">
            <caption className="skh-visually-hidden">
              Số chỉ số thành phần theo trạng thái của từng đơn vị
            </caption>
            <thead>
              <tr>
                <th scope="col">Đơn vị</th>
                <th scope="col">Người nhập</th>
                <th scope="col">Chưa nhập</th>
                <th scope="col">Nháp</th>
                <th scope="col">Chờ thẩm định</th>
                <th scope="col">Bị trả lại</th>
                <th scope="col">Đã chấp nhận</th>
                <th scope="col">Hoàn thành</th>
              </tr>
            </thead>
            <tbody>
              {d.units.map((u) => (
                <tr key={u.unitId}>
                  <th scope="row">
                    {d.team || d.reporterUnits.includes(u.unitId) ? (
                      <Link to={`don-vi/${u.unitId}`}>{u.name}</Link>
                    ) : (
                      u.name
                    )}
                    {u.groupName ? <span className="dti-muted"> ({u.groupName})</span> : null}
                  </th>
                  <td>{u.reporters.join(', ') || <span className="dti-muted">Chưa phân công</span>}</td>
                  <td>{formatNumber(u.counts.empty)}</td>
                  <td>{formatNumber(u.counts.draft)}</td>
                  <td>{formatNumber(u.counts.submitted)}</td>
                  <td>{formatNumber(u.counts.returned)}</td>
                  <td>{formatNumber(u.counts.accepted)}</td>
                  <td>
                    <Progress unit={u} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      {confirming ? (
        <Dialog
          title="Đóng kỳ đánh giá"
          onClose={() => setConfirming(false)}
          footer={
            <>
              <Button variant="secondary" onClick={() => setConfirming(false)}>
                Hủy
              </Button>
              <Button
                variant="danger"
                loading={close.isPending}
                onClick={() => close.mutate({ cycleId: d.cycle.id, expectedVersion: d.cycle.version })}
              >
                Đóng kỳ đánh giá
              </Button>
            </>
          }
        >
          <p>
            Sau khi đóng, số liệu bị khóa: đơn vị không nhập, sửa được nữa và kết quả được công bố cho các đơn
            vị.
          </p>
          {notAccepted > 0 ? (
            <Alert tone="warning">
              Còn {formatNumber(notAccepted)} chỉ số thành phần chưa được chấp nhận; chúng được xử lý theo quy
              tắc “{d.cycle.imputationLabel}”.
            </Alert>
          ) : null}
          {close.isError ? <Alert tone="error">{getErrorMessage(close.error)}</Alert> : null}
        </Dialog>
      ) : null}
    </>
  );
}
