// The registration dossier (thủ tục 1.004473) on the one-stop engine, at /khcn/ho-so/:id (where the shell's work
// inbox links the science dossiers). INTERIM: the shared one-stop screens (packages/one-stop-ui) replace this page
// once they land; until then it shows the dossier's status and history and runs the engine's steps of the
// registration's happy path with the generic `dossiers.*` commands.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { getAppCode, getErrorMessage, useTRPC, useTRPCClient } from '@skhcn/api-client';
import {
  Alert,
  Button,
  Card,
  Dialog,
  ErrorState,
  LiveMessage,
  LoadingState,
  PageHeader,
  SelectField,
  TextAreaField,
  formatDate,
  formatDateTime,
} from '@skhcn/ui';
import type { DossierDetail, EngineAction } from '../api-types';

/** The steps this interim page runs, with their button; the others wait for the shared screens. */
const STEPS: Partial<Record<EngineAction, string>> = {
  receive: 'Tiếp nhận hồ sơ',
  assign: 'Phân công thụ lý',
  submit_for_signature: 'Trình ký',
  approve: 'Phê duyệt, cấp giấy chứng nhận',
  return_result: 'Trả kết quả',
  refuse: 'Từ chối tiếp nhận',
  reject: 'Từ chối giải quyết',
};
const WITH_REASONS: readonly EngineAction[] = ['refuse', 'reject'];

function StepDialog({
  step,
  detail,
  onClose,
  onDone,
}: {
  step: EngineAction;
  detail: DossierDetail;
  onClose: () => void;
  onDone: (m: string) => void;
}) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const d = detail.dossier;
  const base = { dossierId: d.id, expectedVersion: d.version };
  const [note, setNote] = useState('');
  const [assignee, setAssignee] = useState('');
  const staff = useQuery(
    trpc.org.users.queryOptions({ unitCode: d.unitCode }, { enabled: step === 'assign' }),
  );
  const run = useMutation({
    mutationFn: async () => {
      switch (step) {
        case 'receive':
          return client.dossiers.receive.mutate({ mode: 'accept', ...base, ...(note ? { note } : {}) });
        case 'assign':
          return client.dossiers.assign.mutate({ ...base, assigneeUserId: assignee });
        case 'submit_for_signature':
          return client.dossiers.submitForSignature.mutate({ ...base });
        case 'approve':
          return client.dossiers.approve.mutate({ ...base, ...(note ? { note } : {}) });
        case 'return_result':
          return client.dossiers.returnResult.mutate({ ...base });
        case 'refuse':
          return client.dossiers.refuse.mutate({ ...base, reasons: [note] });
        case 'reject':
          return client.dossiers.reject.mutate({ ...base, reasons: [note] });
        default:
          throw new Error('unsupported step');
      }
    },
  });
  const label = STEPS[step] ?? step;
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate(undefined, {
      onSuccess: (r) => onDone(`${label}: hồ sơ ${r.dossier.code} — ${r.dossier.statusLabel}.`),
    });
  };
  return (
    <Dialog
      title={label}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button
            type="submit"
            form="dossier-step"
            loading={run.isPending}
            variant={WITH_REASONS.includes(step) ? 'danger' : 'primary'}
          >
            {label}
          </Button>
        </>
      }
    >
      {run.isError ? (
        <Alert
          tone="error"
          title={
            getAppCode(run.error) === 'CONFLICT'
              ? 'Hồ sơ đã được người khác cập nhật — tải lại'
              : 'Chưa thực hiện được'
          }
        >
          {getErrorMessage(run.error)}
        </Alert>
      ) : null}
      <form id="dossier-step" onSubmit={onSubmit} noValidate>
        {step === 'assign' ? (
          <SelectField
            id="action-assignee"
            label="Cán bộ thụ lý"
            required
            placeholder="Chọn cán bộ"
            options={(staff.data ?? [])
              .filter((u) => u.active && u.role !== 'admin')
              .map((u) => ({ value: u.id, label: `${u.fullName} (${u.roleLabel})` }))}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
          />
        ) : (
          <TextAreaField
            label={WITH_REASONS.includes(step) ? 'Lý do' : 'Ghi chú'}
            required={WITH_REASONS.includes(step)}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </form>
    </Dialog>
  );
}

export function RegistrationDossierPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const detail = useQuery(trpc.dossiers.get.queryOptions({ dossierId: id }));
  const [step, setStep] = useState<EngineAction | null>(null);
  const [saved, setSaved] = useState('');
  const code = detail.data?.dossier.code;
  useEffect(() => {
    if (code) document.title = `Hồ sơ ${code} – Khoa học và công nghệ`;
  }, [code]);

  if (detail.isPending) return <LoadingState label="Đang tải hồ sơ…" />;
  if (detail.isError)
    return (
      <>
        <PageHeader title="Hồ sơ đăng ký kết quả" />
        <ErrorState
          title="Không tải được hồ sơ"
          message={getErrorMessage(detail.error)}
          onRetry={() => void detail.refetch()}
        />
      </>
    );
  const { dossier: d, applicant, events, files, allowedActions } = detail.data;
  const taskCode = typeof applicant.taskCode === 'string' ? applicant.taskCode : null;
  const steps = allowedActions.filter((a) => STEPS[a]);
  return (
    <>
      <PageHeader
        title={`Hồ sơ ${d.code}`}
        description={`${d.procedureName}${taskCode ? ` · nhiệm vụ ${taskCode}` : ''}`}
        actions={<Link to="..">Về bảng theo dõi</Link>}
      />
      <LiveMessage message={saved} />
      <Card title="Tình trạng hồ sơ">
        <dl className="skh-facts">
          <dt>Trạng thái</dt>
          <dd>{d.statusLabel}</dd>
          <dt>Tổ chức, cá nhân</dt>
          <dd>{d.applicantName}</dd>
          <dt>Ngày tiếp nhận</dt>
          <dd>{formatDateTime(d.receivedAt) || 'Chưa tiếp nhận'}</dd>
          <dt>Ngày hẹn trả kết quả</dt>
          <dd>{d.deadline ? formatDate(d.deadline) : 'Chưa có'}</dd>
          <dt>Cán bộ thụ lý</dt>
          <dd>{d.assigneeName ?? 'Chưa phân công'}</dd>
        </dl>
      </Card>
      <Card title="Thao tác">
        {steps.length === 0 ? (
          <p>Bạn không có thao tác nào với hồ sơ ở trạng thái này.</p>
        ) : (
          <div className="skh-actions">
            {steps.map((a) => (
              <Button
                key={a}
                variant={WITH_REASONS.includes(a) ? 'danger' : 'primary'}
                onClick={() => setStep(a)}
              >
                {STEPS[a]}
              </Button>
            ))}
          </div>
        )}
      </Card>
      <Card title="Thành phần hồ sơ">
        <ul>
          {files.map((f) => (
            <li key={`${f.componentKey}-${f.fileId}`}>
              <a href={f.url} target="_blank" rel="noreferrer">
                {f.originalName}
              </a>
            </li>
          ))}
        </ul>
      </Card>
      <Card title="Lịch sử xử lý">
        <ol className="skh-timeline">
          {events.map((e) => (
            <li key={e.seq}>
              <strong>{e.actionLabel}</strong>
              <div className="khcn-muted">
                {formatDateTime(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
              </div>
            </li>
          ))}
        </ol>
      </Card>
      {step ? (
        <StepDialog
          step={step}
          detail={detail.data}
          onClose={() => setStep(null)}
          onDone={(m) => {
            setStep(null);
            setSaved(m);
            void queryClient.invalidateQueries({ queryKey: trpc.dossiers.get.queryKey({ dossierId: id }) });
          }}
        />
      ) : null}
    </>
  );
}
