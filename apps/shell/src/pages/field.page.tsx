import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Card, ErrorState, LoadingState, PageHeader } from '@skhcn/ui';
import { appLink } from '../field-apps';

/** /linh-vuc/:slug — one management field of Điều 2: its duties, units and procedures. */
export function FieldPage() {
  const { slug = '' } = useParams();
  const trpc = useTRPC();
  const field = useQuery(trpc.fields.bySlug.queryOptions({ slug }));
  const label = field.data?.field?.label;

  useEffect(() => {
    if (label) document.title = `${label} – Sở Khoa học và Công nghệ`;
  }, [label]);

  if (field.isPending) return <LoadingState />;
  if (field.isError) {
    return (
      <>
        <PageHeader title="Lĩnh vực quản lý" />
        <ErrorState
          title="Không tải được lĩnh vực"
          message={getErrorMessage(field.error)}
          onRetry={() => void field.refetch()}
          retrying={field.isFetching}
        />
      </>
    );
  }
  const duty = field.data;
  const app = duty.field ? appLink(duty.field.apps) : undefined;
  return (
    <>
      <PageHeader
        title={duty.field?.label ?? `Khoản ${duty.khoan}`}
        description={`Khoản ${duty.khoan} Điều 2: ${duty.title}`}
        actions={app ? <Link to={app.path}>Mở {app.label.toLowerCase()}</Link> : undefined}
      />
      <Card title="Đơn vị chủ trì">
        {duty.units.length > 0 ? (
          <ul>
            {duty.units.map((u) => (
              <li key={u.code}>{u.name}</li>
            ))}
          </ul>
        ) : (
          <p>Chưa phân công đơn vị.</p>
        )}
      </Card>
      <Card title="Thủ tục hành chính">
        {duty.procedures.length > 0 ? (
          <ul>
            {duty.procedures.map((p) => (
              <li key={p.code}>{p.name}</li>
            ))}
          </ul>
        ) : (
          <p>Lĩnh vực này chưa có thủ tục hành chính trên hệ thống.</p>
        )}
        {!app ? <p>Phân hệ nghiệp vụ của lĩnh vực này đang được xây dựng.</p> : null}
      </Card>
      <Card title="Nhiệm vụ, quyền hạn">
        <ul className="shell-points">
          {duty.points.map((p) => (
            <li key={p.letter}>
              <span className="shell-points__letter">{p.letter})</span> {p.text}
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
