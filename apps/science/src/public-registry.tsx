import './app.css';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Button, Card, ErrorState, LoadingState, PageHeader, TextField, formatDate } from '@skhcn/ui';

function Search() {
  const navigate = useNavigate();
  const [number, setNumber] = useState('');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (number.trim()) void navigate(encodeURIComponent(number.trim()));
  };
  return (
    <form role="search" aria-label="Tra cứu giấy chứng nhận" onSubmit={onSubmit} className="skh-row">
      <TextField
        label="Số giấy chứng nhận đăng ký kết quả"
        hint="Ví dụ: 1/2026/ĐKKQ-SKHCN"
        value={number}
        onChange={(e) => setNumber(e.target.value)}
      />
      <Button type="submit" variant="secondary" style={{ marginBottom: 'var(--skh-space-4)' }}>
        Tra cứu
      </Button>
    </form>
  );
}

function Verification() {
  const { number = '' } = useParams();
  const trpc = useTRPC();
  const certificate = useQuery(trpc.science.certificate.queryOptions({ number }, { retry: false }));
  useEffect(() => {
    document.title = `Xác minh giấy chứng nhận ${number} – Sở Khoa học và Công nghệ`;
  }, [number]);
  if (certificate.isPending) return <LoadingState label="Đang tra cứu giấy chứng nhận…" />;
  if (certificate.isError)
    return (
      <>
        <ErrorState title="Không tìm thấy giấy chứng nhận" message={getErrorMessage(certificate.error)} />
        <Search />
      </>
    );
  const c = certificate.data;
  return (
    <Card title={`Giấy chứng nhận số ${c.number}`}>
      <p>
        <Badge tone="success">{c.statusLabel}</Badge>
      </p>
      <dl className="skh-facts">
        <dt>Ngày cấp</dt>
        <dd>{formatDate(c.issuedOn)}</dd>
        <dt>Nhiệm vụ</dt>
        <dd>
          {c.task.code}: {c.task.title}
        </dd>
        <dt>Lĩnh vực</dt>
        <dd>{c.task.fieldLabel}</dd>
        <dt>Tổ chức chủ trì</dt>
        <dd>{c.task.hostName ?? '—'}</dd>
        <dt>Chủ nhiệm nhiệm vụ</dt>
        <dd>{c.task.principalInvestigator ?? '—'}</dd>
        <dt>Nghiệm thu</dt>
        <dd>
          {c.task.acceptedOn ? formatDate(c.task.acceptedOn) : '—'}
          {c.task.overallGradeLabel ? ` · xếp loại ${c.task.overallGradeLabel}` : ''}
        </dd>
        <dt>Mã hồ sơ</dt>
        <dd>{c.dossierCode}</dd>
      </dl>
      <p>
        <a href={c.pdfUrl} target="_blank" rel="noreferrer">
          Xem giấy chứng nhận (PDF)
        </a>
      </p>
    </Card>
  );
}

/** The public addresses of science under /tra-cuu/: the verification of registration certificates. */
export const PUBLIC_SEGMENTS = ['ket-qua-khcn'] as const;
export type PublicSegment = (typeof PUBLIC_SEGMENTS)[number];

/**
 * The public verification of registration certificates (no sign-in), exposed as `science/PublicRegistry`: the shell
 * mounts it at /tra-cuu/<segment>/* for each of PUBLIC_SEGMENTS; the certificate's QR code opens
 * /tra-cuu/ket-qua-khcn/<number>.
 */
export default function PublicRegistry(_props: { segment?: PublicSegment }) {
  return (
    <>
      <PageHeader
        title="Tra cứu kết quả nhiệm vụ khoa học và công nghệ"
        description="Xác minh giấy chứng nhận đăng ký kết quả thực hiện nhiệm vụ do Sở Khoa học và Công nghệ cấp."
      />
      <Routes>
        <Route index element={<Search />} />
        <Route path=":number" element={<Verification />} />
      </Routes>
    </>
  );
}
