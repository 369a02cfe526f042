import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { procedureInForce } from '@skhcn/domain';
import {
  Button,
  formatDate,
  formatNumber,
  PagedResults,
  PageHeader,
  SelectField,
  TextField,
} from '@skhcn/ui';
import { TDC_PROCEDURE_CODES, type InboxInput } from '../api-types';
import { DeadlineBadge, StatusBadge } from '../components/status-badges.component';
import { vnToday } from '../format/today';

const PAGE_SIZE = 20;
type SortKey = 'deadline' | 'received' | 'code';

const SORT_LABELS: Record<SortKey, string> = {
  deadline: 'Hạn giải quyết',
  received: 'Ngày tiếp nhận',
  code: 'Mã hồ sơ',
};

/** The inbox filters live in the URL: a filtered view can be bookmarked, shared and reloaded. */
export function inboxInputFrom(params: URLSearchParams): InboxInput {
  const input: InboxInput = { sort: 'deadline', page: 1, pageSize: PAGE_SIZE };
  const status = Number(params.get('trang-thai'));
  if (Number.isInteger(status) && status >= 1 && status <= 10) input.statuses = [status];
  const procedure = params.get('thu-tuc');
  if (procedure) input.procedureCode = procedure;
  const due = params.get('han');
  if (due === 'overdue' || due === 'due_soon') input.due = due;
  const q = params.get('q')?.trim();
  if (q) input.q = q;
  const sort = params.get('sap-xep');
  if (sort === 'deadline' || sort === 'received' || sort === 'code') input.sort = sort;
  const dir = params.get('chieu');
  if (dir === 'asc' || dir === 'desc') input.direction = dir;
  const page = Number(params.get('trang'));
  if (Number.isInteger(page) && page > 1) input.page = page;
  return input;
}

function procedureOptions() {
  const today = vnToday();
  return TDC_PROCEDURE_CODES.map((code) => ({
    value: code,
    label: procedureInForce(code, today)?.name ?? code,
  }));
}

export function InboxPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const input = inboxInputFrom(params);
  const inbox = useQuery(trpc.dossiers.inbox.queryOptions(input, { placeholderData: keepPreviousData }));
  const [text, setText] = useState(input.q ?? '');

  useEffect(() => {
    document.title = 'Hộp hồ sơ – Tiêu chuẩn, đo lường, chất lượng';
  }, []);

  /** Changes one filter and goes back to page 1. */
  const update = (changes: Record<string, string | undefined>, keepPage = false) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined || v === '') next.delete(k);
      else next.set(k, v);
    }
    if (!keepPage) next.delete('trang');
    setParams(next);
  };

  const onSearch = (e: FormEvent) => {
    e.preventDefault();
    update({ q: text.trim() });
  };

  const sortBy = (key: SortKey) => {
    const same = (input.sort ?? 'deadline') === key;
    const currentDir = input.direction ?? (key === 'received' ? 'desc' : 'asc');
    update({ 'sap-xep': key, chieu: same ? (currentDir === 'asc' ? 'desc' : 'asc') : undefined });
  };

  const selectedStatus = input.statuses?.[0];
  const counts = inbox.data?.countsByStatus ?? [];
  const all = counts.reduce((n, c) => n + c.count, 0);
  // a capped count is a lower bound: “hơn 1.000”
  const anyCapped = counts.some((c) => c.capped);
  const countText = (n: number, capped: boolean) => `${capped ? 'hơn ' : ''}${formatNumber(n)}`;
  const sortState = (key: SortKey): 'ascending' | 'descending' | undefined => {
    if ((input.sort ?? 'deadline') !== key) return undefined;
    const dir = input.direction ?? (key === 'received' ? 'desc' : 'asc');
    return dir === 'asc' ? 'ascending' : 'descending';
  };

  const sortHeader = (key: SortKey) => (
    <th scope="col" aria-sort={sortState(key) ?? 'none'}>
      <button type="button" className="skh-sort" onClick={() => sortBy(key)}>
        {SORT_LABELS[key]}
        <span aria-hidden="true">
          {sortState(key) === 'ascending' ? ' ▲' : sortState(key) === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );

  return (
    <>
      <PageHeader
        title="Hộp hồ sơ"
        description="Hồ sơ thủ tục tiêu chuẩn, đo lường, chất lượng đang giải quyết, sắp xếp theo hạn."
        actions={<Link to="../tiep-nhan">Tiếp nhận hồ sơ mới</Link>}
      />

      <div role="group" aria-label="Lọc theo trạng thái">
        <ul className="skh-chips">
          <li>
            <button
              type="button"
              className="skh-chip"
              aria-pressed={selectedStatus === undefined}
              onClick={() => update({ 'trang-thai': undefined })}
            >
              Tất cả ({countText(all, anyCapped)})
            </button>
          </li>
          {counts
            .filter((c) => c.count > 0 || c.status === selectedStatus)
            .map((c) => (
              <li key={c.status}>
                <button
                  type="button"
                  className="skh-chip"
                  aria-pressed={selectedStatus === c.status}
                  onClick={() => update({ 'trang-thai': String(c.status) })}
                >
                  {c.label} ({countText(c.count, c.capped)})
                </button>
              </li>
            ))}
        </ul>
      </div>

      <div className="skh-filters">
        <SelectField
          label="Thủ tục"
          placeholder="Tất cả thủ tục"
          options={procedureOptions()}
          value={input.procedureCode ?? ''}
          onChange={(e) => update({ 'thu-tuc': e.target.value })}
        />
        <SelectField
          label="Tình trạng hạn"
          placeholder="Mọi tình trạng"
          options={[
            { value: 'overdue', label: 'Quá hạn' },
            { value: 'due_soon', label: 'Sắp đến hạn (trong 2 ngày làm việc)' },
          ]}
          value={input.due ?? ''}
          onChange={(e) => update({ han: e.target.value })}
        />
        <form role="search" aria-label="Tìm hồ sơ" onSubmit={onSearch} className="skh-row">
          <TextField
            label="Tìm theo mã hồ sơ, tên hoặc mã số thuế"
            hint="Gõ không dấu cũng được, ví dụ: hai phong"
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
        query={inbox}
        noun="hồ sơ"
        loadingLabel="Đang tải hộp hồ sơ…"
        errorTitle="Không tải được hộp hồ sơ"
        errorMessage={getErrorMessage}
        empty={{
          title: 'Không có hồ sơ nào phù hợp',
          description: 'Thử bỏ bớt bộ lọc hoặc tìm bằng từ khóa khác.',
        }}
        onPageChange={(page) => update({ trang: page > 1 ? String(page) : undefined }, true)}
      >
        {(data) => (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">
                Danh sách hồ sơ, sắp xếp theo {SORT_LABELS[input.sort ?? 'deadline'].toLowerCase()}
              </caption>
              <thead>
                <tr>
                  {sortHeader('code')}
                  <th scope="col">Tổ chức, cá nhân</th>
                  <th scope="col">Thủ tục</th>
                  <th scope="col">Trạng thái</th>
                  {sortHeader('received')}
                  {sortHeader('deadline')}
                  <th scope="col">Cán bộ thụ lý</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      <Link to={d.id}>{d.code}</Link>
                    </th>
                    <td>
                      {d.applicantName}
                      {d.applicantTaxCode ? <div className="tdc-muted">MST {d.applicantTaxCode}</div> : null}
                    </td>
                    <td>{d.procedureName}</td>
                    <td>
                      <StatusBadge status={d.status} />
                      {d.awaitingSignature ? <div className="tdc-muted">Đang trình ký</div> : null}
                    </td>
                    <td>{formatDate(d.receivedAt ?? d.submittedAt) || '—'}</td>
                    <td>
                      {d.deadline ? <div>{formatDate(d.deadline)}</div> : null}
                      <DeadlineBadge view={d} />
                    </td>
                    <td>{d.assigneeName ?? <span className="tdc-muted">Chưa phân công</span>}</td>
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
