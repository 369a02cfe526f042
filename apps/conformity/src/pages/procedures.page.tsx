import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { ProcedureView } from '@skhcn/api';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';
import {
  formatEffective,
  formatFees,
  formatLegalSource,
  formatProcessingTime,
  formatValidity,
} from './procedure-format';

/** Khoản 11 of Điều 2: standards, metrology, quality. */
export const TDC_KHOAN = 11;
export const TDC_TITLE = 'Tiêu chuẩn, đo lường, chất lượng';

function ProcedureCard({ procedure: p }: { procedure: ProcedureView }) {
  const validity = formatValidity(p);
  return (
    <Card as="article" title={<Link to={`thu-tuc/${encodeURIComponent(p.code)}`}>{p.name}</Link>}>
      <p>
        {p.regime ? <Badge tone="info">{p.regime}</Badge> : null} <Badge tone="success">Đang áp dụng</Badge>
      </p>
      <dl className="skh-facts">
        <dt>Thời hạn giải quyết</dt>
        <dd>{formatProcessingTime(p)}</dd>
        <dt>Chế độ, phiên bản</dt>
        <dd>
          {p.regime ?? 'Phiên bản'} · phiên bản {p.version} · {formatEffective(p)}
        </dd>
        <dt>Căn cứ pháp lý</dt>
        <dd>
          <ul>
            {p.legalBasis.map((s, i) => (
              <li key={i}>{formatLegalSource(s)}</li>
            ))}
          </ul>
        </dd>
        <dt>Kết quả</dt>
        <dd>
          {p.outcome.document}
          {p.outcome.form ? ` (${p.outcome.form})` : ''}
        </dd>
        {validity ? (
          <>
            <dt>Thời hạn hiệu lực của kết quả</dt>
            <dd>{validity}</dd>
          </>
        ) : null}
        <dt>Phí, lệ phí</dt>
        <dd>{formatFees(p)}</dd>
        {p.nationalCode ? (
          <>
            <dt>Mã thủ tục quốc gia</dt>
            <dd>{p.nationalCode}</dd>
          </>
        ) : null}
      </dl>
    </Card>
  );
}

/** The TĐC procedures in force today, from the catalog through tRPC. */
export function ProceduresPage() {
  const trpc = useTRPC();
  const list = useQuery(trpc.procedures.list.queryOptions({ khoan: TDC_KHOAN }));

  useEffect(() => {
    document.title = `${TDC_TITLE} – Sở Khoa học và Công nghệ`;
  }, []);

  return (
    <>
      <PageHeader
        title={TDC_TITLE}
        description="Khoản 11 Điều 2 · Thủ tục hành chính đang áp dụng do Chi cục Tiêu chuẩn Đo lường Chất lượng tiếp nhận, giải quyết."
      />
      {list.isPending ? <LoadingState label="Đang tải danh sách thủ tục…" /> : null}
      {list.isError ? (
        <ErrorState
          title="Không tải được danh sách thủ tục"
          message={getErrorMessage(list.error)}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : null}
      {list.isSuccess && list.data.length === 0 ? (
        <EmptyState
          title="Chưa có thủ tục nào đang áp dụng"
          description="Danh mục thủ tục của lĩnh vực này chưa được cập nhật."
        />
      ) : null}
      {list.isSuccess && list.data.length > 0 ? (
        <>
          <p role="status">{list.data.length} thủ tục đang áp dụng.</p>
          {list.data.map((p) => (
            <ProcedureCard key={p.code} procedure={p} />
          ))}
        </>
      ) : null}
    </>
  );
}
