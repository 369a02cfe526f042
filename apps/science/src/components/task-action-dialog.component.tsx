import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type ChangeEvent, type FormEvent, type ReactNode } from 'react';
import { getAppCode, getErrorMessage, useTRPC, useTRPCClient } from '@skhcn/api-client';
import {
  must,
  ACCEPTANCE_GRADES,
  acceptanceGradeLabels,
  ADJUSTMENT_KINDS,
  adjustmentKindLabels,
  COUNCIL_COMPOSITION_MODELS,
  COUNCIL_ROLES,
  councilKindLabels,
  councilRoleLabels,
  FOLLOW_UP_KINDS,
  followUpKindLabels,
  MILESTONE_KINDS,
  milestoneKindLabels,
  PRODUCT_CRITERIA,
  procedureInForce,
  productCriterionLabels,
  SELECTION_MODES,
  selectionModeLabels,
  type AcceptanceGrade,
  type CouncilKind,
  type CouncilRole,
  type MilestoneKind,
} from '@skhcn/domain';
import {
  Alert,
  Button,
  Dialog,
  ErrorSummary,
  SelectField,
  TextAreaField,
  TextField,
  formatFileSize,
} from '@skhcn/ui';
import type { TaskDetail, TaskPageAction } from '../api-types';
import { ACCEPT_ATTRIBUTE, parseVnd, uploadFile, UploadError, type UploadedFile } from '@skhcn/one-stop-ui';
import { actionButtonLabels } from '../format/science-format';
import { vnToday } from '../format/today';
import { serverIssues, summaryOf, type FieldErrors } from './form-issues';

export type DialogAction = TaskPageAction | 'form_council';

export interface TaskActionDialogProps {
  action: DialogAction;
  detail: TaskDetail;
  onClose: () => void;
  /** after success, with what to announce */
  onDone: (message: string) => void;
  /** reload the task (after a CONFLICT) */
  onReload: () => void;
}

const P = 'a-';
const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

interface MilestoneRow {
  title: string;
  kind: MilestoneKind;
  dueOn: string;
  amount: string;
}
interface MemberRow {
  expertId: string;
  role: CouncilRole;
}
type Grades = Record<(typeof PRODUCT_CRITERIA)[number], AcceptanceGrade>;

const titles: Record<DialogAction, string> = {
  ...actionButtonLabels,
  form_council: 'Thành lập hội đồng',
};

/** One step of the task in a dialog that asks for what the step needs; the API checks and explains. */
export function TaskActionDialog({ action, detail, onClose, onDone, onReload }: TaskActionDialogProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { task } = detail;
  const today = vnToday();
  const base = { taskId: task.id, expectedVersion: task.version };

  const [v, setV] = useState<Record<string, string>>(() => ({
    meetingOn: today,
    acceptedOn: today,
    appraisedOn: today,
    approvedOn: today,
    inspectedOn: today,
    happenedOn: today,
    signedOn: today,
    opensOn: today,
    mode: 'selection',
    kind: action === 'record_follow_up' ? 'archive' : 'time',
    decision: 'approve',
    report: 'pass',
    products: (task.contract?.products ?? task.proposal.expectedProducts).join('\n'),
    applicationId: detail.applications[0]?.id ?? '',
    adjustmentId: detail.adjustments.find((a) => a.status === 'requested')?.id ?? '',
    name: detail.canFormCouncil ? `${councilKindLabels[detail.canFormCouncil]} nhiệm vụ ${task.code}` : '',
    compositionModel: 'department-5-7',
  }));
  const [milestones, setMilestones] = useState<MilestoneRow[]>([
    { title: 'Báo cáo định kỳ', kind: 'report', dueOn: '', amount: '' },
  ]);
  const [grades, setGrades] = useState<Grades[]>(() =>
    (task.contract?.products ?? task.proposal.expectedProducts).map(() => ({
      quantity: 'pass',
      type: 'pass',
      quality: 'pass',
    })),
  );
  const [members, setMembers] = useState<MemberRow[]>([
    { expertId: '', role: 'chair' },
    { expertId: '', role: 'reviewer' },
    { expertId: '', role: 'reviewer' },
    { expertId: '', role: 'secretary' },
    { expertId: '', role: 'member' },
  ]);
  const [files, setFiles] = useState<Record<string, UploadedFile[]>>({});
  const [uploading, setUploading] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});

  const experts = useQuery(trpc.science.experts.queryOptions({}, { enabled: action === 'form_council' }));
  const registration = procedureInForce('khcn.dang-ky-ket-qua', today);

  const set = (k: string) => (e: ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setV((x) => ({ ...x, [k]: e.target.value }));
  const f = (k: string, path = k) => ({
    id: `${P}${path}`,
    value: v[k] ?? '',
    onChange: set(k),
    error: errors[path],
  });

  const money = (k: string, path: string, label: string): number => {
    const n = parseVnd(v[k] ?? '');
    if (Number.isNaN(n))
      throw new InputProblem(path, `${label} phải là số tiền (đồng), ví dụ 1.500.000.000.`);
    return n;
  };

  async function run(): Promise<string> {
    switch (action) {
      case 'identify':
        await client.science.identify.mutate({
          ...base,
          meetingOn: must(v.meetingOn, 'v.meetingOn'),
          conclusion: v.conclusion ?? '',
        });
        return 'Đã xác định nhiệm vụ, đưa vào danh mục đặt hàng.';
      case 'reject_proposal':
        await client.science.rejectProposal.mutate({ ...base, reason: v.reason ?? '' });
        return 'Đã ghi nhận không xác định nhiệm vụ.';
      case 'cancel':
        await client.science.cancel.mutate({ ...base, reason: v.reason ?? '' });
        return 'Đã dừng thực hiện nhiệm vụ.';
      case 'open_call':
        await client.science.openCall.mutate({
          ...base,
          call: {
            mode: v.mode as 'selection',
            opensOn: must(v.opensOn, 'v.opensOn'),
            closesOn: v.closesOn ?? '',
          },
        });
        return 'Đã thông báo tuyển chọn, giao trực tiếp.';
      case 'select_host':
        await client.science.selectHost.mutate({
          ...base,
          applicationId: must(v.applicationId, 'v.applicationId'),
          ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        });
        return 'Đã chọn tổ chức chủ trì.';
      case 'appraise':
        await client.science.appraise.mutate({
          ...base,
          appraisedOn: must(v.appraisedOn, 'v.appraisedOn'),
          approvedBudget: money('approvedBudget', 'approvedBudget', 'Kinh phí sau thẩm định'),
          notes: v.notes ?? '',
        });
        return 'Đã ghi nhận kết quả thẩm định.';
      case 'approve':
        await client.science.approve.mutate({
          ...base,
          decisionNumber: v.decisionNumber ?? '',
          approvedOn: must(v.approvedOn, 'v.approvedOn'),
        });
        return 'Đã phê duyệt nhiệm vụ.';
      case 'sign_contract':
        await client.science.signContract.mutate({
          ...base,
          contract: {
            number: v.number ?? '',
            signedOn: must(v.signedOn, 'v.signedOn'),
            startsOn: v.startsOn ?? '',
            endsOn: v.endsOn ?? '',
            products: lines(v.products ?? ''),
            milestones: milestones.map((m, i) => {
              const amount = m.amount.trim() === '' ? undefined : parseVnd(m.amount);
              if (amount !== undefined && Number.isNaN(amount))
                throw new InputProblem(
                  `contract.milestones.${i}.amount`,
                  'Số tiền phải là số đồng, ví dụ 600.000.000.',
                );
              return {
                title: m.title,
                kind: m.kind,
                dueOn: m.dueOn,
                ...(amount !== undefined ? { amount } : {}),
              };
            }),
          },
        });
        return 'Đã ghi nhận hợp đồng; nhiệm vụ chuyển sang đang thực hiện.';
      case 'report_progress':
        await client.science.reportProgress.mutate({
          ...base,
          report: {
            period: v.period ?? '',
            ...(v.milestoneId ? { milestoneId: v.milestoneId } : {}),
            progressPercent: v.progressPercent?.trim() ? Number(v.progressPercent) : Number.NaN,
            summary: v.summary ?? '',
            ...(v.issues?.trim() ? { issues: v.issues } : {}),
          },
        });
        return 'Đã nộp báo cáo định kỳ.';
      case 'record_inspection':
        await client.science.recordInspection.mutate({
          ...base,
          inspection: {
            inspectedOn: must(v.inspectedOn, 'v.inspectedOn'),
            findings: v.findings ?? '',
            conclusion: v.conclusion ?? '',
          },
        });
        return 'Đã ghi nhận kết quả kiểm tra.';
      case 'request_adjustment':
        await client.science.requestAdjustment.mutate({
          ...base,
          adjustment: {
            kind: v.kind as 'time',
            reason: v.reason ?? '',
            details: v.details ?? '',
            ...(v.kind === 'time' && v.newEndsOn ? { newEndsOn: v.newEndsOn } : {}),
            ...(v.kind === 'budget' && v.newBudget?.trim()
              ? { newBudget: money('newBudget', 'adjustment.newBudget', 'Kinh phí mới') }
              : {}),
          },
        });
        return 'Đã gửi đề nghị điều chỉnh.';
      case 'decide_adjustment':
        await client.science.decideAdjustment.mutate({
          ...base,
          adjustmentId: must(v.adjustmentId, 'v.adjustmentId'),
          approve: v.decision === 'approve',
          reason: v.reason ?? '',
        });
        return 'Đã quyết định về đề nghị điều chỉnh.';
      case 'start_evaluation':
        await client.science.startEvaluation.mutate({ ...base, ...(v.note?.trim() ? { note: v.note } : {}) });
        return 'Đã chuyển nhiệm vụ sang đánh giá, nghiệm thu.';
      case 'accept': {
        const names = lines(v.products ?? '');
        const r = await client.science.recordAcceptance.mutate({
          ...base,
          acceptance: {
            acceptedOn: must(v.acceptedOn, 'v.acceptedOn'),
            products: names.map((name, i) => ({
              name,
              grades: grades[i] ?? { quantity: 'pass', type: 'pass', quality: 'pass' },
            })),
            report: v.report as AcceptanceGrade,
            conclusion: v.conclusion ?? '',
          },
        });
        return `Đã ghi nhận kết quả nghiệm thu: ${acceptanceGradeLabels[r.overall]}.`;
      }
      case 'file_registration': {
        const r = await client.science.fileRegistration.mutate({
          ...base,
          components: Object.entries(files)
            .filter(([, list]) => list.length > 0)
            .map(([componentKey, list]) => ({ componentKey, fileIds: list.map((x) => x.id) })),
          ...(v.note?.trim() ? { note: v.note } : {}),
        });
        return `Đã nộp hồ sơ đăng ký kết quả, mã hồ sơ ${r.code}.`;
      }
      case 'record_follow_up':
        await client.science.recordFollowUp.mutate({
          ...base,
          followUp: {
            kind: v.kind as 'archive',
            happenedOn: must(v.happenedOn, 'v.happenedOn'),
            description: v.description ?? '',
          },
        });
        return 'Đã ghi nhận.';
      case 'form_council': {
        const kind = detail.canFormCouncil as CouncilKind;
        const chosen = members.filter((m) => m.expertId);
        if (chosen.length !== members.length)
          throw new InputProblem('members', 'Vui lòng chọn chuyên gia cho mọi vai trò (hoặc bỏ dòng thừa).');
        await client.science.formCouncil.mutate({
          taskId: task.id,
          kind,
          name: v.name ?? '',
          compositionModel: must(v.compositionModel, 'v.compositionModel'),
          ...(v.meetingOn ? { meetingOn: v.meetingOn } : {}),
          members: chosen,
        });
        return `Đã thành lập ${councilKindLabels[kind].toLowerCase()}.`;
      }
    }
  }

  const mutation = useMutation({ mutationFn: run });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setErrors({});
    mutation.mutate(undefined, {
      onSuccess: (message) => onDone(message),
      onError: (err) => {
        if (err instanceof InputProblem) setErrors({ [err.path]: err.message });
        else setErrors(serverIssues(err));
      },
    });
  };

  const conflict = mutation.isError && getAppCode(mutation.error) === 'CONFLICT';
  const summary = summaryOf(errors, P);

  const onPick = (key: string) => async (e: ChangeEvent<HTMLInputElement>) => {
    const picked = [...(e.target.files ?? [])];
    e.target.value = '';
    setUploading(true);
    const added: UploadedFile[] = [];
    const problems: string[] = [];
    for (const file of picked) {
      try {
        added.push(await uploadFile(file));
      } catch (err) {
        problems.push(err instanceof UploadError ? err.message : `Không tải được tệp “${file.name}” lên.`);
      }
    }
    setUploading(false);
    setFiles((x) => ({ ...x, [key]: [...(x[key] ?? []), ...added] }));
    setErrors((x) => {
      const next = { ...x };
      if (problems.length) next[`files.${key}`] = problems.join(' ');
      else delete next[`files.${key}`];
      return next;
    });
  };

  let body: ReactNode;
  switch (action) {
    case 'identify':
      body = (
        <>
          <TextField
            label="Ngày họp hội đồng tư vấn xác định nhiệm vụ"
            type="date"
            required
            {...f('meetingOn')}
          />
          <TextAreaField label="Kết luận của hội đồng" required {...f('conclusion')} />
        </>
      );
      break;
    case 'reject_proposal':
    case 'cancel':
      body = <TextAreaField label="Lý do" required {...f('reason')} />;
      break;
    case 'open_call':
      body = (
        <>
          <SelectField
            label="Hình thức"
            required
            options={SELECTION_MODES.map((m) => ({ value: m, label: selectionModeLabels[m] }))}
            {...f('mode', 'call.mode')}
          />
          <div className="khcn-grid">
            <TextField
              label="Ngày bắt đầu nhận hồ sơ"
              type="date"
              required
              {...f('opensOn', 'call.opensOn')}
            />
            <TextField label="Hạn nộp hồ sơ" type="date" required {...f('closesOn', 'call.closesOn')} />
          </div>
        </>
      );
      break;
    case 'select_host':
      body = (
        <>
          <SelectField
            label="Hồ sơ được chọn"
            required
            options={detail.applications.map((a) => ({
              value: a.id,
              label: `${a.organisationName} (${a.principalInvestigator})`,
            }))}
            {...f('applicationId')}
          />
          <TextAreaField
            label="Lý do lựa chọn"
            hint="Bắt buộc khi nhiều hồ sơ cùng xếp thứ nhất"
            {...f('reason')}
          />
        </>
      );
      break;
    case 'appraise':
      body = (
        <>
          <div className="khcn-grid">
            <TextField label="Ngày thẩm định" type="date" required {...f('appraisedOn')} />
            <TextField
              label="Kinh phí sau thẩm định (đồng)"
              inputMode="numeric"
              required
              {...f('approvedBudget')}
            />
          </div>
          <TextAreaField label="Ý kiến thẩm định nội dung và kinh phí" required {...f('notes')} />
        </>
      );
      break;
    case 'approve':
      body = (
        <div className="khcn-grid">
          <TextField label="Số quyết định phê duyệt" required {...f('decisionNumber')} />
          <TextField label="Ngày quyết định" type="date" required {...f('approvedOn')} />
        </div>
      );
      break;
    case 'sign_contract':
      body = (
        <>
          <div className="khcn-grid">
            <TextField label="Số hợp đồng" required {...f('number', 'contract.number')} />
            <TextField label="Ngày ký" type="date" required {...f('signedOn', 'contract.signedOn')} />
            <TextField label="Ngày bắt đầu" type="date" required {...f('startsOn', 'contract.startsOn')} />
            <TextField label="Ngày kết thúc" type="date" required {...f('endsOn', 'contract.endsOn')} />
          </div>
          <TextAreaField
            label="Sản phẩm theo hợp đồng"
            hint="Mỗi sản phẩm một dòng"
            required
            {...f('products', 'contract.products')}
          />
          <fieldset className="skh-fieldset" id={`${P}contract.milestones`}>
            <legend>Các mốc: báo cáo định kỳ, bàn giao sản phẩm, thanh toán</legend>
            {milestones.map((m, i) => (
              <div className="khcn-row" key={i} role="group" aria-label={`Dòng mốc ${i + 1}`}>
                <TextField
                  label={`Nội dung mốc ${i + 1}`}
                  id={`${P}contract.milestones.${i}.title`}
                  value={m.title}
                  error={errors[`contract.milestones.${i}.title`]}
                  onChange={(e) =>
                    setMilestones((x) => x.map((r, j) => (j === i ? { ...r, title: e.target.value } : r)))
                  }
                />
                <SelectField
                  label={`Loại mốc ${i + 1}`}
                  options={MILESTONE_KINDS.map((k) => ({ value: k, label: milestoneKindLabels[k] }))}
                  value={m.kind}
                  onChange={(e) =>
                    setMilestones((x) =>
                      x.map((r, j) => (j === i ? { ...r, kind: e.target.value as MilestoneKind } : r)),
                    )
                  }
                />
                <TextField
                  label={`Hạn mốc ${i + 1}`}
                  type="date"
                  id={`${P}contract.milestones.${i}.dueOn`}
                  value={m.dueOn}
                  error={errors[`contract.milestones.${i}.dueOn`]}
                  onChange={(e) =>
                    setMilestones((x) => x.map((r, j) => (j === i ? { ...r, dueOn: e.target.value } : r)))
                  }
                />
                <TextField
                  label={`Số tiền mốc ${i + 1} (đồng)`}
                  inputMode="numeric"
                  id={`${P}contract.milestones.${i}.amount`}
                  value={m.amount}
                  error={errors[`contract.milestones.${i}.amount`]}
                  onChange={(e) =>
                    setMilestones((x) => x.map((r, j) => (j === i ? { ...r, amount: e.target.value } : r)))
                  }
                />
                <Button
                  variant="link"
                  size="small"
                  disabled={milestones.length === 1}
                  onClick={() => setMilestones((x) => x.filter((_, j) => j !== i))}
                >
                  Bỏ<span className="skh-visually-hidden"> mốc {i + 1}</span>
                </Button>
              </div>
            ))}
            <Button
              variant="secondary"
              size="small"
              onClick={() =>
                setMilestones((x) => [...x, { title: '', kind: 'report', dueOn: '', amount: '' }])
              }
            >
              Thêm mốc
            </Button>
          </fieldset>
        </>
      );
      break;
    case 'report_progress': {
      const open = detail.milestones.filter((m) => m.kind === 'report' && !m.reported);
      body = (
        <>
          <div className="khcn-grid">
            <TextField
              label="Kỳ báo cáo"
              hint="Ví dụ: 6 tháng đầu năm 2026"
              required
              {...f('period', 'report.period')}
            />
            <SelectField
              label="Mốc báo cáo theo hợp đồng"
              placeholder="Không gắn với mốc"
              options={open.map((m) => ({
                value: m.id,
                label: `${m.title} (hạn ${m.dueOn.split('-').reverse().join('/')})`,
              }))}
              {...f('milestoneId', 'report.milestoneId')}
            />
            <TextField
              label="Tiến độ chung (%)"
              inputMode="numeric"
              required
              {...f('progressPercent', 'report.progressPercent')}
            />
          </div>
          <TextAreaField label="Nội dung báo cáo" required rows={5} {...f('summary', 'report.summary')} />
          <TextAreaField label="Khó khăn, kiến nghị" {...f('issues', 'report.issues')} />
        </>
      );
      break;
    }
    case 'record_inspection':
      body = (
        <>
          <TextField
            label="Ngày kiểm tra"
            type="date"
            required
            {...f('inspectedOn', 'inspection.inspectedOn')}
          />
          <TextAreaField label="Kết quả kiểm tra" required {...f('findings', 'inspection.findings')} />
          <TextAreaField label="Kết luận, kiến nghị" required {...f('conclusion', 'inspection.conclusion')} />
        </>
      );
      break;
    case 'request_adjustment':
      body = (
        <>
          <SelectField
            label="Nội dung điều chỉnh"
            required
            options={ADJUSTMENT_KINDS.map((k) => ({ value: k, label: adjustmentKindLabels[k] }))}
            {...f('kind', 'adjustment.kind')}
          />
          {v.kind === 'time' ? (
            <TextField
              label="Ngày kết thúc mới"
              type="date"
              required
              {...f('newEndsOn', 'adjustment.newEndsOn')}
            />
          ) : null}
          {v.kind === 'budget' ? (
            <TextField
              label="Kinh phí mới (đồng)"
              inputMode="numeric"
              required
              {...f('newBudget', 'adjustment.newBudget')}
            />
          ) : null}
          <TextAreaField label="Lý do điều chỉnh" required {...f('reason', 'adjustment.reason')} />
          <TextAreaField label="Chi tiết điều chỉnh" required {...f('details', 'adjustment.details')} />
        </>
      );
      break;
    case 'decide_adjustment':
      body = (
        <>
          <SelectField
            label="Đề nghị điều chỉnh"
            required
            options={detail.adjustments
              .filter((a) => a.status === 'requested')
              .map((a) => ({ value: a.id, label: `${a.kindLabel}: ${a.details}` }))}
            {...f('adjustmentId')}
          />
          <SelectField
            label="Quyết định"
            required
            options={[
              { value: 'approve', label: 'Chấp thuận' },
              { value: 'reject', label: 'Không chấp thuận' },
            ]}
            {...f('decision')}
          />
          <TextAreaField label="Lý do" required {...f('reason')} />
        </>
      );
      break;
    case 'start_evaluation':
      body = <TextAreaField label="Ghi chú (hồ sơ đánh giá, nghiệm thu đã nhận)" {...f('note')} />;
      break;
    case 'accept': {
      const names = lines(v.products ?? '');
      body = (
        <>
          <TextField
            label="Ngày họp hội đồng nghiệm thu"
            type="date"
            required
            {...f('acceptedOn', 'acceptance.acceptedOn')}
          />
          <TextAreaField
            label="Sản phẩm được đánh giá"
            hint="Mỗi sản phẩm một dòng"
            required
            {...f('products', 'acceptance.products')}
          />
          {names.map((name, i) => (
            <fieldset className="skh-fieldset" key={`${i}-${name}`}>
              <legend>
                Sản phẩm {i + 1}: {name}
              </legend>
              <div className="khcn-row">
                {PRODUCT_CRITERIA.map((c) => (
                  <SelectField
                    key={c}
                    label={productCriterionLabels[c]}
                    options={ACCEPTANCE_GRADES.map((g) => ({ value: g, label: acceptanceGradeLabels[g] }))}
                    value={grades[i]?.[c] ?? 'pass'}
                    onChange={(e) =>
                      setGrades((x) => {
                        const next = [...x];
                        next[i] = {
                          ...(next[i] ?? { quantity: 'pass', type: 'pass', quality: 'pass' }),
                          [c]: e.target.value as AcceptanceGrade,
                        };
                        return next;
                      })
                    }
                  />
                ))}
              </div>
            </fieldset>
          ))}
          <SelectField
            label="Xếp loại báo cáo tổng hợp"
            required
            options={ACCEPTANCE_GRADES.map((g) => ({ value: g, label: acceptanceGradeLabels[g] }))}
            {...f('report', 'acceptance.report')}
          />
          <TextAreaField
            label="Kết luận của hội đồng"
            required
            {...f('conclusion', 'acceptance.conclusion')}
          />
          <p className="khcn-muted">
            Xếp loại chung do hệ thống tính theo quy tắc xếp loại (mô hình TT 11/2014).
          </p>
        </>
      );
      break;
    }
    case 'file_registration':
      body = (
        <>
          <p>
            Hạn nộp: đến hết ngày{' '}
            <strong>{detail.registration.latestFilingDate?.split('-').reverse().join('/') ?? '—'}</strong> (30
            ngày kể từ ngày nghiệm thu, Thông tư 14/2014/TT-BKHCN).
          </p>
          {(registration?.components ?? []).map((c) => (
            <div className="skh-field" key={c.key}>
              <label
                htmlFor={`${P}files.${c.key}`}
                className={c.required ? 'skh-field__label skh-field__label--required' : 'skh-field__label'}
              >
                {c.name}
              </label>
              {errors[`files.${c.key}`] ? (
                <span className="skh-field__error" id={`${P}files.${c.key}-error`}>
                  {errors[`files.${c.key}`]}
                </span>
              ) : null}
              <input
                id={`${P}files.${c.key}`}
                type="file"
                multiple
                accept={ACCEPT_ATTRIBUTE}
                onChange={(e) => void onPick(c.key)(e)}
                aria-describedby={errors[`files.${c.key}`] ? `${P}files.${c.key}-error` : undefined}
              />
              {(files[c.key] ?? []).length > 0 ? (
                <ul className="khcn-files" aria-label={`Tệp đã đính kèm: ${c.name}`}>
                  {(files[c.key] ?? []).map((x) => (
                    <li key={x.id}>
                      {x.originalName} ({formatFileSize(x.size)})
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
          {uploading ? (
            <p role="status" className="khcn-muted">
              Đang tải tệp lên…
            </p>
          ) : null}
          <TextAreaField label="Ghi chú" {...f('note')} />
        </>
      );
      break;
    case 'record_follow_up':
      body = (
        <>
          <SelectField
            label="Loại ghi nhận"
            required
            options={FOLLOW_UP_KINDS.map((k) => ({ value: k, label: followUpKindLabels[k] }))}
            {...f('kind', 'followUp.kind')}
          />
          <TextField label="Ngày" type="date" required {...f('happenedOn', 'followUp.happenedOn')} />
          <TextAreaField label="Nội dung" required {...f('description', 'followUp.description')} />
        </>
      );
      break;
    case 'form_council': {
      const kind = detail.canFormCouncil as CouncilKind;
      const options = (experts.data ?? [])
        .filter((x) => x.username)
        .map((x) => ({ value: x.id, label: `${x.displayName} — ${x.organisation}` }));
      body = (
        <>
          <TextField label="Tên hội đồng" required {...f('name')} />
          <div className="khcn-grid">
            <SelectField
              label="Mô hình hội đồng"
              required
              options={COUNCIL_COMPOSITION_MODELS.filter((m) => m.kinds.includes(kind)).map((m) => ({
                value: m.id,
                label: m.label,
              }))}
              {...f('compositionModel')}
            />
            <TextField label="Ngày họp" type="date" {...f('meetingOn')} />
          </div>
          <fieldset className="skh-fieldset" id={`${P}members`}>
            <legend>Thành viên hội đồng (từ danh sách chuyên gia có tài khoản)</legend>
            {experts.isPending ? <p role="status">Đang tải danh sách chuyên gia…</p> : null}
            {errors.members ? <p className="skh-field__error">{errors.members}</p> : null}
            {members.map((m, i) => (
              <div className="khcn-row" key={i} role="group" aria-label={`Dòng thành viên ${i + 1}`}>
                <SelectField
                  label={`Thành viên ${i + 1}`}
                  placeholder="Chọn chuyên gia"
                  options={options}
                  value={m.expertId}
                  onChange={(e) =>
                    setMembers((x) => x.map((r, j) => (j === i ? { ...r, expertId: e.target.value } : r)))
                  }
                />
                <SelectField
                  label={`Vai trò thành viên ${i + 1}`}
                  options={COUNCIL_ROLES.map((r) => ({ value: r, label: councilRoleLabels[r] }))}
                  value={m.role}
                  onChange={(e) =>
                    setMembers((x) =>
                      x.map((r, j) => (j === i ? { ...r, role: e.target.value as CouncilRole } : r)),
                    )
                  }
                />
                <Button
                  variant="link"
                  size="small"
                  onClick={() => setMembers((x) => x.filter((_, j) => j !== i))}
                >
                  Bỏ<span className="skh-visually-hidden"> thành viên {i + 1}</span>
                </Button>
              </div>
            ))}
            <Button
              variant="secondary"
              size="small"
              onClick={() => setMembers((x) => [...x, { expertId: '', role: 'member' }])}
            >
              Thêm thành viên
            </Button>
          </fieldset>
        </>
      );
      break;
    }
  }

  const label = titles[action];
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
            form="task-action-form"
            variant={action === 'cancel' || action === 'reject_proposal' ? 'danger' : 'primary'}
            loading={mutation.isPending}
            disabled={uploading}
          >
            {label}
          </Button>
        </>
      }
    >
      <ErrorSummary items={summary} />
      {mutation.isError && summary.length === 0 ? (
        <Alert tone="error" title={conflict ? 'Nhiệm vụ đã được người khác cập nhật' : 'Chưa thực hiện được'}>
          <p>{getErrorMessage(mutation.error)}</p>
          {conflict ? (
            <Button variant="secondary" size="small" onClick={onReload}>
              Tải lại nhiệm vụ
            </Button>
          ) : null}
        </Alert>
      ) : null}
      <form id="task-action-form" onSubmit={onSubmit} noValidate className="khcn-rows">
        {body}
      </form>
    </Dialog>
  );
}

/** A value the form itself could not read (an amount that is not a number), shown next to its field. */
class InputProblem extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}
