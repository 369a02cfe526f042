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
import { ActionDialog } from '../actions/action-dialog.component';
import type { MyDossier } from '../api-types';
import { DocumentsList } from '../dossier/documents-list.component';
import { StatusBadge } from '../dossier/status-badges.component';

/** Loads a dossier's detail (what was requested), then opens the additions dialog in the applicant's words. */
function SupplyAdditions({
  dossier,
  onClose,
  onDone,
}: {
  dossier: MyDossier;
  onClose: () => void;
  onDone: (message: string) => void;
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
    <ActionDialog
      action="supply_additions"
      audience="applicant"
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

export interface MyDossiersPageProps {
  /** Where a dossier's own page is, e.g. (id) => `/ho-so-cua-toi/${id}` */
  dossierHref: (id: string) => string;
  /** Where to file a new dossier online */
  newDossierHref: string;
}

/** Hồ sơ của tôi — the applicant's dossiers across fields: status, what to do now, the documents received. */
export function MyDossiersPage({ dossierHref, newDossierHref }: MyDossiersPageProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const mine = useQuery(trpc.dossiers.mine.queryOptions({ page, pageSize: 20 }));
  const [supplying, setSupplying] = useState<MyDossier | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    document.title = 'Hồ sơ của tôi – Sở Khoa học và Công nghệ';
  }, []);

  return (
    <>
      <PageHeader
        title="Hồ sơ của tôi"
        description="Hồ sơ đã nộp, trạng thái giải quyết, việc cần làm và văn bản đã nhận."
        actions={<Link to={newDossierHref}>Nộp hồ sơ mới</Link>}
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
          action={<Link to={newDossierHref}>Nộp hồ sơ trực tuyến</Link>}
        />
      ) : null}
      {mine.isSuccess && mine.data.total > 0 ? (
        <>
          <p role="status">Bạn có {mine.data.total} hồ sơ.</p>
          <ul className="os-cards" aria-label="Hồ sơ của tôi">
            {mine.data.items.map((d) => (
              <li key={d.id} className="os-card">
                <h2>
                  <Link to={dossierHref(d.id)}>Hồ sơ {d.code}</Link>
                </h2>
                <dl>
                  <dt>Thủ tục</dt>
                  <dd>{d.procedureName}</dd>
                  <dt>Trạng thái</dt>
                  <dd>
                    <StatusBadge status={d.status} />
                  </dd>
                  <dt>Ngày nộp</dt>
                  <dd>{formatDate(d.submittedAt ?? d.receivedAt) || '—'}</dd>
                  <dt>Ngày hẹn trả</dt>
                  <dd>{d.deadline ? formatDate(d.deadline) : d.paused ? 'Tạm dừng, chờ bạn' : '—'}</dd>
                </dl>
                {d.status === 5 ? (
                  <div className="skh-alert skh-alert--warning" role="note">
                    <p>
                      <strong>Cần nộp bổ sung:</strong> {d.additionsRequested ?? 'xem phiếu yêu cầu bổ sung.'}
                    </p>
                    <Button size="small" onClick={() => setSupplying(d)}>
                      Nộp bổ sung<span className="skh-visually-hidden"> cho hồ sơ {d.code}</span>
                    </Button>
                  </div>
                ) : null}
                <DocumentsList documents={d.documents} code={d.code} empty="Chưa có văn bản nào." />
              </li>
            ))}
          </ul>
          <Pagination
            page={mine.data.page}
            pageSize={mine.data.pageSize}
            total={mine.data.total}
            noun="hồ sơ"
            onPageChange={setPage}
          />
        </>
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
