import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { fieldPath, useField } from '@skhcn/one-stop-ui';
import { Alert, Button, PageHeader, formatDate } from '@skhcn/ui';
import type { ConformitySubmitOutput } from '../api-types';

/** After the dossier is filed: its code, the appointment date and receipt (at the counter), and where to go next. */
export function IntakeResult({
  title,
  mode,
  result,
  onAnother,
}: {
  title: string;
  mode: 'counter' | 'online';
  result: ConformitySubmitOutput;
  onAnother: () => void;
}) {
  const field = useField();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <>
      <PageHeader title={title} />
      <div ref={ref} tabIndex={-1}>
        <Alert tone="success" title={mode === 'counter' ? 'Đã tiếp nhận hồ sơ' : 'Đã nộp hồ sơ'}>
          <dl className="skh-facts">
            <dt>Mã hồ sơ</dt>
            <dd>
              <strong>{result.code}</strong>
            </dd>
            <dt>Ngày hẹn trả kết quả</dt>
            <dd>
              {result.appointmentDate
                ? formatDate(result.appointmentDate)
                : 'Sẽ có khi cán bộ Bộ phận một cửa tiếp nhận hồ sơ.'}
            </dd>
          </dl>
        </Alert>
      </div>
      <ul>
        {result.appointmentDate ? (
          <li>
            <a
              href={`/api/dossiers/${encodeURIComponent(result.dossierId)}/documents/receipt.pdf`}
              target="_blank"
              rel="noreferrer"
            >
              Giấy tiếp nhận hồ sơ và hẹn trả kết quả (PDF)
            </a>
          </li>
        ) : null}
        <li>
          {mode === 'counter' ? (
            <Link to={fieldPath(field, 'ho-so', result.dossierId)}>Mở hồ sơ {result.code}</Link>
          ) : (
            <Link to={`/ho-so-cua-toi/${encodeURIComponent(result.dossierId)}`}>
              Xem hồ sơ {result.code} trong Hồ sơ của tôi
            </Link>
          )}
        </li>
      </ul>
      <Button variant="secondary" onClick={onAnother}>
        {mode === 'counter' ? 'Tiếp nhận hồ sơ khác' : 'Nộp hồ sơ khác'}
      </Button>
    </>
  );
}
