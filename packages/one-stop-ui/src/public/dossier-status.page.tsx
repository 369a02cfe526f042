import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Alert, Button, Card, ErrorState, LoadingState, PageHeader, TextField, formatDate } from '@skhcn/ui';
import type { DossierLookup } from '../api-types';
import { StatusBadge } from '../dossier/status-badges.component';

function StatusCard({ status }: { status: DossierLookup }) {
  return (
    <Card title={`Hồ sơ ${status.code}`}>
      <dl className="skh-facts">
        <dt>Thủ tục</dt>
        <dd>{status.procedureName}</dd>
        <dt>Trạng thái</dt>
        <dd>
          <StatusBadge status={status.status} />
        </dd>
        <dt>Ngày hẹn trả kết quả</dt>
        <dd>
          {status.deadline
            ? formatDate(status.deadline)
            : 'Chưa có (hồ sơ chưa được tiếp nhận hoặc đang tạm dừng)'}
        </dd>
      </dl>
    </Card>
  );
}

/**
 * /tra-cuu/ho-so — a dossier's public status: what the QR of its receipt opens (`?ma=<code>&k=<key>`), or a
 * look-up by code and tax code. Nothing personal is shown.
 */
export function DossierStatusPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const code = params.get('ma')?.trim() ?? '';
  const key = params.get('k')?.trim() ?? '';
  const taxCode = params.get('mst')?.trim() ?? '';
  const input = key ? { code, key } : { code, taxCode };
  const asked = code !== '' && (key !== '' || taxCode !== '');
  const lookup = useQuery({ ...trpc.dossiers.lookup.queryOptions(input), enabled: asked, retry: false });
  const [form, setForm] = useState({ code, taxCode });

  useEffect(() => {
    document.title = 'Tra cứu tình trạng hồ sơ – Sở Khoa học và Công nghệ';
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams({ ma: form.code.trim(), mst: form.taxCode.trim() });
  };

  return (
    <>
      <PageHeader
        title="Tra cứu tình trạng hồ sơ"
        description="Quét mã QR trên giấy tiếp nhận, hoặc nhập mã hồ sơ và mã số thuế của tổ chức, cá nhân nộp hồ sơ."
      />
      {asked && lookup.isPending ? <LoadingState label="Đang tra cứu hồ sơ…" /> : null}
      {asked && lookup.isError ? (
        getAppCode(lookup.error) === 'NOT_FOUND' || getAppCode(lookup.error) === 'BAD_INPUT' ? (
          <Alert tone="warning" title="Không tìm thấy hồ sơ">
            {getErrorMessage(lookup.error)}
          </Alert>
        ) : (
          <ErrorState
            title="Chưa tra cứu được"
            message={getErrorMessage(lookup.error)}
            onRetry={() => void lookup.refetch()}
            retrying={lookup.isFetching}
          />
        )
      ) : null}
      {asked && lookup.isSuccess ? <StatusCard status={lookup.data} /> : null}
      <Card title={asked ? 'Tra cứu hồ sơ khác' : 'Nhập thông tin hồ sơ'}>
        <form onSubmit={submit} className="skh-row" aria-label="Tra cứu hồ sơ">
          <TextField
            label="Mã hồ sơ"
            hint="Ví dụ: CCTDC-260302-0001"
            required
            value={form.code}
            onChange={(e) => setForm((f) => ({ ...f, code: e.target.value }))}
          />
          <TextField
            label="Mã số thuế"
            hint="10 hoặc 12 chữ số"
            required
            inputMode="numeric"
            value={form.taxCode}
            onChange={(e) => setForm((f) => ({ ...f, taxCode: e.target.value }))}
          />
          <Button type="submit" style={{ marginBottom: 'var(--skh-space-4)' }}>
            Tra cứu
          </Button>
        </form>
      </Card>
    </>
  );
}
