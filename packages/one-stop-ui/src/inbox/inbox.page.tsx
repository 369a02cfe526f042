import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { LIVE_STATUSES, procedureInForce } from '@skhcn/domain';
import {
  Button,
  formatDate,
  formatNumber,
  PagedResults,
  PageHeader,
  SelectField,
  TextField,
} from '@skhcn/ui';
import { DeadlineBadge, StatusBadge } from '../dossier/status-badges.component';
import { fieldPath, useField } from '../field/field';
import { hasRole, useSession } from '../session';
import { useToday } from '../today';
import { ALL_STATUSES, inboxInputFrom, SORT_LABELS, type SortKey } from './inbox-filters';

const countText = (n: number, capped: boolean) => `${capped ? 'hơn ' : ''}${formatNumber(n)}`;

/** <field>/ho-so — the field's dossiers: live work first, filters in the URL, sort, paging, deadline colours. */
export function InboxPage() {
  const field = useField();
  const trpc = useTRPC();
  const today = useToday();
  const { data: user } = useSession();
  const [params, setParams] = useSearchParams();
  const input = inboxInputFrom(params, field.procedureCodes);
  const inbox = useQuery(trpc.dossiers.inbox.queryOptions(input, { placeholderData: keepPreviousData }));
  const [text, setText] = useState(input.q ?? '');
  const signer = hasRole(user, 'leader');

  useEffect(() => {
    document.title = `Hộp hồ sơ – ${field.title}`;
  }, [field.title]);

  /** Changes filters and goes back to page 1. */
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

  const sort = input.sort ?? 'deadline';
  const directionOf = (key: SortKey) => input.direction ?? (key === 'received' ? 'desc' : 'asc');
  const sortBy = (key: SortKey) => {
    const same = sort === key;
    const dir = directionOf(key);
    update({ 'sap-xep': key, chieu: same ? (dir === 'asc' ? 'desc' : 'asc') : undefined });
  };
  const sortState = (key: SortKey): 'ascending' | 'descending' | undefined =>
    sort !== key ? undefined : directionOf(key) === 'asc' ? 'ascending' : 'descending';

  const statusParam = params.get('trang-thai');
  const counts = inbox.data?.countsByStatus ?? [];
  const sum = (list: typeof counts) => ({
    n: list.reduce((n, c) => n + c.count, 0),
    capped: list.some((c) => c.capped),
  });
  const live = sum(counts.filter((c) => LIVE_STATUSES.includes(c.status)));
  const all = sum(counts);

  const chip = (
    label: string,
    value: string | undefined,
    pressed: boolean,
    count?: { n: number; capped: boolean },
  ) => (
    <li key={value ?? 'live'}>
      <button
        type="button"
        className="skh-chip"
        aria-pressed={pressed}
        onClick={() => update({ 'trang-thai': value })}
      >
        {label}
        {count ? ` (${countText(count.n, count.capped)})` : ''}
      </button>
    </li>
  );

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
        description={`Hồ sơ thủ tục ${field.title.toLowerCase()}: hồ sơ đang giải quyết trước, sắp xếp theo hạn.`}
        actions={<Link to={fieldPath(field, 'tiep-nhan')}>Tiếp nhận hồ sơ mới</Link>}
      />

      <div role="group" aria-label="Lọc theo trạng thái">
        <ul className="skh-chips">
          {chip('Đang giải quyết', undefined, statusParam === null, live)}
          {chip('Tất cả', ALL_STATUSES, statusParam === ALL_STATUSES, all)}
          {counts
            .filter((c) => c.count > 0 || String(c.status) === statusParam)
            .map((c) =>
              chip(c.label, String(c.status), String(c.status) === statusParam, {
                n: c.count,
                capped: c.capped,
              }),
            )}
        </ul>
      </div>

      <div className="skh-filters">
        <SelectField
          label="Thủ tục"
          placeholder="Tất cả thủ tục"
          options={field.procedureCodes.map((code) => ({
            value: code,
            label: procedureInForce(code, today)?.name ?? code,
          }))}
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
        <SelectField
          label="Thụ lý"
          placeholder="Mọi cán bộ"
          options={[
            { value: 'me', label: 'Hồ sơ tôi thụ lý' },
            { value: 'none', label: 'Chưa phân công' },
          ]}
          value={input.assignee ?? ''}
          onChange={(e) => update({ 'thu-ly': e.target.value })}
        />
        <label className="skh-checkbox">
          <input
            type="checkbox"
            checked={input.awaitingSignature === true}
            onChange={(e) => update({ 'cho-ky': e.target.checked ? '1' : undefined })}
          />
          <span>{signer ? 'Chờ tôi ký' : 'Đang trình ký'}</span>
        </label>
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
          description:
            statusParam === null
              ? 'Không còn hồ sơ đang giải quyết. Xem hồ sơ đã xong ở bộ lọc “Tất cả”.'
              : 'Thử bỏ bớt bộ lọc hoặc tìm bằng từ khóa khác.',
        }}
        onPageChange={(page) => update({ trang: page > 1 ? String(page) : undefined }, true)}
      >
        {(data) => (
          <div className="skh-table-wrap">
            <table className="skh-table">
              <caption className="skh-visually-hidden">
                Danh sách hồ sơ, sắp xếp theo {SORT_LABELS[sort].toLowerCase()}
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
                      <Link to={fieldPath(field, 'ho-so', d.id)}>{d.code}</Link>
                    </th>
                    <td>
                      {d.applicantName}
                      {d.applicantTaxCode ? <div className="os-muted">MST {d.applicantTaxCode}</div> : null}
                    </td>
                    <td>{d.procedureName}</td>
                    <td>
                      <StatusBadge status={d.status} />
                      {d.awaitingSignature ? <div className="os-muted">Đang trình ký</div> : null}
                    </td>
                    <td>{formatDate(d.receivedAt ?? d.submittedAt) || '—'}</td>
                    <td>
                      {d.deadline ? <div>{formatDate(d.deadline)}</div> : null}
                      <DeadlineBadge view={d} />
                    </td>
                    <td>{d.assigneeName ?? <span className="os-muted">Chưa phân công</span>}</td>
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
