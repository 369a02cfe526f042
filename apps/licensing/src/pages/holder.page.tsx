import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { fieldPath, isApplicant, useField, useSession } from '@skhcn/one-stop-ui';
import { Card, EmptyState, ErrorState, formatDate, LoadingState, PageHeader } from '@skhcn/ui';
import { DevicesTable } from '../components/devices-table.component';
import { RegisterStatusBadge } from '../components/register-status.component';
import { InspectionsCard } from '../components/inspections.component';
import { RemindersCard } from '../components/reminders.component';

/** /cap-phep/co-so/:id — a facility or enterprise: its details, its equipment, its documents. */
export function HolderPage() {
  const field = useField();
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const q = useQuery(trpc.licensing.holders.get.queryOptions({ holderId: id }));
  const { data: user } = useSession();
  useEffect(() => {
    document.title = `${q.data?.holder.name ?? 'Cơ sở'} – ${field.title}`;
  }, [q.data, field.title]);
  if (q.isPending) return <LoadingState label="Đang tải cơ sở…" />;
  if (q.isError)
    return (
      <ErrorState
        title="Không tải được cơ sở"
        message={getErrorMessage(q.error)}
        onRetry={() => void q.refetch()}
      />
    );
  const { holder, devices, documents, inspections } = q.data;
  return (
    <>
      <PageHeader
        title={holder.name}
        description={`Mã số thuế ${holder.taxCode} · ${holder.address}${holder.email ? ` · Thư điện tử: ${holder.email}` : ''}`}
      />
      <p>
        <Link to={fieldPath(field, 'co-so')}>← Danh sách cơ sở, doanh nghiệp</Link>
      </p>
      <RemindersCard holderId={holder.id} />
      {holder.safetyOfficer ? (
        <Card title="Người phụ trách an toàn bức xạ">
          <p>
            {holder.safetyOfficer.name}
            {holder.safetyOfficer.certificateNumber
              ? ` – chứng chỉ số ${holder.safetyOfficer.certificateNumber}`
              : ''}
          </p>
        </Card>
      ) : null}
      {holder.field === 'radiation' ? (
        <Card title="Thiết bị">
          {devices.length > 0 ? (
            <DevicesTable devices={devices} caption={`Thiết bị của cơ sở (${devices.length})`} />
          ) : (
            <EmptyState
              title="Chưa có thiết bị"
              description="Thiết bị được ghi vào danh mục khi khai báo được xác nhận."
            />
          )}
        </Card>
      ) : null}
      {holder.field === 'radiation' ? (
        <InspectionsCard holderId={holder.id} inspections={inspections} canEdit={!isApplicant(user)} />
      ) : null}
      <Card title="Văn bản đã cấp">
        {documents.length > 0 ? (
          <table className="skh-table">
            <caption>Giấy phép, giấy xác nhận, chứng chỉ ({documents.length})</caption>
            <thead>
              <tr>
                <th scope="col">Số</th>
                <th scope="col">Loại</th>
                <th scope="col">Hiệu lực</th>
                <th scope="col">Trạng thái</th>
              </tr>
            </thead>
            <tbody>
              {documents.map((d) => (
                <tr key={d.number}>
                  <td>
                    <Link to={`/tra-cuu/giay-phep/${encodeURIComponent(d.number)}`}>{d.number}</Link>
                  </td>
                  <td>{d.kindLabel}</td>
                  <td>
                    {d.expiresOn
                      ? `${formatDate(d.validFrom)} – ${formatDate(d.expiresOn)}`
                      : `Từ ${formatDate(d.validFrom)}`}
                  </td>
                  <td>
                    <RegisterStatusBadge status={d.status} label={d.statusLabel} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <EmptyState title="Chưa có văn bản nào được cấp" />
        )}
      </Card>
    </>
  );
}
