import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { SCIENCE_FIELDS, scienceFieldLabels, type ScienceField } from '@skhcn/domain';
import { Badge, Button, PagedResults, PageHeader, SelectField, TextField, formatDate } from '@skhcn/ui';
import type { ResultsInput } from '../api-types';

/** /khcn/ket-qua — the results registry: accepted tasks, registered or waiting for registration. */
export function ResultsPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const input: ResultsInput = { page: Math.max(1, Number(params.get('trang')) || 1), pageSize: 20 };
  const q = params.get('q')?.trim();
  if (q) input.q = q;
  const field = params.get('linh-vuc');
  if (field && (SCIENCE_FIELDS as readonly string[]).includes(field)) input.field = field as ScienceField;
  const registered = params.get('dang-ky');
  if (registered === 'co') input.registered = true;
  if (registered === 'chua') input.registered = false;
  const results = useQuery(trpc.science.results.queryOptions(input, { placeholderData: keepPreviousData }));
  const [text, setText] = useState(q ?? '');

  useEffect(() => {
    document.title = 'Kết quả nhiệm vụ – Khoa học và công nghệ';
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
        title="Kết quả nhiệm vụ khoa học và công nghệ"
        description="Nhiệm vụ đã nghiệm thu, số giấy chứng nhận đăng ký kết quả và trang xác minh công khai."
      />
      <div className="skh-filters">
        <SelectField
          label="Lĩnh vực"
          placeholder="Tất cả lĩnh vực"
          options={SCIENCE_FIELDS.map((f) => ({ value: f, label: scienceFieldLabels[f] }))}
          value={input.field ?? ''}
          onChange={(e) => update({ 'linh-vuc': e.target.value })}
        />
        <SelectField
          label="Đăng ký kết quả"
          placeholder="Tất cả"
          options={[
            { value: 'co', label: 'Đã cấp giấy chứng nhận' },
            { value: 'chua', label: 'Chưa đăng ký' },
          ]}
          value={registered ?? ''}
          onChange={(e) => update({ 'dang-ky': e.target.value })}
        />
        <form role="search" aria-label="Tìm kết quả" onSubmit={onSearch} className="skh-row">
          <TextField
            label="Tìm theo mã, tên nhiệm vụ, tổ chức hoặc số giấy chứng nhận"
            type="search"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <Button type="submit" variant="secondary" style={{ marginBottom: 'var(--skh-space-4)' }}>
            Tìm
          </Button>
        </form>
      </div>
      <PagedResults
        query={results}
        noun="nhiệm vụ"
        loadingLabel="Đang tải kết quả…"
        errorTitle="Không tải được danh sách kết quả"
        errorMessage={getErrorMessage}
        empty={{ title: 'Chưa có kết quả nào phù hợp', description: 'Thử bỏ bớt bộ lọc.' }}
        onPageChange={(page) => update({ trang: page > 1 ? String(page) : undefined }, true)}
      >
        {(data) => (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">Kết quả nhiệm vụ, mới nghiệm thu trước</caption>
              <thead>
                <tr>
                  <th scope="col">Nhiệm vụ</th>
                  <th scope="col">Tổ chức chủ trì</th>
                  <th scope="col">Nghiệm thu</th>
                  <th scope="col">Giấy chứng nhận</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`../nhiem-vu/${r.id}`} relative="path">
                        {r.code}
                      </Link>
                      <div>{r.title}</div>
                      <div className="khcn-muted">{r.fieldLabel}</div>
                    </th>
                    <td>{r.hostName ?? '—'}</td>
                    <td>
                      {r.acceptedOn ? formatDate(r.acceptedOn) : '—'}
                      {r.overallGradeLabel ? (
                        <div>
                          <Badge tone="success">{r.overallGradeLabel}</Badge>
                        </div>
                      ) : null}
                    </td>
                    <td>
                      {r.certificate ? (
                        <>
                          <a href={r.certificate.verificationPath}>{r.certificate.number}</a>
                          <div className="khcn-muted">ngày {formatDate(r.certificate.issuedOn)}</div>
                        </>
                      ) : (
                        <Badge tone="warning">Chưa đăng ký</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </PagedResults>
    </>
  );
}
