import { Badge, formatDate } from '@skhcn/ui';
import type { DeviceView } from '../api-types';

/** The equipment inventory as a table; a device whose inspection is older than 12 months is flagged. */
export function DevicesTable({
  devices,
  caption,
  showHolder = false,
}: {
  devices: readonly DeviceView[];
  caption: string;
  showHolder?: boolean;
}) {
  return (
    <table className="skh-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {showHolder ? <th scope="col">Cơ sở</th> : null}
          <th scope="col">Loại thiết bị</th>
          <th scope="col">Hãng, model</th>
          <th scope="col">Số sê-ri</th>
          <th scope="col">Vị trí</th>
          <th scope="col">Trạng thái</th>
          <th scope="col">Kiểm định gần nhất</th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={d.id}>
            {showHolder ? <td>{d.holderName}</td> : null}
            <td>{d.typeLabel}</td>
            <td>
              {d.manufacturer} {d.model}
              {d.yearMade ? ` (${d.yearMade})` : ''}
            </td>
            <td>{d.serial}</td>
            <td>{d.location ?? '—'}</td>
            <td>{d.statusLabel}</td>
            <td>
              {d.lastInspectionOn ? formatDate(d.lastInspectionOn) : 'Chưa có'}
              {d.inspectionCertificate ? ` – ${d.inspectionCertificate}` : ''}{' '}
              {d.inspectionDue ? <Badge tone="warning">Quá 12 tháng</Badge> : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
