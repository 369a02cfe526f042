import { useQuery } from '@tanstack/react-query';
import type { DossierDetail } from '@skhcn/one-stop-ui';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { radiationDeviceType, requiresPostalConditions } from '@skhcn/domain';
import { isApplicant, useSession } from '@skhcn/one-stop-ui';
import { Alert, Card, LoadingState, formatDate } from '@skhcn/ui';
import type { FeeOutput } from '../api-types';
import { FeeTable } from './fee-table.component';
import { PostalConditionsCard } from './postal-conditions.component';
import { RegisterStatusBadge } from './register-status.component';

interface DeviceLine {
  type: string;
  manufacturer?: string;
  model?: string;
  serial?: string;
  location?: string | null;
}

/**
 * The licensing data of a dossier on its page: the holder, the devices or services, the fee, the issued document;
 * for a postal licence, staff also see and record the appraisal of its conditions.
 */
export function LicensingPanel({ detail }: { detail: DossierDetail }) {
  const { data: user } = useSession();
  const appraised = !!user && !isApplicant(user) && requiresPostalConditions(detail.dossier.procedureCode);
  return (
    <>
      <LicensingData detail={detail} />
      {appraised ? <PostalConditionsCard dossierId={detail.dossier.id} /> : null}
    </>
  );
}

function LicensingData({ detail }: { detail: DossierDetail }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.licensing.dossier.queryOptions({ dossierId: detail.dossier.id }));
  if (q.isPending) return <LoadingState label="Đang tải dữ liệu cấp phép…" />;
  if (q.isError)
    return (
      <Alert tone="error" title="Không tải được dữ liệu cấp phép">
        {getErrorMessage(q.error)}
      </Alert>
    );
  const { holder, data, document } = q.data;
  const devices = (Array.isArray(data.devices) ? data.devices : []) as DeviceLine[];
  const services = (Array.isArray(data.services) ? data.services : []) as string[];
  const fee = data.fee as FeeOutput | undefined;
  return (
    <Card title="Dữ liệu cấp phép">
      <dl className="skh-facts">
        <dt>{holder.field === 'radiation' ? 'Cơ sở' : 'Doanh nghiệp'}</dt>
        <dd>
          {holder.name} (MST {holder.taxCode})
        </dd>
        <dt>Địa chỉ</dt>
        <dd>{holder.address}</dd>
        {holder.safetyOfficer ? (
          <>
            <dt>Người phụ trách an toàn</dt>
            <dd>
              {holder.safetyOfficer.name}
              {holder.safetyOfficer.certificateNumber
                ? ` – chứng chỉ ${holder.safetyOfficer.certificateNumber}`
                : ''}
            </dd>
          </>
        ) : null}
        {typeof data.eventDate === 'string' ? (
          <>
            <dt>Ngày phát sinh sự việc</dt>
            <dd>
              {formatDate(data.eventDate)}; hạn khai báo {formatDate(String(data.dueOn))}
              {data.late === true ? ' – khai báo muộn' : ''}
            </dd>
          </>
        ) : null}
        {typeof data.previousNumber === 'string' ? (
          <>
            <dt>Văn bản được thay thế</dt>
            <dd>{data.previousNumber}</dd>
          </>
        ) : null}
        {typeof data.requestedYears === 'number' ? (
          <>
            <dt>Thời hạn đề nghị</dt>
            <dd>{data.requestedYears} năm</dd>
          </>
        ) : null}
        {services.length > 0 ? (
          <>
            <dt>Dịch vụ</dt>
            <dd>
              {services.join('; ')}
              {typeof data.scope === 'string' ? ` – phạm vi: ${data.scope}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {devices.length > 0 ? (
        <table className="skh-table">
          <caption>Thiết bị ({devices.length})</caption>
          <thead>
            <tr>
              <th scope="col">Loại</th>
              <th scope="col">Hãng, model</th>
              <th scope="col">Số sê-ri</th>
              <th scope="col">Vị trí</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((d) => (
              <tr key={`${d.manufacturer ?? ''}-${d.serial ?? ''}`}>
                <td>{radiationDeviceType(d.type)?.label ?? d.type}</td>
                <td>
                  {d.manufacturer} {d.model}
                </td>
                <td>{d.serial}</td>
                <td>{d.location ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {fee ? <FeeTable fee={fee} caption="Phí thẩm định" /> : null}
      {typeof data.feeProblem === 'string' ? (
        <Alert tone="warning" title="Chưa tính được phí thẩm định">
          {data.feeProblem}
        </Alert>
      ) : null}
      {document ? (
        <p>
          Đã cấp: <strong>{document.kindLabel}</strong> số <strong>{document.number}</strong>{' '}
          <RegisterStatusBadge status={document.status} label={document.statusLabel} />
          {document.expiresOn ? ` – hiệu lực đến hết ngày ${formatDate(document.expiresOn)}` : ''}.{' '}
          <a href={document.pdfUrl} target="_blank" rel="noreferrer">
            Tải văn bản (PDF)
          </a>
        </p>
      ) : null}
    </Card>
  );
}
