import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Button,
  EmptyState,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  Pagination,
  formatDate,
} from '@skhcn/ui';
import type { DossierView } from '../api-types';
import { DossierActionDialog } from '../components/dossier-action-dialog.component';
import { StatusBadge } from '../components/status-badges.component';

/** Opens the additions dialog for one dossier: loads its detail (what was requested) first. */
function SupplyAdditions({
  dossier,
  onClose,
  onDone,
}: {
  dossier: DossierView;
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId: dossier.id }));
  if (detail.isPending) return <LoadingState label={`Đang tải yêu cầu bổ sung của hồ sơ ${dossier.code}…`} />;
  if (detail.isError)
    return (
      <ErrorState
        title="Không tải được yêu cầu bổ sung"
        message={getErrorMessage(detail.error)}
        onRetry={() => void detail.refetch()}
      />
    );
  return (
    <DossierActionDialog
      action="supply_additions"
      detail={detail.data}
      onClose={onClose}
      onDone={onDone}
      onReload={() => {
        onClose();
        void detail.refetch();
      }}
    />
  );
}

/** The requests for additions of a dossier, in the applicant's words. */
function RequestedItems({ dossierId }: { dossierId: string }) {
  const trpc = useTRPC();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId }));
  const request = detail.data?.events.findLast((e) => e.action === 'request_additions');
  if (!request?.reason) return null;
  return <p className="tdc-muted">Cần bổ sung: {request.reason}</p>;
}

/** /tdc/ho-so-cua-toi — the applicant's dossiers; at status 5 they hand in the requested documents here. */
export function MyDossiersPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const mine = useQuery(trpc.dossiers.mine.queryOptions({ page, pageSize: 20 }));
  const [supplying, setSupplying] = useState<DossierView | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    document.title = 'Hồ sơ của tôi – Tiêu chuẩn, đo lường, chất lượng';
  }, []);

  return (
    <>
      <PageHeader
        title="Hồ sơ của tôi"
        description="Hồ sơ đã nộp và trạng thái giải quyết."
        actions={<Link to="../nop-ho-so">Nộp hồ sơ mới</Link>}
      />
      <LiveMessage message={saved} />
      {mine.isPending ? <LoadingState label="Đang tải hồ sơ của bạn…" /> : null}
      {mine.isError ? (
        <ErrorState
          title="Không tải được hồ sơ của bạn"
          message={getErrorMessage(mine.error)}
          onRetry={() => void mine.refetch()}
          retrying={mine.isFetching}
        />
      ) : null}
      {mine.isSuccess && mine.data.total === 0 ? (
        <EmptyState
          title="Bạn chưa nộp hồ sơ nào"
          action={<Link to="../nop-ho-so">Nộp hồ sơ trực tuyến</Link>}
        />
      ) : null}
      {mine.isSuccess && mine.data.total > 0 ? (
        <div className="skh-table-wrap">
          <table className="skh-table">
            <caption className="skh-visually-hidden">Hồ sơ của tôi</caption>
            <thead>
              <tr>
                <th scope="col">Mã hồ sơ</th>
                <th scope="col">Thủ tục</th>
                <th scope="col">Ngày nộp</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Ngày hẹn trả</th>
                <th scope="col">Việc cần làm</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{d.code}</th>
                  <td>{d.procedureName}</td>
                  <td>{formatDate(d.submittedAt ?? d.receivedAt) || '—'}</td>
                  <td>
                    <StatusBadge status={d.status} />
                  </td>
                  <td>{d.deadline ? formatDate(d.deadline) : '—'}</td>
                  <td>
                    {d.status === 5 ? (
                      <>
                        <RequestedItems dossierId={d.id} />
                        <Button size="small" onClick={() => setSupplying(d)}>
                          Nộp bổ sung<span className="skh-visually-hidden"> cho hồ sơ {d.code}</span>
                        </Button>
                      </>
                    ) : (
                      <span className="tdc-muted">Không có</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pagination
            page={mine.data.page}
            pageSize={mine.data.pageSize}
            total={mine.data.total}
            noun="hồ sơ"
            onPageChange={setPage}
          />
        </div>
      ) : null}
      {supplying ? (
        <SupplyAdditions
          dossier={supplying}
          onClose={() => setSupplying(null)}
          onDone={(message) => {
            setSupplying(null);
            setSaved(message);
            void queryClient.invalidateQueries({ queryKey: trpc.dossiers.mine.queryKey() });
            void queryClient.invalidateQueries({ queryKey: trpc.dossiers.get.queryKey() });
          }}
        />
      ) : null}
    </>
  );
}
