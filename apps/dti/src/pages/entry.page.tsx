import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  ErrorState,
  ErrorSummary,
  formatDate,
  formatNumber,
  LiveMessage,
  LoadingState,
  PageHeader,
  TextAreaField,
  type ErrorSummaryItem,
} from '@skhcn/ui';
import type { EntryComponent, EntryView } from '../api-types';
import {
  EvidenceEditor,
  EvidenceList,
  evidenceDraftOf,
  evidenceInputs,
  type EvidenceDraft,
} from '../components/evidence-editor.component';
import { ItemStatus } from '../components/item-status.component';
import { draftOf, ValueInput, valueOf, type DraftValue } from '../components/value-input.component';
import { formatPoints } from '../format/dti-format';
import { must } from '@skhcn/domain';

type StatusFilter = 'all' | 'empty' | 'draft' | 'returned' | 'submitted' | 'accepted';
const FILTERS: { key: StatusFilter; label: string }[] = [
  { key: 'all', label: 'Tất cả' },
  { key: 'empty', label: 'Chưa nhập' },
  { key: 'draft', label: 'Bản nháp' },
  { key: 'returned', label: 'Bị trả lại' },
  { key: 'submitted', label: 'Chờ thẩm định' },
  { key: 'accepted', label: 'Đã chấp nhận' },
];

const idOf = (componentId: string) => `tp-${componentId.replace(/[^A-Za-z0-9]/g, '-')}`;

function ComponentEditor({
  entry,
  component,
  onSaved,
}: {
  entry: EntryView;
  component: EntryComponent;
  onSaved: (message: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const item = component.item;
  const base = idOf(component.id);
  const [value, setValue] = useState<DraftValue>(() => draftOf(component.method, item?.value));
  const [note, setNote] = useState(item?.note ?? '');
  const [evidence, setEvidence] = useState<EvidenceDraft[]>(() =>
    (item?.evidence ?? []).map(evidenceDraftOf),
  );
  const [problems, setProblems] = useState<ErrorSummaryItem[]>([]);
  const save = useMutation(
    trpc.dti.inputs.save.mutationOptions({
      onSuccess: async (saved) => {
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
        onSaved(
          `Đã lưu ${saved.status === 'returned' ? 'bản sửa' : 'nháp'} chỉ số ${component.id}: ${formatPoints(saved.selfPoints ?? 0)} điểm tự đánh giá.`,
        );
      },
    }),
  );

  const onSave = () => {
    const found: ErrorSummaryItem[] = [];
    const v = valueOf(component.method, value);
    if ('error' in v) found.push({ fieldId: `${base}-value`, message: v.error });
    const ev = evidenceInputs(`${base}-ev`, evidence);
    found.push(...ev.problems);
    setProblems(found);
    if (found.length > 0 || 'error' in v) return;
    save.mutate({
      cycleId: entry.cycle.id,
      unitId: entry.unit.id,
      componentId: component.id,
      expectedVersion: item?.version ?? 0,
      value: v.value,
      ...(note.trim() ? { note: note.trim() } : {}),
      evidence: ev.evidence,
    });
  };

  const errors = Object.fromEntries(problems.map((p) => [p.fieldId, p.message]));
  return (
    <div className="dti-editor">
      <ErrorSummary
        items={problems}
        title={`Chưa lưu được chỉ số ${component.id}: vui lòng sửa các mục sau`}
      />
      <ValueInput
        id={`${base}-value`}
        label={`Giá trị chỉ số ${component.id}`}
        method={component.method}
        draft={value}
        onChange={setValue}
        error={errors[`${base}-value`]}
      />
      <TextAreaField
        id={`${base}-note`}
        label="Giải trình"
        rows={2}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <h5 className="dti-subheading">Minh chứng</h5>
      <EvidenceEditor idPrefix={`${base}-ev`} drafts={evidence} onChange={setEvidence} errors={errors} />
      {save.isError ? (
        <Alert tone="error" title={`Chưa lưu được chỉ số ${component.id}`}>
          {getErrorMessage(save.error)}
        </Alert>
      ) : null}
      <Button onClick={onSave} loading={save.isPending}>
        Lưu nháp<span className="skh-visually-hidden"> chỉ số {component.id}</span>
      </Button>
    </div>
  );
}

function ComponentRow({
  entry,
  component,
  onSaved,
}: {
  entry: EntryView;
  component: EntryComponent;
  onSaved: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const item = component.item;
  const status = item?.status ?? 'empty';
  const editable =
    entry.canEdit &&
    (status === 'empty' || status === 'draft' || status === 'returned') &&
    (!entry.deadlinePassed || status === 'returned');
  const panel = `${idOf(component.id)}-panel`;
  return (
    <li className="dti-component">
      <article aria-labelledby={`${idOf(component.id)}-title`}>
        <div className="dti-component__head">
          <h4 id={`${idOf(component.id)}-title`}>
            {component.id}. {component.name}
          </h4>
          <ItemStatus status={status} />
        </div>
        <p className="dti-muted">
          Tối đa {formatPoints(component.max)} điểm · {component.methodText}.{' '}
          {component.verified ? (
            <Badge tone="success">Đã xác minh{component.source ? `: ${component.source}` : ''}</Badge>
          ) : (
            <Badge tone="warning">Chưa xác minh với văn bản gốc</Badge>
          )}
        </p>
        {item ? (
          <p>
            Giá trị: <strong>{item.valueText}</strong> · Điểm tự đánh giá:{' '}
            <strong>{formatPoints(item.selfPoints ?? 0)}</strong>
            {item.appraisedPoints !== null ? (
              <>
                {' '}
                · Điểm thẩm định: <strong>{formatPoints(item.appraisedPoints)}</strong>
                {item.appraisedValueText ? ` (giá trị thẩm định: ${item.appraisedValueText})` : ''}
              </>
            ) : null}
          </p>
        ) : null}
        {status === 'returned' && item?.reviewComment ? (
          <Alert tone="warning" title="Cán bộ thẩm định trả lại">
            {item.reviewComment}
          </Alert>
        ) : null}
        {editable ? (
          <Button
            variant="secondary"
            size="small"
            aria-expanded={open}
            aria-controls={panel}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Đóng' : item ? 'Sửa' : 'Nhập số liệu'}
            <span className="skh-visually-hidden"> chỉ số {component.id}</span>
          </Button>
        ) : item ? (
          <details>
            <summary>Minh chứng ({item.evidence.length})</summary>
            <EvidenceList evidence={item.evidence} />
          </details>
        ) : null}
        {editable && open ? (
          <div id={panel}>
            <ComponentEditor entry={entry} component={component} onSaved={onSaved} />
          </div>
        ) : null}
      </article>
    </li>
  );
}

/** /cds/chu-ky/:cycleId/don-vi/:unitId — the unit's entry form: values, evidence, drafts, submission. */
export function EntryPage() {
  const { cycleId = '', unitId = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const entry = useQuery(trpc.dti.inputs.forUnit.queryOptions({ cycleId, unitId }));
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [message, setMessage] = useState('');
  const submit = useMutation(
    trpc.dti.inputs.submit.mutationOptions({
      onSuccess: async (out) => {
        await queryClient.invalidateQueries({ queryKey: trpc.dti.pathKey() });
        setMessage(`Đã gửi ${out.submitted} mục để thẩm định.`);
      },
    }),
  );

  useEffect(() => {
    if (entry.data) document.title = `Nhập số liệu ${entry.data.unit.name} – Chỉ số chuyển đổi số`;
  }, [entry.data]);

  if (entry.isPending) return <LoadingState label="Đang tải biểu nhập số liệu…" />;
  if (entry.isError)
    return (
      <ErrorState
        title="Không tải được biểu nhập số liệu"
        message={getErrorMessage(entry.error)}
        onRetry={() => void entry.refetch()}
        retrying={entry.isFetching}
      />
    );
  const e = entry.data;
  const components = e.pillars.flatMap((p) => p.indicators.flatMap((i) => i.components));
  const ready = components.filter(
    (c) => c.item && (c.item.status === 'draft' || c.item.status === 'returned'),
  );
  const shown = (c: EntryComponent) => filter === 'all' || (c.item?.status ?? 'empty') === filter;
  const count = (key: StatusFilter) => (key === 'all' ? components.length : e.totals.counts[key]);

  return (
    <>
      <PageHeader
        title={`Nhập số liệu: ${e.unit.name}`}
        description={`${e.cycle.name} · hạn nhập số liệu ${formatDate(e.cycle.deadline)}`}
        actions={<Link to={`../chu-ky/${e.cycle.id}`}>Về kỳ đánh giá</Link>}
      />
      <LiveMessage message={message} />
      {e.cycle.status === 'closed' ? (
        <Alert tone="info" title="Kỳ đánh giá đã đóng">
          Số liệu đã khóa; chỉ xem được.
        </Alert>
      ) : e.deadlinePassed ? (
        <Alert tone="warning" title="Đã quá hạn nhập số liệu">
          Chỉ sửa và gửi lại được các mục cán bộ thẩm định trả lại.
        </Alert>
      ) : null}
      {e.framework.sample ? (
        <Alert tone="info" title="Bộ chỉ số mẫu">
          Một số dòng của bộ chỉ số chưa được xác minh với văn bản gốc; mỗi dòng ghi rõ tình trạng.
        </Alert>
      ) : null}
      <Card title="Tổng hợp">
        <dl className="skh-facts">
          <dt>Điểm tự đánh giá</dt>
          <dd>
            {formatPoints(e.totals.self)} / {formatPoints(e.totals.max)}
          </dd>
          <dt>Điểm đã được chấp nhận</dt>
          <dd>{formatPoints(e.totals.appraised)}</dd>
          <dt>Chỉ số thành phần</dt>
          <dd>
            {formatNumber(components.length)} (chưa nhập {e.totals.counts.empty}, nháp {e.totals.counts.draft}
            , chờ thẩm định {e.totals.counts.submitted}, bị trả lại {e.totals.counts.returned}, đã chấp nhận{' '}
            {e.totals.counts.accepted})
          </dd>
        </dl>
        {e.canEdit ? (
          <>
            {submit.isError ? (
              <Alert tone="error" title="Chưa gửi được">
                {getErrorMessage(submit.error)}
              </Alert>
            ) : null}
            <Button
              disabled={ready.length === 0}
              loading={submit.isPending}
              onClick={() =>
                submit.mutate({
                  cycleId: e.cycle.id,
                  unitId: e.unit.id,
                  items: ready.map((c) => ({
                    componentId: c.id,
                    expectedVersion: must(c.item, 'c.item').version,
                  })),
                })
              }
            >
              Gửi thẩm định {ready.length > 0 ? `${ready.length} mục đã lưu` : ''}
            </Button>
            <p className="dti-muted">Gửi tất cả bản nháp và bản sửa; mục có điểm phải có minh chứng.</p>
          </>
        ) : null}
      </Card>
      <div role="group" aria-label="Lọc theo trạng thái">
        <ul className="skh-chips">
          {FILTERS.map((f) => (
            <li key={f.key}>
              <button
                type="button"
                className="skh-chip"
                aria-pressed={filter === f.key}
                onClick={() => setFilter(f.key)}
              >
                {f.label} ({count(f.key)})
              </button>
            </li>
          ))}
        </ul>
      </div>
      {e.pillars.map((p) => {
        const indicators = p.indicators.filter((i) => i.components.some(shown));
        if (indicators.length === 0) return null;
        return (
          <Card key={p.id} title={`${p.id}. ${p.name}`}>
            {indicators.map((i) => (
              <section key={i.id} aria-labelledby={`ind-${i.id}`}>
                <h3 id={`ind-${i.id}`}>
                  Chỉ số {i.id}. {i.name}{' '}
                  <span className="dti-muted">(tối đa {formatPoints(i.max)} điểm)</span>
                </h3>
                <ul className="dti-tree">
                  {i.components.filter(shown).map((c) => (
                    <ComponentRow key={c.id} entry={e} component={c} onSaved={setMessage} />
                  ))}
                </ul>
              </section>
            ))}
          </Card>
        );
      })}
    </>
  );
}
