import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { fieldPath, useField } from '@skhcn/one-stop-ui';
import { Button, PagedResults, PageHeader, SelectField, TextField } from '@skhcn/ui';
import { useFilterParams } from './search-params';

const FIELDS = { radiation: 'Cơ sở bức xạ', postal: 'Doanh nghiệp bưu chính' } as const;
type Field = keyof typeof FIELDS;

/** /cap-phep/co-so — radiation facilities and postal enterprises known from their dossiers. */
export function HoldersPage() {
  const field = useField();
  const { params, update, page } = useFilterParams();
  const kind: Field = params.get('linh-vuc') === 'postal' ? 'postal' : 'radiation';
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  const trpc = useTRPC();
  const list = useQuery(
    trpc.licensing.holders.list.queryOptions(
      { field: kind, page, pageSize: 20, ...(q ? { q } : {}) },
      { placeholderData: keepPreviousData },
    ),
  );
  useEffect(() => {
    document.title = `${FIELDS[kind]} – ${field.title}`;
  }, [kind, field.title]);
  return (
    <>
      <PageHeader
        title="Cơ sở, doanh nghiệp"
        description="Cơ sở bức xạ và doanh nghiệp bưu chính có hồ sơ tại Sở."
      />
      <form
        role="search"
        aria-label="Tìm cơ sở, doanh nghiệp"
        className="skh-filters"
        onSubmit={(e) => {
          e.preventDefault();
          update({ q: text.trim() });
        }}
      >
        <SelectField
          label="Lĩnh vực"
          options={(Object.keys(FIELDS) as Field[]).map((f) => ({ value: f, label: FIELDS[f] }))}
          value={kind}
          onChange={(e) => update({ 'linh-vuc': e.target.value })}
        />
        <TextField
          label="Từ khóa"
          hint="Tên, mã số thuế hoặc địa chỉ"
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div>
          <Button type="submit">Tìm</Button>
        </div>
      </form>
      <PagedResults
        query={list}
        noun="cơ sở"
        loadingLabel="Đang tải danh sách…"
        errorTitle="Không tải được danh sách"
        errorMessage={getErrorMessage}
        empty={{ title: 'Chưa có cơ sở nào', description: 'Cơ sở được ghi nhận khi có hồ sơ đầu tiên.' }}
        onPageChange={(p) => update({ trang: p > 1 ? String(p) : undefined }, true)}
      >
        {(data) => (
          <table className="skh-table">
            <caption>{FIELDS[kind]}</caption>
            <thead>
              <tr>
                <th scope="col">Tên</th>
                <th scope="col">Mã số thuế</th>
                <th scope="col">Địa chỉ</th>
                <th scope="col">Quận, huyện</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((h) => (
                <tr key={h.id}>
                  <td>
                    <Link to={fieldPath(field, 'co-so', h.id)}>{h.name}</Link>
                  </td>
                  <td>{h.taxCode}</td>
                  <td>{h.address}</td>
                  <td>{h.district ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedResults>
    </>
  );
}
