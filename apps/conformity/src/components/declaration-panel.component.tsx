import { useQuery } from '@tanstack/react-query';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import type { DossierDetail } from '@skhcn/one-stop-ui';
import { Badge, Card, ErrorState, LoadingState, formatDate } from '@skhcn/ui';
import { registryStatusLabels, registryStatusTone, verificationPath } from '../format/notice-format';
import { DeclarationCard } from './declaration-card.component';

/** The TĐC record on the dossier page: the declaration as filed, and its receipt notice once issued. */
export function DeclarationPanel({ detail }: { detail: DossierDetail }) {
  const trpc = useTRPC();
  const dossierId = detail.dossier.id;
  const declaration = useQuery(trpc.conformity.declaration.queryOptions({ dossierId }));
  if (declaration.isPending) return <LoadingState label="Đang tải nội dung công bố…" />;
  if (declaration.isError)
    return (
      <ErrorState
        title="Không tải được nội dung công bố"
        message={getErrorMessage(declaration.error)}
        onRetry={() => void declaration.refetch()}
        retrying={declaration.isFetching}
      />
    );
  const { notice, regime } = declaration.data;
  return (
    <>
      <DeclarationCard declaration={declaration.data.declaration} />
      <Card title="Thông báo tiếp nhận">
        {notice ? (
          <p>
            Thông báo tiếp nhận số <strong>{notice.number}</strong> ngày {formatDate(notice.issuedOn)}, hiệu
            lực đến hết ngày {formatDate(notice.expiresOn)}{' '}
            <Badge tone={registryStatusTone[notice.status]}>{registryStatusLabels[notice.status]}</Badge> ·{' '}
            <a href={verificationPath(notice.number)}>Trang xác minh công khai</a>
          </p>
        ) : (
          <p>Chưa ban hành: thông báo được cấp khi lãnh đạo phê duyệt hồ sơ ({regime.label}).</p>
        )}
      </Card>
    </>
  );
}
