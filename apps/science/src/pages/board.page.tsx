import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { isTaskStage, SCIENCE_FIELDS, scienceFieldLabels, type ScienceField } from '@skhcn/domain';
import {
  Button,
  Card,
  ErrorState,
  LoadingState,
  PagedResults,
  PageHeader,
  SelectField,
  TextField,
  formatDate,
  formatNumber,
  formatVnd,
} from '@skhcn/ui';
import type { TasksInput } from '../api-types';
import { StageBadge } from '../components/stage-badge.component';

const PAGE_SIZE = 20;
type SortKey = 'updated' | 'code' | 'title' | 'budget';
const SORT_LABELS: Record<SortKey, string> = {
  updated: 'Cập nhật',
  code: 'Mã nhiệm vụ',
  title: 'Tên nhiệm vụ',
  budget: 'Kinh phí',
};
const defaultDirection = (k: SortKey) => (k === 'updated' || k === 'budget' ? 'desc' : 'asc');

/** The list's filters live in the URL: a view can be bookmarked and shared. */
export function tasksInputFrom(params: URLSearchParams): TasksInput {
  const input: TasksInput = { sort: 'updated', page: 1, pageSize: PAGE_SIZE };
  const stage = params.get('giai-doan');
  if (stage && isTaskStage(stage)) input.stages = [stage];
  const field = params.get('linh-vuc');
  if (field && (SCIENCE_FIELDS as readonly string[]).includes(field)) input.field = field as ScienceField;
  const q = params.get('q')?.trim();
  if (q) input.q = q;
  if (params.get('qua-han') === '1') input.overdue = true;
  const sort = params.get('sap-xep');
  if (sort === 'updated' || sort === 'code' || sort === 'title' || sort === 'budget') input.sort = sort;
  const dir = params.get('chieu');
  if (dir === 'asc' || dir === 'desc') input.direction = dir;
  const page = Number(params.get('trang'));
  if (Number.isInteger(page) && page > 1) input.page = page;
  return input;
}

/** /khcn — the office's pipeline board: tasks per stage, overdue reports, and the filtered list. */
export function BoardPage() {
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const input = tasksInputFrom(params);
  const board = useQuery(trpc.science.board.queryOptions());
  const tasks = useQuery(trpc.science.tasks.queryOptions(input, { placeholderData: keepPreviousData }));
  const [text, setText] = useState(input.q ?? '');

  useEffect(() => {
    document.title = 'Bảng theo dõi nhiệm vụ – Khoa học và công nghệ';
  }, []);

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
  const sortKey = input.sort ?? 'updated';
  const direction = input.direction ?? defaultDirection(sortKey);
  const sortBy = (key: SortKey) => {
    const same = sortKey === key;
    update({ 'sap-xep': key, chieu: same ? (direction === 'asc' ? 'desc' : 'asc') : undefined });
  };
  const ariaSort = (key: SortKey) =>
    sortKey !== key ? 'none' : direction === 'asc' ? 'ascending' : 'descending';
  const sortHeader = (key: SortKey) => (
    <th scope="col" aria-sort={ariaSort(key)}>
      <button type="button" className="skh-sort" onClick={() => sortBy(key)}>
        {SORT_LABELS[key]}
        <span aria-hidden="true">{sortKey === key ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
  const selectedStage = input.stages?.[0];

  return (
    <>
      <PageHeader
        title="Bảng theo dõi nhiệm vụ khoa học và công nghệ"
        description="Nhiệm vụ cấp tỉnh từ đề xuất đặt hàng đến đăng ký kết quả; chọn một giai đoạn để lọc danh sách."
        actions={<Link to="de-xuat">Ghi nhận đề xuất mới</Link>}
      />

      {board.isPending ? <LoadingState label="Đang tải bảng theo dõi…" /> : null}
      {board.isError ? (
        <ErrorState
          title="Không tải được bảng theo dõi"
          message={getErrorMessage(board.error)}
          onRetry={() => void board.refetch()}
          retrying={board.isFetching}
        />
      ) : null}
      {board.data ? (
        <>
          <h2 className="skh-visually-hidden">Số nhiệm vụ theo giai đoạn</h2>
          <ul className="khcn-board" aria-label="Số nhiệm vụ theo giai đoạn">
            <li>
              <button
                type="button"
                aria-pressed={selectedStage === undefined}
                onClick={() => update({ 'giai-doan': undefined })}
              >
                <span className="khcn-board__count">{formatNumber(board.data.total)}</span> Tất cả giai đoạn
              </button>
            </li>
            {board.data.columns.map((c) => (
              <li key={c.stage}>
                <button
                  type="button"
                  aria-pressed={selectedStage === c.stage}
                  onClick={() => update({ 'giai-doan': c.stage })}
                >
                  <span className="khcn-board__count">{formatNumber(c.count)}</span> {c.label}
                </button>
              </li>
            ))}
          </ul>
          {board.data.overdueReports.length > 0 ? (
            <Card title={`Báo cáo định kỳ quá hạn (${formatNumber(board.data.overdueReports.length)})`}>
              <ul>
                {board.data.overdueReports.slice(0, 10).map((o) => (
                  <li key={`${o.taskId}-${o.milestone}`}>
                    <Link to={`nhiem-vu/${o.taskId}`}>{o.code}</Link> — {o.milestone}, hạn{' '}
                    {formatDate(o.dueOn)}
                    {o.hostName ? ` (${o.hostName})` : ''}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      ) : null}

      <Card title="Danh sách nhiệm vụ">
        <div className="skh-filters">
          <SelectField
            label="Lĩnh vực"
            placeholder="Tất cả lĩnh vực"
            options={SCIENCE_FIELDS.map((f) => ({ value: f, label: scienceFieldLabels[f] }))}
            value={input.field ?? ''}
            onChange={(e) => update({ 'linh-vuc': e.target.value })}
          />
          <div className="skh-field">
            <label className="skh-checkbox">
              <input
                type="checkbox"
                checked={input.overdue === true}
                onChange={(e) => update({ 'qua-han': e.target.checked ? '1' : undefined })}
              />{' '}
              Chỉ nhiệm vụ có báo cáo quá hạn
            </label>
          </div>
          <form role="search" aria-label="Tìm nhiệm vụ" onSubmit={onSearch} className="skh-row">
            <TextField
              label="Tìm theo mã, tên nhiệm vụ hoặc tổ chức"
              hint="Gõ không dấu cũng được, ví dụ: nuoi tom"
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
          query={tasks}
          noun="nhiệm vụ"
          loadingLabel="Đang tải danh sách nhiệm vụ…"
          errorTitle="Không tải được danh sách nhiệm vụ"
          errorMessage={getErrorMessage}
          empty={{
            title: 'Không có nhiệm vụ nào phù hợp',
            description: 'Thử chọn giai đoạn khác, bỏ bớt bộ lọc hoặc tìm bằng từ khóa khác.',
          }}
          onPageChange={(page) => update({ trang: page > 1 ? String(page) : undefined }, true)}
        >
          {(data) => (
            <div className="skh-table-wrap">
              <table className="skh-table">
                <caption className="skh-visually-hidden">
                  Danh sách nhiệm vụ, sắp xếp theo {SORT_LABELS[sortKey].toLowerCase()}
                </caption>
                <thead>
                  <tr>
                    {sortHeader('code')}
                    {sortHeader('title')}
                    <th scope="col">Giai đoạn</th>
                    <th scope="col">Đề xuất / chủ trì</th>
                    {sortHeader('budget')}
                    {sortHeader('updated')}
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((t) => (
                    <tr key={t.id}>
                      <th scope="row">
                        <Link to={`nhiem-vu/${t.id}`}>{t.code}</Link>
                      </th>
                      <td>
                        {t.title}
                        <div className="khcn-muted">{t.fieldLabel}</div>
                      </td>
                      <td>
                        <StageBadge stage={t.stage} />
                        {t.overdueReports > 0 ? (
                          <div className="khcn-muted">
                            <strong>{formatNumber(t.overdueReports)} báo cáo quá hạn</strong>
                          </div>
                        ) : null}
                      </td>
                      <td>
                        {t.hostName ?? t.proposerName}
                        <div className="khcn-muted">{t.hostName ? 'Tổ chức chủ trì' : 'Đơn vị đề xuất'}</div>
                      </td>
                      <td>{formatVnd(t.approvedBudget ?? t.indicativeBudget)}</td>
                      <td>{formatDate(t.updatedAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </PagedResults>
      </Card>
    </>
  );
}
