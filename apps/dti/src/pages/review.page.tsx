import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Button,
  Dialog,
  formatDateTime,
  LiveMessage,
  PagedResults,
  PageHeader,
  SelectField,
  TextAreaField,
} from '@skhcn/ui';
import type { ReviewItem } from '../api-types';
import { EvidenceList } from '../components/evidence-editor.component';
import { draftOf, ValueInput, valueOf, type DraftValue } from '../components/value-input.component';
import { formatPoints } from '../format/dti-format';

const PAGE_SIZE = 20;
const STATUSES = [
  { key: 'submitted', label: 'Chờ thẩm định' },
  { key: 'returned', label: 'Đã trả lại' },
  { key: 'accepted', label: 'Đã chấp nhận' },
] as const;

type Pending = { mode: 'return' | 'appraise'; item: ReviewItem } | null;

/** /cds/chu-ky/:cycleId/tham-dinh — the review queue: accept or return each item with a comment. */
export function ReviewPage() {
  const { cycleId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s.key === params.get('trang-thai'))?.key ?? 'submitted';
  const unitId = params.get('don-vi') ?? '';
  const page = Math.max(1, Number(params.get('trang')) || 1);
  const input = { cycleId, status, page, pageSize: PAGE_SIZE, ...(unitId ? { unitId } : {}) };
  const queue = useQuery(trpc.dti.review.queue.queryOptions(input, { placeholderData: keepPreviousData }));
  const dashboard = useQuery(trpc.dti.cycles.get.queryOptions({ cycleId }));
  const [selected, setSelected] = useState<string[]>([]);
  const [pending, setPending] = useState<Pending>(null);
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState('');
  const [appraised, setAppraised] = useState<DraftValue | null>(null);
  const [message, setMessage] = useState('');
  const decide = useMutation(
    trpc.dti.review.decide.mutationOptions({
      onSuccess: async (out) => {
        setSelected([]);
        setPending(null);
        setMessage(
          [
            out.accepted ? `Đã chấp nhận ${out.accepted} mục.` : '',
            out.returned ? `Đã trả lại ${out.returned} mục.` : '',
          ]
            .filter(Boolean)
            .join(' '),
        );
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
      },
    }),
  );

  useEffect(() => {
    document.title = 'Thẩm định số liệu – Chỉ số chuyển đổi số';
  }, []);

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (!v) next.delete(k);
      else next.set(k, v);
    }
    if (!('trang' in changes)) next.delete('trang');
    setSelected([]);
    setParams(next);
  };

  const keyOf = (i: ReviewItem) => `${i.unitId}|${i.componentId}`;
  const items = queue.data?.items ?? [];
  const accept = (list: ReviewItem[]) =>
    decide.mutate({
      cycleId,
      decisions: list.map((i) => ({
        unitId: i.unitId,
        componentId: i.componentId,
        expectedVersion: i.version,
        decision: 'accept' as const,
      })),
    });

  const confirmPending = () => {
    if (!pending) return;
    const { item } = pending;
    if (pending.mode === 'return') {
      if (!comment.trim()) {
        setCommentError('Nêu lý do trả lại để đơn vị sửa.');
        return;
      }
      decide.mutate({
        cycleId,
        decisions: [
          {
            unitId: item.unitId,
            componentId: item.componentId,
            expectedVersion: item.version,
            decision: 'return',
            comment: comment.trim(),
          },
        ],
      });
      return;
    }
    const v = appraised ? valueOf(item.method, appraised) : null;
    if (!v || 'error' in v) {
      setCommentError(v && 'error' in v ? v.error : 'Nhập giá trị thẩm định.');
      return;
    }
    decide.mutate({
      cycleId,
      decisions: [
        {
          unitId: item.unitId,
          componentId: item.componentId,
          expectedVersion: item.version,
          decision: 'accept',
          appraisedValue: v.value,
          ...(comment.trim() ? { comment: comment.trim() } : {}),
        },
      ],
    });
  };

  const openDialog = (mode: 'return' | 'appraise', item: ReviewItem) => {
    setComment('');
    setCommentError('');
    setAppraised(mode === 'appraise' ? draftOf(item.method, item.value) : null);
    decide.reset();
    setPending({ mode, item });
  };

  const counts = queue.data?.counts;
  const open = queue.data?.cycleStatus === 'open';
  return (
    <>
      <PageHeader
        title="Thẩm định số liệu"
        description={dashboard.data ? dashboard.data.cycle.name : undefined}
        actions={<Link to={`../chu-ky/${cycleId}`}>Về kỳ đánh giá</Link>}
      />
      <LiveMessage message={message} />
      <div role="group" aria-label="Lọc theo trạng thái">
        <ul className="skh-chips">
          {STATUSES.map((s) => (
            <li key={s.key}>
              <button
                type="button"
                className="skh-chip"
                aria-pressed={status === s.key}
                onClick={() => update({ 'trang-thai': s.key === 'submitted' ? undefined : s.key })}
              >
                {s.label}
                {counts ? ` (${counts[s.key]})` : ''}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="skh-filters">
        <SelectField
          label="Đơn vị"
          placeholder="Tất cả đơn vị"
          options={(dashboard.data?.units ?? []).map((u) => ({ value: u.unitId, label: u.name }))}
          value={unitId}
          onChange={(e) => update({ 'don-vi': e.target.value })}
        />
      </div>
      {status === 'submitted' && open && items.length > 0 ? (
        <div className="skh-actions">
          <Button
            variant="secondary"
            size="small"
            onClick={() => setSelected(selected.length === items.length ? [] : items.map(keyOf))}
          >
            {selected.length === items.length ? 'Bỏ chọn tất cả' : 'Chọn tất cả trên trang'}
          </Button>
          <Button
            disabled={selected.length === 0}
            loading={decide.isPending && !pending}
            onClick={() => accept(items.filter((i) => selected.includes(keyOf(i))))}
          >
            Chấp nhận {selected.length} mục đã chọn
          </Button>
        </div>
      ) : null}
      {decide.isError && !pending ? (
        <Alert tone="error" title="Chưa thẩm định được">
          {getErrorMessage(decide.error)}
        </Alert>
      ) : null}
      <PagedResults
        query={queue}
        noun="mục"
        loadingLabel="Đang tải danh sách thẩm định…"
        errorTitle="Không tải được danh sách thẩm định"
        errorMessage={getErrorMessage}
        empty={{
          title: status === 'submitted' ? 'Không còn mục nào chờ thẩm định' : 'Không có mục nào',
        }}
        onPageChange={(p) => update({ trang: String(p) })}
      >
        {(data) => (
          <ul className="dti-tree">
            {data.items.map((i) => (
              <li key={keyOf(i)} className="dti-component">
                <article aria-labelledby={`rv-${keyOf(i)}`}>
                  <div className="dti-component__head">
                    <h3 id={`rv-${keyOf(i)}`}>
                      {i.unitName}: {i.componentId}. {i.componentName}
                    </h3>
                    {status === 'submitted' && open ? (
                      <label className="skh-checkbox">
                        <input
                          type="checkbox"
                          checked={selected.includes(keyOf(i))}
                          onChange={(e) =>
                            setSelected(
                              e.target.checked
                                ? [...selected, keyOf(i)]
                                : selected.filter((k) => k !== keyOf(i)),
                            )
                          }
                        />
                        Chọn
                        <span className="skh-visually-hidden">
                          {' '}
                          {i.unitName} {i.componentId}
                        </span>
                      </label>
                    ) : null}
                  </div>
                  <p className="dti-muted">
                    {i.indicatorName} · tối đa {formatPoints(i.max)} điểm · {i.methodText}
                  </p>
                  <p>
                    Giá trị đơn vị: <strong>{i.valueText}</strong> →{' '}
                    <strong>{formatPoints(i.selfPoints ?? 0)}</strong> điểm tự đánh giá
                    {i.appraisedPoints !== null ? ` · điểm thẩm định ${formatPoints(i.appraisedPoints)}` : ''}
                    {i.submittedAt ? (
                      <span className="dti-muted"> · gửi lúc {formatDateTime(i.submittedAt)}</span>
                    ) : null}
                    {i.returnCount > 0 ? (
                      <span className="dti-muted"> · đã trả lại {i.returnCount} lần</span>
                    ) : null}
                  </p>
                  {i.note ? <p>Giải trình: {i.note}</p> : null}
                  {i.reviewComment ? <p>Nhận xét thẩm định: {i.reviewComment}</p> : null}
                  <EvidenceList evidence={i.evidence} />
                  {status === 'submitted' && open ? (
                    <div className="skh-actions">
                      <Button size="small" loading={decide.isPending && !pending} onClick={() => accept([i])}>
                        Chấp nhận
                        <span className="skh-visually-hidden">
                          {' '}
                          {i.unitName} {i.componentId}
                        </span>
                      </Button>
                      <Button size="small" variant="secondary" onClick={() => openDialog('appraise', i)}>
                        Chấp nhận với điểm thẩm định khác
                        <span className="skh-visually-hidden">
                          {' '}
                          {i.unitName} {i.componentId}
                        </span>
                      </Button>
                      <Button size="small" variant="danger" onClick={() => openDialog('return', i)}>
                        Trả lại
                        <span className="skh-visually-hidden">
                          {' '}
                          {i.unitName} {i.componentId}
                        </span>
                      </Button>
                    </div>
                  ) : null}
                </article>
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
      {pending ? (
        <Dialog
          title={
            pending.mode === 'return'
              ? `Trả lại chỉ số ${pending.item.componentId}`
              : `Thẩm định chỉ số ${pending.item.componentId}`
          }
          onClose={() => setPending(null)}
          footer={
            <>
              <Button variant="secondary" onClick={() => setPending(null)}>
                Hủy
              </Button>
              <Button
                variant={pending.mode === 'return' ? 'danger' : 'primary'}
                loading={decide.isPending}
                onClick={confirmPending}
              >
                {pending.mode === 'return' ? 'Trả lại' : 'Chấp nhận với điểm thẩm định'}
              </Button>
            </>
          }
        >
          <p>
            {pending.item.unitName}: {pending.item.componentName} (giá trị đơn vị: {pending.item.valueText})
          </p>
          {pending.mode === 'appraise' && appraised ? (
            <ValueInput
              id="appraised-value"
              label="Giá trị thẩm định"
              method={pending.item.method}
              draft={appraised}
              onChange={setAppraised}
              error={commentError || undefined}
            />
          ) : null}
          <TextAreaField
            id="review-comment"
            label={pending.mode === 'return' ? 'Lý do trả lại, việc đơn vị cần sửa' : 'Nhận xét'}
            required={pending.mode === 'return'}
            value={comment}
            error={pending.mode === 'return' ? commentError || undefined : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          {decide.isError ? <Alert tone="error">{getErrorMessage(decide.error)}</Alert> : null}
        </Dialog>
      ) : null}
    </>
  );
}
