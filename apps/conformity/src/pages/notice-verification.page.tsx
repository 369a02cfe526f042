import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Badge,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  PageHeader,
  formatDate,
  formatDateTime,
} from '@skhcn/ui';
import { noticePdfUrl, registryStatusLabels, registryStatusTone } from '../format/notice-format';

/** /tra-cuu/thong-bao/:noticeNumber — what the notice's QR code opens: is this notice genuine and in force? */
export function NoticeVerificationPage() {
  const { noticeNumber: raw = '' } = useParams();
  // react-router decodes the segment; a number typed by hand may still be encoded
  let noticeNumber = raw;
  try {
    noticeNumber = decodeURIComponent(raw);
  } catch {
    // keep it as given
  }
  const trpc = useTRPC();
  const entry = useQuery(trpc.conformity.registry.entry.queryOptions({ noticeNumber }, { retry: false }));

  useEffect(() => {
    document.title = `Xác minh thông báo ${noticeNumber} – Sở Khoa học và Công nghệ`;
  }, [noticeNumber]);

  const back = <Link to="/tra-cuu/cong-bo">Tra cứu bản công bố khác</Link>;
  if (entry.isPending) return <LoadingState label="Đang xác minh thông báo…" />;
  if (entry.isError) {
    if (getAppCode(entry.error) === 'NOT_FOUND') {
      return (
        <>
          <PageHeader title="Xác minh thông báo tiếp nhận" />
          <EmptyState
            title={`Không tìm thấy thông báo số ${noticeNumber}`}
            description="Số thông báo không có trong sổ công bố của Sở. Văn bản mang số này có thể không do Sở cấp; vui lòng liên hệ Chi cục Tiêu chuẩn Đo lường Chất lượng."
            action={back}
          />
        </>
      );
    }
    return (
      <>
        <PageHeader title="Xác minh thông báo tiếp nhận" />
        <ErrorState
          title="Không xác minh được thông báo"
          message={getErrorMessage(entry.error)}
          onRetry={() => void entry.refetch()}
          retrying={entry.isFetching}
        />
      </>
    );
  }
  const e = entry.data;
  return (
    <>
      <PageHeader
        title={`Thông báo tiếp nhận số ${e.noticeNumber}`}
        description={e.procedureName}
        actions={back}
      />
      <Card title="Kết quả xác minh">
        <p>
          Thông báo này có trong sổ công bố của Sở. Tình trạng:{' '}
          <Badge tone={registryStatusTone[e.status]}>{e.statusLabel || registryStatusLabels[e.status]}</Badge>
        </p>
        <dl className="skh-facts">
          <dt>Tổ chức công bố</dt>
          <dd>{e.organisation.name}</dd>
          <dt>Mã số thuế</dt>
          <dd>{e.organisation.taxCode}</dd>
          <dt>Địa chỉ</dt>
          <dd>{e.organisation.address}</dd>
          <dt>Sản phẩm, hàng hóa</dt>
          <dd>
            <ul>
              {e.products.map((p, i) => (
                <li key={i}>
                  {p.name}
                  {p.model ? ` – ${p.model}` : ''}
                  {p.hsCode ? ` (mã HS ${p.hsCode})` : ''}
                </li>
              ))}
            </ul>
          </dd>
          <dt>Tiêu chuẩn, quy chuẩn</dt>
          <dd>{e.standards.join('; ')}</dd>
          <dt>Căn cứ công bố</dt>
          <dd>
            {e.basis.label}
            {e.basis.certificateNumber ? ` · giấy chứng nhận số ${e.basis.certificateNumber}` : ''}
            {e.basis.certifier ? ` của ${e.basis.certifier}` : ''}
          </dd>
          <dt>Ngày cấp</dt>
          <dd>{formatDate(e.issuedOn)}</dd>
          <dt>Hiệu lực đến</dt>
          <dd>{e.expiresOn ? formatDate(e.expiresOn) : 'Không thời hạn'}</dd>
          <dt>Mã hồ sơ</dt>
          <dd>{e.dossierCode}</dd>
        </dl>
        <p>
          <a href={noticePdfUrl(e.noticeNumber)} target="_blank" rel="noreferrer">
            Tải thông báo tiếp nhận (PDF)
          </a>
        </p>
      </Card>
      <Card title="Lịch sử hiệu lực">
        <ol className="skh-timeline">
          {e.history.map((h, i) => (
            <li key={i}>
              <p>
                <strong>{h.label}</strong> — {registryStatusLabels[h.status]}
              </p>
              <p className="tdc-muted">
                <time dateTime={h.at}>{formatDateTime(h.at)}</time>
              </p>
              {h.note ? <p>{h.note}</p> : null}
            </li>
          ))}
        </ol>
      </Card>
    </>
  );
}
