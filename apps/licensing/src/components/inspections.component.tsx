import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import {
  Alert,
  Badge,
  Button,
  Card,
  DateField,
  Dialog,
  EmptyState,
  formatDate,
  SelectField,
  TextAreaField,
  TextField,
} from '@skhcn/ui';
import type { CorrectionView, InspectionView, RecordInspectionInput } from '../api-types';

const TONE: Record<CorrectionView['status'], 'warning' | 'danger' | 'success'> = {
  open: 'warning',
  overdue: 'danger',
  resolved: 'success',
};

function useInvalidateHolder() {
  const trpc = useTRPC();
  const client = useQueryClient();
  return async () => {
    await client.invalidateQueries({ queryKey: trpc.licensing.holders.get.queryKey() });
    await client.invalidateQueries({ queryKey: trpc.licensing.reminders.list.queryKey() });
  };
}

function ResolveDialog({ correction, onClose }: { correction: CorrectionView; onClose: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateHolder();
  const [resolvedOn, setResolvedOn] = useState('');
  const [note, setNote] = useState('');
  const resolve = useMutation(
    trpc.licensing.inspections.resolveCorrection.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
    }),
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    resolve.mutate({
      correctionId: correction.id,
      expectedVersion: correction.version,
      resolvedOn,
      note: note.trim(),
    });
  };
  return (
    <Dialog
      title={`Ghi nhận đã khắc phục: ${correction.description}`}
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form="resolve-form" loading={resolve.isPending}>
            Ghi nhận
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            Hủy
          </Button>
        </>
      }
    >
      {resolve.isError ? (
        <Alert tone="error" title="Chưa ghi nhận được">
          {getErrorMessage(resolve.error)}
        </Alert>
      ) : null}
      <form id="resolve-form" onSubmit={onSubmit} noValidate>
        <DateField label="Ngày khắc phục" required value={resolvedOn} onChange={setResolvedOn} />
        <TextAreaField
          label="Kết quả khắc phục"
          required
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </form>
    </Dialog>
  );
}

interface Draft {
  kind: RecordInspectionInput['kind'];
  inspectedOn: string;
  team: string;
  findings: string;
  corrections: { description: string; deadline: string }[];
}

function RecordDialog({ holderId, onClose }: { holderId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const invalidate = useInvalidateHolder();
  const [d, setD] = useState<Draft>({
    kind: 'planned',
    inspectedOn: '',
    team: '',
    findings: '',
    corrections: [],
  });
  const record = useMutation(
    trpc.licensing.inspections.record.mutationOptions({
      onSuccess: async () => {
        await invalidate();
        onClose();
      },
    }),
  );
  const setCorrection = (i: number, patch: Partial<Draft['corrections'][number]>) =>
    setD({ ...d, corrections: d.corrections.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    record.mutate({
      holderId,
      kind: d.kind,
      inspectedOn: d.inspectedOn,
      team: d.team.trim(),
      findings: d.findings.trim(),
      corrections: d.corrections.map((c) => ({ description: c.description.trim(), deadline: c.deadline })),
    });
  };
  return (
    <Dialog
      title="Ghi nhận kết quả kiểm tra"
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form="inspection-form" loading={record.isPending}>
            Lưu kết quả kiểm tra
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
      <form id="inspection-form" onSubmit={onSubmit} noValidate>
        <SelectField
          label="Loại kiểm tra"
          value={d.kind}
          onChange={(e) => setD({ ...d, kind: e.target.value as Draft['kind'] })}
          options={[
            { value: 'planned', label: 'Kiểm tra theo kế hoạch' },
            { value: 'unplanned', label: 'Kiểm tra đột xuất' },
          ]}
        />
        <DateField
          label="Ngày kiểm tra"
          required
          value={d.inspectedOn}
          onChange={(v) => setD({ ...d, inspectedOn: v })}
        />
        <TextField
          label="Đoàn kiểm tra"
          required
          value={d.team}
          onChange={(e) => setD({ ...d, team: e.target.value })}
        />
        <TextAreaField
          label="Kết quả kiểm tra"
          required
          value={d.findings}
          onChange={(e) => setD({ ...d, findings: e.target.value })}
        />
        <fieldset>
          <legend>Yêu cầu khắc phục ({d.corrections.length})</legend>
          {d.corrections.map((c, i) => (
            <div key={i}>
              <TextField
                label={`Nội dung yêu cầu ${i + 1}`}
                required
                value={c.description}
                onChange={(e) => setCorrection(i, { description: e.target.value })}
              />
              <DateField
                label={`Hạn khắc phục yêu cầu ${i + 1}`}
                required
                value={c.deadline}
                onChange={(v) => setCorrection(i, { deadline: v })}
              />
              <Button
                type="button"
                variant="secondary"
                onClick={() => setD({ ...d, corrections: d.corrections.filter((_, j) => j !== i) })}
              >
                Bỏ yêu cầu {i + 1}
              </Button>
            </div>
          ))}
          <Button
            type="button"
            variant="secondary"
            onClick={() => setD({ ...d, corrections: [...d.corrections, { description: '', deadline: '' }] })}
          >
            Thêm yêu cầu khắc phục
          </Button>
        </fieldset>
      </form>
    </Dialog>
  );
}

/** The facility's inspections (kiểm tra): findings, corrections with deadlines and their follow-up. */
export function InspectionsCard({
  holderId,
  inspections,
  canEdit,
}: {
  holderId: string;
  inspections: InspectionView[];
  canEdit: boolean;
}) {
  const [recording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<CorrectionView | null>(null);
  return (
    <Card title="Kiểm tra an toàn bức xạ">
      {canEdit ? (
        <p>
          <Button type="button" onClick={() => setRecording(true)}>
            Ghi nhận kết quả kiểm tra
          </Button>
        </p>
      ) : null}
      {inspections.length === 0 ? (
        <EmptyState title="Chưa có đợt kiểm tra nào được ghi nhận" />
      ) : (
        inspections.map((i) => (
          <article key={i.id} aria-label={`${i.kindLabel} ngày ${formatDate(i.inspectedOn)}`}>
            <h3>
              {i.kindLabel} ngày {formatDate(i.inspectedOn)}
            </h3>
            <p>Đoàn kiểm tra: {i.team}</p>
            <p>Kết quả: {i.findings}</p>
            {i.corrections.length > 0 ? (
              <table className="skh-table">
                <caption>Yêu cầu khắc phục ({i.corrections.length})</caption>
                <thead>
                  <tr>
                    <th scope="col">STT</th>
                    <th scope="col">Nội dung</th>
                    <th scope="col">Hạn</th>
                    <th scope="col">Trạng thái</th>
                    <th scope="col">Kết quả khắc phục</th>
                  </tr>
                </thead>
                <tbody>
                  {i.corrections.map((c) => (
                    <tr key={c.id}>
                      <td>{c.position}</td>
                      <td>{c.description}</td>
                      <td>{formatDate(c.deadline)}</td>
                      <td>
                        <Badge tone={TONE[c.status]}>{c.statusLabel}</Badge>
                      </td>
                      <td>
                        {c.resolvedOn ? (
                          `${formatDate(c.resolvedOn)}: ${c.resolutionNote ?? ''}`
                        ) : canEdit ? (
                          <Button type="button" variant="secondary" onClick={() => setResolving(c)}>
                            Ghi nhận đã khắc phục yêu cầu {c.position}
                          </Button>
                        ) : (
                          'Chưa khắc phục'
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <p>Không có yêu cầu khắc phục.</p>
            )}
          </article>
        ))
      )}
      {recording ? <RecordDialog holderId={holderId} onClose={() => setRecording(false)} /> : null}
      {resolving ? <ResolveDialog correction={resolving} onClose={() => setResolving(null)} /> : null}
    </Card>
  );
}
