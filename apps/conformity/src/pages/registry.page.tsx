import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { Badge, Button, Card, formatDate, PagedResults, PageHeader, SelectField, TextField } from '@skhcn/ui';
import type { RegistrySearchInput, RegistryStatus } from '../api-types';
import { registryStatusLabels, registryStatusTone, verificationPath } from '../format/notice-format';

const PAGE_SIZE = 10;

export function registryInputFrom(params: URLSearchParams): RegistrySearchInput {
  const input: RegistrySearchInput = { page: 1, pageSize: PAGE_SIZE };
  const q = params.get('q')?.trim();
  if (q) input.q = q;
  const status = params.get('hieu-luc');
  if (status === 'in_force' || status === 'expired' || status === 'revoked') input.status = status;
  const page = Number(params.get('trang'));
  if (Number.isInteger(page) && page > 1) input.page = page;
  return input;
}

/** /tra-cuu/cong-bo — the public registry of receipt notices (no sign-in). */
export function RegistryPage() {
  const [params, setParams] = useSearchParams();
  const input = registryInputFrom(params);
  const trpc = useTRPC();
  const search = useQuery(
    trpc.conformity.registry.search.queryOptions(input, { placeholderData: keepPreviousData }),
  );
  const [text, setText] = useState(input.q ?? '');

  useEffect(() => {
    document.title = 'Tra cứu bản công bố hợp chuẩn, hợp quy – Sở Khoa học và Công nghệ';
  }, []);

  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (!v) next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('trang');
    setParams(next);
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: text.trim() });
  };

  return (
    <>
      <PageHeader
        title="Tra cứu bản công bố hợp chuẩn, hợp quy"
        description="Sổ công khai các thông báo tiếp nhận bản công bố do Chi cục Tiêu chuẩn Đo lường Chất lượng cấp."
      />
      <form role="search" aria-label="Tra cứu bản công bố" onSubmit={onSearch} className="skh-filters">
        <TextField
          label="Từ khóa"
          hint="Tên doanh nghiệp, mã số thuế, sản phẩm, số hiệu tiêu chuẩn/quy chuẩn hoặc số thông báo; gõ không dấu cũng được"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <SelectField
          label="Hiệu lực"
          placeholder="Tất cả"
          options={(Object.keys(registryStatusLabels) as RegistryStatus[]).map((s) => ({
            value: s,
            label: registryStatusLabels[s],
          }))}
          value={input.status ?? ''}
          onChange={(e) => update({ 'hieu-luc': e.target.value })}
        />
        <div>
          <Button type="submit" style={{ marginBottom: 'var(--skh-space-4)' }}>
            Tra cứu
          </Button>
        </div>
      </form>

      <PagedResults
        query={search}
        noun="bản công bố"
        loadingLabel="Đang tra cứu…"
        errorTitle="Không tra cứu được"
        errorMessage={getErrorMessage}
        empty={{
          title: 'Không tìm thấy bản công bố nào phù hợp',
          description: 'Kiểm tra lại từ khóa, hoặc bỏ bộ lọc hiệu lực.',
        }}
        onPageChange={(page) => update({ trang: page > 1 ? String(page) : undefined }, true)}
      >
        {(data) =>
          data.items.map((e) => (
            <Card
              key={e.noticeNumber}
              as="article"
              title={<Link to={verificationPath(e.noticeNumber)}>Thông báo số {e.noticeNumber}</Link>}
            >
              <p>
                <Badge tone={registryStatusTone[e.status]}>
                  {e.statusLabel || registryStatusLabels[e.status]}
                </Badge>{' '}
                {e.procedureName}
              </p>
              <dl className="skh-facts">
                <dt>Tổ chức công bố</dt>
                <dd>
                  {e.organisation.name} · MST {e.organisation.taxCode}
                </dd>
                <dt>Sản phẩm, hàng hóa</dt>
                <dd>{e.products.map((p) => (p.model ? `${p.name} (${p.model})` : p.name)).join('; ')}</dd>
                <dt>Tiêu chuẩn, quy chuẩn</dt>
                <dd>{e.standards.join('; ')}</dd>
                <dt>Ngày cấp</dt>
                <dd>{formatDate(e.issuedOn)}</dd>
                <dt>Hiệu lực đến</dt>
                <dd>{e.expiresOn ? formatDate(e.expiresOn) : 'Không thời hạn'}</dd>
              </dl>
            </Card>
          ))
        }
      </PagedResults>
    </>
  );
}
