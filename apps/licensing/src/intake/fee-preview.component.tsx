import { useQuery } from '@tanstack/react-query';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Alert, Card, LoadingState } from '@skhcn/ui';
import { FeeTable } from '../components/fee-table.component';

/**
 * The appraisal fee computed by the domain for the chosen devices, shown before submitting. A device type without a
 * known rate shows the domain's message instead of an amount.
 */
export function FeePreview({ kind, types }: { kind: 'new' | 'renewal'; types: string[] }) {
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.licensing.fee.queryOptions({ kind, devices: types.map((type) => ({ type })) }),
    enabled: types.length > 0,
  });
  return (
    <Card title="Phí thẩm định">
      {types.length === 0 ? (
        <p className="os-muted">Chọn thiết bị để xem phí thẩm định phải nộp.</p>
      ) : q.isPending ? (
        <LoadingState label="Đang tính phí…" />
      ) : q.isError ? (
        <Alert tone="warning" title="Chưa tính được phí thẩm định">
          {getErrorMessage(q.error)}
        </Alert>
      ) : (
        <FeeTable
          fee={q.data}
          caption={kind === 'new' ? 'Phí thẩm định cấp giấy phép' : 'Phí thẩm định gia hạn (75% phí cấp mới)'}
        />
      )}
    </Card>
  );
}
