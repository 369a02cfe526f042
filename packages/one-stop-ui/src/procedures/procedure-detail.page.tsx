import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Card, ErrorState, LoadingState, PageHeader, formatDuration } from '@skhcn/ui';
import { fieldPath, useField } from '../field/field';
import { formatEffective, formatLegalSource } from '../format/procedure-format';
import { isApplicant, useSession } from '../session';

/** Every version of one procedure: the regime in force and those before or after it, with their dates. */
export function ProcedureDetailPage() {
  const field = useField();
  const { data: user } = useSession();
  const { code = '' } = useParams();
  const trpc = useTRPC();
  const current = useQuery(trpc.procedures.byCode.queryOptions({ code }));
  const versions = useQuery(trpc.procedures.versions.queryOptions({ code }));

  useEffect(() => {
    if (current.data) document.title = `${current.data.name} – ${field.title}`;
  }, [current.data, field.title]);

  if (current.isPending || versions.isPending) return <LoadingState label="Đang tải thủ tục…" />;
  if (current.isError || versions.isError) {
    const error = current.error ?? versions.error;
    return (
      <>
        <PageHeader title="Thủ tục hành chính" />
        <ErrorState
          title="Không tải được thủ tục"
          message={getErrorMessage(error)}
          onRetry={() => {
            void current.refetch();
            void versions.refetch();
          }}
        />
        <Link to={field.basePath}>Quay lại danh sách thủ tục</Link>
      </>
    );
  }
  const p = current.data;
  return (
    <>
      <PageHeader
        title={p.name}
        description={`Mã thủ tục: ${p.nationalCode ?? p.code}`}
        actions={<Link to={field.basePath}>Danh sách thủ tục</Link>}
      />
      {isApplicant(user) ? (
        <p>
          <Link to={`${fieldPath(field, 'nop-ho-so')}?thu-tuc=${encodeURIComponent(p.code)}`}>
            Nộp hồ sơ trực tuyến cho thủ tục này
          </Link>
        </p>
      ) : null}
      <Card title="Các phiên bản theo thời gian">
        <table className="skh-table">
          <caption className="skh-visually-hidden">Các phiên bản của thủ tục {p.name}</caption>
          <thead>
            <tr>
              <th scope="col">Phiên bản</th>
              <th scope="col">Chế độ</th>
              <th scope="col">Hiệu lực</th>
              <th scope="col">Thời hạn giải quyết</th>
              <th scope="col">Căn cứ</th>
            </tr>
          </thead>
          <tbody>
            {versions.data.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  {v.version} {v.version === p.version ? <Badge tone="success">Đang áp dụng</Badge> : null}
                </th>
                <td>{v.regime ?? '—'}</td>
                <td>{formatEffective(v)}</td>
                <td>{formatDuration(v.processingTime)}</td>
                <td>{v.legalBasis.map(formatLegalSource).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      <Card title="Các bước giải quyết">
        <ol>
          {p.steps.map((s) => (
            <li key={s.key}>
              {s.name}
              {s.duration ? ` (${formatDuration(s.duration)})` : ''}
            </li>
          ))}
        </ol>
      </Card>
      <Card title="Thành phần hồ sơ">
        <ul>
          {p.components.map((c) => (
            <li key={c.key}>
              {c.name}
              {c.form ? ` – ${c.form}` : ''}
              {c.required ? '' : ' (nếu có)'}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
