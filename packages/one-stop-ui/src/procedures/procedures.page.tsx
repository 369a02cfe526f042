import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, EmptyState, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';
import type { ProcedureView } from '../api-types';
import { fieldPath, useField } from '../field/field';
import {
  formatEffective,
  formatFees,
  formatLegalSource,
  formatProcessingTime,
  formatValidity,
} from '../format/procedure-format';
import { isApplicant, useSession } from '../session';

function ProcedureCard({ procedure: p, applicant }: { procedure: ProcedureView; applicant: boolean }) {
  const field = useField();
  const validity = formatValidity(p);
  return (
    <Card as="article" title={<Link to={fieldPath(field, 'thu-tuc', p.code)}>{p.name}</Link>}>
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
      {applicant ? (
        <p>
          <Link to={`${fieldPath(field, 'nop-ho-so')}?thu-tuc=${encodeURIComponent(p.code)}`}>
            Nộp hồ sơ trực tuyến<span className="skh-visually-hidden">: {p.name}</span>
          </Link>
        </p>
      ) : null}
    </Card>
  );
}

/** <field> — the field's procedures in force today, from the catalog. */
export function ProceduresPage() {
  const field = useField();
  const trpc = useTRPC();
  const { data: user } = useSession();
  const list = useQuery(trpc.procedures.list.queryOptions({}));
  const procedures = (list.data ?? []).filter((p) => field.procedureCodes.includes(p.code));

  useEffect(() => {
    document.title = `${field.title} – Sở Khoa học và Công nghệ`;
  }, [field.title]);

  return (
    <>
      <PageHeader
        title={field.title}
        description={`Khoản ${field.khoan.join(', ')} Điều 2 · Thủ tục hành chính đang áp dụng.`}
      />
      {field.HomePanel ? <field.HomePanel /> : null}
      {list.isPending ? <LoadingState label="Đang tải danh sách thủ tục…" /> : null}
      {list.isError ? (
        <ErrorState
          title="Không tải được danh sách thủ tục"
          message={getErrorMessage(list.error)}
          onRetry={() => void list.refetch()}
          retrying={list.isFetching}
        />
      ) : null}
      {list.isSuccess && procedures.length === 0 ? (
        <EmptyState
          title="Chưa có thủ tục nào đang áp dụng"
          description="Danh mục thủ tục của lĩnh vực này chưa được cập nhật."
        />
      ) : null}
      {list.isSuccess && procedures.length > 0 ? (
        <>
          <p role="status">{procedures.length} thủ tục đang áp dụng.</p>
          {procedures.map((p) => (
            <ProcedureCard key={p.code} procedure={p} applicant={isApplicant(user)} />
          ))}
        </>
      ) : null}
    </>
  );
}
