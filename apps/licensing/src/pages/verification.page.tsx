import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { radiationDeviceType } from '@skhcn/domain';
import {
  Alert,
  Button,
  Card,
  formatDate,
  formatDateTime,
  LoadingState,
  PageHeader,
  TextField,
} from '@skhcn/ui';
import { RegisterStatusBadge } from '../components/register-status.component';

interface ScopeDevice {
  type: string;
  manufacturer?: string;
  model?: string;
  serial?: string;
}

/**
 * /tra-cuu/giay-phep[/<number>] — anyone verifies a licence, confirmation or certificate: by typing its number, or
 * from the QR code printed on it. No sign-in.
 */
export function VerificationPage() {
  const { number = '' } = useParams();
  const navigate = useNavigate();
  const [text, setText] = useState(number);
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.licensing.verify.queryOptions({ number }), enabled: number !== '' });
  useEffect(() => {
    document.title = `Tra cứu giấy phép${number ? ` số ${number}` : ''} – Sở Khoa học và Công nghệ`;
  }, [number]);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (text.trim()) void navigate(`/tra-cuu/giay-phep/${encodeURIComponent(text.trim())}`);
  };
  const entry = q.data;
  const devices = (Array.isArray(entry?.scope.devices) ? entry.scope.devices : []) as ScopeDevice[];
  const services = (Array.isArray(entry?.scope.services) ? entry.scope.services : []) as string[];
  return (
    <>
      <PageHeader
        title="Tra cứu giấy phép, giấy xác nhận, chứng chỉ"
        description="Giấy phép tiến hành công việc bức xạ, giấy xác nhận khai báo, chứng chỉ nhân viên bức xạ, giấy phép và văn bản xác nhận bưu chính do Sở cấp."
      />
      <form role="search" aria-label="Tra cứu theo số văn bản" onSubmit={onSubmit} className="skh-filters">
        <TextField
          label="Số văn bản"
          hint="Ví dụ 1/2026/GPBX-QLCN; hoặc quét mã QR trên văn bản"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button type="submit">Tra cứu</Button>
        </div>
      </form>
      {number === '' ? null : q.isPending ? (
        <LoadingState label="Đang tra cứu…" />
      ) : q.isError ? (
        <Alert tone="error" title="Không tìm thấy văn bản">
          {getErrorMessage(q.error)}
        </Alert>
      ) : entry ? (
        <Card title={`${entry.kindLabel} số ${entry.number}`}>
          <p>
            <RegisterStatusBadge status={entry.status} label={entry.statusLabel} />
          </p>
          <dl className="skh-facts">
            <dt>Cấp cho</dt>
            <dd>
              {entry.holder.name} (MST {entry.holder.taxCode})
            </dd>
            <dt>Địa chỉ</dt>
            <dd>{entry.holder.address}</dd>
            <dt>Ngày cấp</dt>
            <dd>{formatDate(entry.issuedOn)}</dd>
            <dt>Hiệu lực</dt>
            <dd>
              {entry.expiresOn
                ? `từ ${formatDate(entry.validFrom)} đến hết ${formatDate(entry.expiresOn)}`
                : 'Không thời hạn'}
            </dd>
            {entry.revoked ? (
              <>
                <dt>Thu hồi</dt>
                <dd>
                  Từ ngày {formatDate(entry.revoked.on)}: {entry.revoked.reason}
                </dd>
              </>
            ) : null}
            {devices.length > 0 ? (
              <>
                <dt>Thiết bị</dt>
                <dd>
                  <ul>
                    {devices.map((d) => (
                      <li key={`${d.manufacturer ?? ''}-${d.serial ?? ''}`}>
                        {radiationDeviceType(d.type)?.label ?? d.type}: {d.manufacturer} {d.model}, số sê-ri{' '}
                        {d.serial}
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            ) : null}
            {services.length > 0 ? (
              <>
                <dt>Dịch vụ</dt>
                <dd>
                  {services.join('; ')}
                  {typeof entry.scope.scope === 'string' ? ` – phạm vi: ${entry.scope.scope}` : ''}
                </dd>
              </>
            ) : null}
          </dl>
          <h3>Lịch sử</h3>
          <ol>
            {entry.history.map((h) => (
              <li key={`${h.at}-${h.status}`}>
                {formatDateTime(h.at)}: {h.note}
              </li>
            ))}
          </ol>
          <p>
            <a href={entry.pdfUrl} target="_blank" rel="noreferrer">
              Tải văn bản (PDF)
            </a>
          </p>
        </Card>
      ) : null}
    </>
  );
}
