// The appraisal of a postal licence's conditions on its dossier page (postal staff): what was found for each
// condition, whether the licence may be proposed for signature, and a form to record a new appraisal. The server
// judges (the domain's rules); the form only parses the capital and shows the minimum for the chosen scope.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  formatDateTime,
  formatNumber,
  formatVnd,
  LiveMessage,
  LoadingState,
  SelectField,
  TextField,
} from '@skhcn/ui';
import type { PostalConditionsView, RecordPostalConditionsInput } from '../api-types';

type Judgement = '' | 'met' | 'not-met';
type Scope = RecordPostalConditionsInput['scope'];

const JUDGEMENT_OPTIONS = [
  { value: '', label: 'Chưa thẩm định' },
  { value: 'met', label: 'Đạt' },
  { value: 'not-met', label: 'Không đạt' },
] as const;

/** "3.000.000.000", "3 000 000 000" or "3000000000" → 3000000000; '' → null; anything else → NaN. */
export function parseVnd(text: string): number | null {
  const compact = text.replace(/[\s.]/g, '');
  if (compact === '') return null;
  return /^\d{1,16}$/.test(compact) ? Number(compact) : Number.NaN;
}

function RecordDialog({
  view,
  dossierId,
  onClose,
  onSaved,
}: {
  view: PostalConditionsView;
  dossierId: string;
  onClose: () => void;
  onSaved: () => void;
}) {
  const trpc = useTRPC();
  const client = useQueryClient();
  const current = view.current;
  const [scope, setScope] = useState<Scope>(current?.scope ?? 'noi-tinh');
  const [capital, setCapital] = useState(current?.capitalVnd != null ? formatNumber(current.capitalVnd) : '');
  const [capitalNote, setCapitalNote] = useState(current?.judgements['von-toi-thieu']?.note ?? '');
  const [judgements, setJudgements] = useState<Record<string, { value: Judgement; note: string }>>(() =>
    Object.fromEntries(
      view.conditions
        .filter((c) => c.kind === 'judgement')
        .map((c) => {
          const j = current?.judgements[c.key];
          return [c.key, { value: j ? (j.met ? 'met' : 'not-met') : '', note: j?.note ?? '' }];
        }),
    ),
  );
  const [capitalError, setCapitalError] = useState('');
  const record = useMutation(
    trpc.licensing.postalConditions.record.mutationOptions({
      onSuccess: (data) => {
        client.setQueryData(trpc.licensing.postalConditions.get.queryKey({ dossierId }), data);
        onSaved();
      },
    }),
  );
  const minimum = view.scopes.find((s) => s.value === scope)?.minimumVnd;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const capitalVnd = parseVnd(capital);
    if (Number.isNaN(capitalVnd)) {
      setCapitalError('Vốn ghi bằng chữ số (đồng), ví dụ 2.000.000.000.');
      return;
    }
    setCapitalError('');
    const out: RecordPostalConditionsInput['judgements'] = {};
    for (const [key, j] of Object.entries(judgements)) {
      if (j.value) out[key as keyof typeof out] = { met: j.value === 'met', note: j.note.trim() || null };
    }
    if (capitalNote.trim()) out['von-toi-thieu'] = { met: true, note: capitalNote.trim() };
    record.mutate({
      dossierId,
      expectedPosition: current?.position ?? 0,
      scope,
      capitalVnd,
      judgements: out,
    });
  };
  return (
    <Dialog
      title="Thẩm định điều kiện cấp giấy phép bưu chính"
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form="postal-conditions-form" loading={record.isPending}>
            Lưu kết quả thẩm định
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Hủy
          </Button>
        </>
      }
    >
      {record.isError ? (
        <Alert tone="error" title="Chưa lưu được">
          {getErrorMessage(record.error)}
        </Alert>
      ) : null}
      <form id="postal-conditions-form" onSubmit={onSubmit} noValidate>
        <SelectField
          label="Phạm vi cung ứng dịch vụ"
          required
          value={scope}
          onChange={(e) => setScope(e.target.value as Scope)}
          options={view.scopes.map((s) => ({ value: s.value, label: s.label }))}
        />
        <TextField
          label="Vốn của doanh nghiệp (đồng)"
          inputMode="numeric"
          autoComplete="off"
          value={capital}
          onChange={(e) => setCapital(e.target.value)}
          error={capitalError || undefined}
          hint={
            minimum !== undefined
              ? `Mức tối thiểu cho phạm vi này: ${formatVnd(minimum)}. Để trống nếu hồ sơ chưa chứng minh được vốn.`
              : undefined
          }
        />
        <TextField
          label="Ghi chú về vốn (giấy tờ chứng minh)"
          value={capitalNote}
          onChange={(e) => setCapitalNote(e.target.value)}
          maxLength={1000}
        />
        {view.conditions
          .filter((c) => c.kind === 'judgement')
          .map((c) => {
            const j = judgements[c.key] ?? { value: '' as Judgement, note: '' };
            const set = (patch: Partial<typeof j>) =>
              setJudgements({ ...judgements, [c.key]: { ...j, ...patch } });
            return (
              <fieldset key={c.key} className="skh-fieldset">
                <legend>{c.label}</legend>
                <SelectField
                  label="Kết quả"
                  hint={`Xem: ${c.evidence}`}
                  value={j.value}
                  onChange={(e) => set({ value: e.target.value as Judgement })}
                  options={JUDGEMENT_OPTIONS}
                />
                <TextField
                  label="Nhận xét"
                  value={j.note}
                  onChange={(e) => set({ note: e.target.value })}
                  maxLength={1000}
                />
              </fieldset>
            );
          })}
      </form>
    </Dialog>
  );
}

/** The card on a postal licence's dossier page (staff only; the caller decides). */
export function PostalConditionsCard({ dossierId }: { dossierId: string }) {
  const trpc = useTRPC();
  const q = useQuery(trpc.licensing.postalConditions.get.queryOptions({ dossierId }));
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState('');
  if (q.isPending) return <LoadingState label="Đang tải kết quả thẩm định điều kiện…" />;
  if (q.isError)
    return (
      <Alert tone="error" title="Không tải được kết quả thẩm định điều kiện">
        {getErrorMessage(q.error)}{' '}
        <Button variant="secondary" onClick={() => void q.refetch()}>
          Thử lại
        </Button>
      </Alert>
    );
  const view = q.data;
  const current = view.current;
  const failed = current?.assessment.items.filter((i) => !i.met) ?? [];
  return (
    <Card title="Điều kiện cấp giấy phép bưu chính">
      <LiveMessage message={saved} />
      <p>
        {current === null ? (
          <Badge tone="warning">Chưa thẩm định</Badge>
        ) : current.assessment.allMet ? (
          <Badge tone="success">Đủ điều kiện</Badge>
        ) : (
          <Badge tone="danger">Chưa đủ điều kiện</Badge>
        )}{' '}
        {current === null
          ? 'Chưa ghi nhận kết quả thẩm định; chưa thể trình ký cấp giấy phép.'
          : current.assessment.allMet
            ? 'Có thể trình ký cấp giấy phép.'
            : `Chưa thể trình ký: ${failed.length} điều kiện chưa đạt.`}
      </p>
      {current ? (
        <>
          <table className="skh-table">
            <caption>
              Kết quả thẩm định lần {current.position} – {current.recordedByName},{' '}
              {formatDateTime(current.recordedAt)}
            </caption>
            <thead>
              <tr>
                <th scope="col">Điều kiện</th>
                <th scope="col">Kết quả</th>
                <th scope="col">Nhận xét</th>
              </tr>
            </thead>
            <tbody>
              {current.assessment.items.map((i) => (
                <tr key={i.key}>
                  <th scope="row">{i.label}</th>
                  <td>
                    <Badge tone={i.met ? 'success' : 'danger'}>{i.met ? 'Đạt' : 'Chưa đạt'}</Badge>
                    {i.reason ? <div>{i.reason}</div> : null}
                  </td>
                  <td>
                    {i.key === 'von-toi-thieu' && current.capitalVnd !== null
                      ? `Vốn ${formatVnd(current.capitalVnd)}${i.note ? `. ${i.note}` : ''}`
                      : (i.note ?? '—')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.history.length > 0 ? (
            <details>
              <summary>Các lần thẩm định trước ({view.history.length})</summary>
              <ul>
                {view.history.map((h) => (
                  <li key={h.position}>
                    Lần {h.position}: {h.allMet ? 'đủ điều kiện' : 'chưa đủ điều kiện'} – {h.recordedByName},{' '}
                    {formatDateTime(h.recordedAt)}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
      <p className="cp-source">
        Căn cứ: {view.conditions[0]?.source.document} {view.conditions[0]?.source.article ?? ''} (sửa đổi bởi
        Nghị định 25/2022/NĐ-CP); vốn tối thiểu{' '}
        {view.scopes.map((s) => `${s.label.toLowerCase()} ${formatVnd(s.minimumVnd)}`).join('; ')}.
      </p>
      {view.canRecord ? (
        <Button
          onClick={() => {
            setSaved('');
            setOpen(true);
          }}
        >
          {current ? 'Thẩm định lại' : 'Ghi nhận kết quả thẩm định'}
        </Button>
      ) : null}
      {open ? (
        <RecordDialog
          view={view}
          dossierId={dossierId}
          onClose={() => setOpen(false)}
          onSaved={() => {
            setOpen(false);
            setSaved('Đã lưu kết quả thẩm định điều kiện.');
          }}
        />
      ) : null}
    </Card>
  );
}
