import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getAppCode, getErrorMessage, useTRPC, useTRPCClient } from '@skhcn/api-client';
import {
  Alert,
  Button,
  Dialog,
  formatDate,
  formatVnd,
  SelectField,
  TextAreaField,
  TextField,
} from '@skhcn/ui';
import type { UploadedFile } from '../api/file-upload';
import type { DossierDetail, EngineAction } from '../api-types';
import { actionButtonLabels, paymentMethodLabels, type PaymentMethod } from '../format/dossier-format';
import { vnToday as vietnamToday } from '../format/today';
import { FilePicker } from './file-picker.component';

export const CONFLICT_MESSAGE = 'Hồ sơ đã được người khác cập nhật — tải lại';

export interface DossierActionDialogProps {
  action: EngineAction;
  detail: DossierDetail;
  onClose: () => void;
  /** after success, with the new status label */
  onDone: (message: string) => void;
  /** reload the dossier (after a CONFLICT) */
  onReload: () => void;
}

interface FeeLine {
  label: string;
  /** typed text, digits only once parsed */
  amount: string;
}

/** "1.500.000", "1 500 000" or "1500000" → 1500000; NaN when it is not a whole number of đồng. */
export function parseVnd(text: string): number {
  const digits = text.replace(/[.\s]/g, '').replace(/đ(ồng)?$/i, '');
  return /^\d{1,13}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** The total requested by the last payment request of the history (undefined when none). */
export function requestedPaymentTotal(detail: DossierDetail): number | undefined {
  const request = [...detail.events].reverse().find((e) => e.action === 'request_payment');
  const total = request?.data?.total;
  return typeof total === 'number' ? total : undefined;
}

const lines = (s: string) =>
  s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One engine command in a dialog that asks for what the command needs. */
export function DossierActionDialog({ action, detail, onClose, onDone, onReload }: DossierActionDialogProps) {
  const trpc = useTRPC();
  const client = useTRPCClient();
  const { dossier, procedure } = detail;
  const base = { dossierId: dossier.id, expectedVersion: dossier.version };

  const [note, setNote] = useState('');
  const [reasons, setReasons] = useState('');
  const [assignee, setAssignee] = useState('');
  const [proposal, setProposal] = useState<'approve' | 'reject'>('approve');
  const [method, setMethod] = useState<'counter' | 'post' | 'online'>('counter');
  const [items, setItems] = useState<Record<string, string>>({});
  const [other, setOther] = useState({ name: '', reason: '' });
  const [supplied, setSupplied] = useState<Record<string, UploadedFile[]>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [newDeadline, setNewDeadline] = useState('');
  const [fees, setFees] = useState<FeeLine[]>(() =>
    procedure.fees.length > 0
      ? procedure.fees.map((f) => ({
          label: f.per ? `${f.label} (mỗi ${f.per})` : f.label,
          amount: String(f.amount),
        }))
      : [{ label: '', amount: '' }],
  );
  const requestedTotal = requestedPaymentTotal(detail);
  const [payment, setPayment] = useState({
    receiptNumber: '',
    amount: requestedTotal !== undefined ? String(requestedTotal) : '',
    paidOn: vietnamToday(),
    method: 'counter' as PaymentMethod,
  });
  const feeTotal = fees.reduce((sum, f) => sum + (parseVnd(f.amount) || 0), 0);

  const officers = useQuery({
    ...trpc.org.users.queryOptions({ unitCode: dossier.unitCode }),
    enabled: action === 'assign',
  });

  const mutation = useMutation({
    mutationFn: async () => {
      const n = note.trim() || undefined;
      switch (action) {
        case 'receive':
          return client.dossiers.receive.mutate({ mode: 'accept', ...base, note: n });
        case 'refuse':
          return client.dossiers.refuse.mutate({ ...base, reasons: lines(reasons) });
        case 'reject':
          return client.dossiers.reject.mutate({ ...base, reasons: lines(reasons) });
        case 'assign':
          return client.dossiers.assign.mutate({ ...base, assigneeUserId: assignee, note: n });
        case 'request_additions': {
          const list = procedure.components
            .filter((c) => items[c.key] !== undefined)
            .map((c) => ({ componentKey: c.key, name: c.name, reason: items[c.key]!.trim() }));
          if (other.name.trim())
            list.push({ componentKey: '', name: other.name.trim(), reason: other.reason.trim() });
          return client.dossiers.requestAdditions.mutate({
            ...base,
            items: list.map((i) => (i.componentKey ? i : { name: i.name, reason: i.reason })),
            note: n,
          });
        }
        case 'supply_additions':
          return client.dossiers.supplyAdditions.mutate({
            ...base,
            attachments: Object.entries(supplied).flatMap(([componentKey, files]) =>
              files.map((f) => ({ componentKey, fileId: f.id })),
            ),
            note: n,
          });
        case 'submit_for_signature':
          return client.dossiers.submitForSignature.mutate({ ...base, proposal, note: n });
        case 'approve':
          return client.dossiers.approve.mutate({ ...base, note: n });
        case 'return_result':
          return client.dossiers.returnResult.mutate({ ...base, method, note: n });
        case 'withdraw':
          return client.dossiers.withdraw.mutate({ ...base, reason: reasons.trim() || undefined });
        case 'stop':
          return client.dossiers.stop.mutate({ ...base, reason: reasons.trim() });
        case 'extend_deadline':
          return client.dossiers.extendDeadline.mutate({ ...base, newDeadline, reason: reasons.trim() });
        case 'request_payment':
          return client.dossiers.requestPayment.mutate({
            ...base,
            fees: fees.map((f) => ({ label: f.label.trim(), amount: parseVnd(f.amount) })),
            note: n,
          });
        case 'confirm_payment':
          return client.dossiers.confirmPayment.mutate({
            ...base,
            receiptNumber: payment.receiptNumber.trim(),
            amount: parseVnd(payment.amount),
            paidOn: payment.paidOn,
            method: payment.method,
            note: n,
          });
      }
    },
    onSuccess: (out) => {
      onDone(
        `Đã lưu: ${out.event.actionLabel}. Hồ sơ ${out.dossier.code} chuyển sang trạng thái “${out.dossier.statusLabel}”.`,
      );
    },
  });

  const validate = (): Record<string, string> => {
    const e: Record<string, string> = {};
    if ((action === 'refuse' || action === 'reject') && lines(reasons).length === 0)
      e.reasons = 'Vui lòng nêu ít nhất một lý do.';
    if (action === 'stop' && !reasons.trim()) e.reasons = 'Vui lòng nêu lý do dừng xử lý.';
    if (action === 'assign' && !assignee) e.assignee = 'Vui lòng chọn cán bộ thụ lý.';
    if (action === 'request_additions') {
      const chosen = Object.keys(items);
      if (chosen.length === 0 && !other.name.trim())
        e.items = 'Vui lòng chọn ít nhất một giấy tờ cần bổ sung.';
      for (const key of chosen) if (!items[key]!.trim()) e[`item-${key}`] = 'Vui lòng nêu lý do cần bổ sung.';
      if (other.name.trim() && !other.reason.trim()) e['item-other'] = 'Vui lòng nêu lý do cần bổ sung.';
    }
    if (action === 'supply_additions' && Object.values(supplied).every((f) => f.length === 0))
      e.supplied = 'Vui lòng đính kèm giấy tờ bổ sung.';
    if (action === 'extend_deadline') {
      if (!newDeadline) e['new-deadline'] = 'Vui lòng chọn ngày hẹn trả kết quả mới.';
      else if (dossier.deadline && newDeadline <= dossier.deadline)
        e['new-deadline'] = `Ngày hẹn mới phải sau ngày hẹn hiện tại (${formatDate(dossier.deadline)}).`;
      if (!reasons.trim()) e.reasons = 'Vui lòng nêu lý do chậm trả kết quả.';
    }
    if (action === 'request_payment') {
      fees.forEach((f, i) => {
        if (!f.label.trim()) e[`fee-label-${i}`] = 'Vui lòng nêu khoản phí, lệ phí.';
        const amount = parseVnd(f.amount);
        if (!(amount > 0)) e[`fee-amount-${i}`] = 'Số tiền phải là số nguyên dương (đồng), ví dụ 1.500.000.';
      });
    }
    if (action === 'confirm_payment') {
      if (!payment.receiptNumber.trim())
        e['receipt-number'] = 'Vui lòng nhập số biên lai hoặc số chứng từ nộp tiền.';
      const amount = parseVnd(payment.amount);
      if (!(amount > 0)) e['paid-amount'] = 'Số tiền phải là số nguyên dương (đồng), ví dụ 1.500.000.';
      else if (requestedTotal !== undefined && amount !== requestedTotal)
        e['paid-amount'] = `Số tiền phải nộp theo yêu cầu là ${formatVnd(requestedTotal)}.`;
      if (!payment.paidOn) e['paid-on'] = 'Vui lòng chọn ngày nộp tiền.';
      else if (payment.paidOn > vietnamToday()) e['paid-on'] = 'Ngày nộp tiền không được sau hôm nay.';
    }
    return e;
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = validate();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0]!;
      document.getElementById(`action-${first}`)?.focus();
      return;
    }
    mutation.mutate();
  };

  const conflict = mutation.isError && getAppCode(mutation.error) === 'CONFLICT';
  const title = `${actionButtonLabels[action]} – hồ sơ ${dossier.code}`;
  const formId = `action-form-${action}`;
  const needsReasons =
    action === 'refuse' ||
    action === 'reject' ||
    action === 'stop' ||
    action === 'withdraw' ||
    action === 'extend_deadline';
  const requestedKeys = new Set(
    detail.events
      .filter((ev) => ev.action === 'request_additions')
      .flatMap((ev) =>
        ((ev.data?.items as { componentKey?: string }[] | undefined) ?? []).map((i) => i.componentKey),
      ),
  );

  return (
    <Dialog
      title={title}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={action === 'refuse' || action === 'reject' || action === 'stop' ? 'danger' : 'primary'}
            loading={mutation.isPending}
            disabled={conflict}
          >
            {actionButtonLabels[action]}
          </Button>
        </>
      }
    >
      {conflict ? (
        <Alert tone="error" title={CONFLICT_MESSAGE}>
          <p>
            Trong lúc bạn thao tác, hồ sơ đã có bước xử lý mới. Tải lại để xem trạng thái hiện tại rồi làm
            lại.
          </p>
          <Button variant="secondary" onClick={onReload}>
            Tải lại hồ sơ
          </Button>
        </Alert>
      ) : mutation.isError ? (
        <Alert tone="error" title="Chưa lưu được">
          {getErrorMessage(mutation.error)}
        </Alert>
      ) : null}
      <form id={formId} onSubmit={submit} noValidate>
        {needsReasons ? (
          <TextAreaField
            id="action-reasons"
            label={
              action === 'refuse' || action === 'reject'
                ? 'Lý do (mỗi dòng một lý do)'
                : action === 'stop'
                  ? 'Lý do dừng xử lý'
                  : action === 'extend_deadline'
                    ? 'Lý do chậm trả kết quả'
                    : 'Lý do rút hồ sơ (nếu có)'
            }
            required={action !== 'withdraw'}
            rows={4}
            value={reasons}
            onChange={(e) => setReasons(e.target.value)}
            error={errors.reasons}
            hint={
              action === 'refuse'
                ? 'Lý do được in trên Phiếu từ chối tiếp nhận (Mẫu 03).'
                : action === 'extend_deadline'
                  ? 'Lý do được in trên Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04).'
                  : undefined
            }
          />
        ) : null}

        {action === 'extend_deadline' ? (
          <TextField
            id="action-new-deadline"
            type="date"
            label="Ngày hẹn trả kết quả mới"
            required
            min={dossier.deadline ?? undefined}
            value={newDeadline}
            onChange={(e) => setNewDeadline(e.target.value)}
            error={errors['new-deadline']}
            hint={`Ngày hẹn hiện tại: ${formatDate(dossier.deadline)}. Chỉ được hẹn lại một lần, gửi chậm nhất 01 ngày trước ngày hẹn; ngày mới phải là ngày làm việc.`}
          />
        ) : null}

        {action === 'request_payment' ? (
          <fieldset className="skh-fieldset">
            <legend>Các khoản phí, lệ phí phải nộp</legend>
            {procedure.feeNote ? <p className="tdc-muted">{procedure.feeNote}</p> : null}
            {fees.map((f, i) => (
              <div key={i} className="skh-row">
                <TextField
                  id={`action-fee-label-${i}`}
                  label={`Khoản ${i + 1}`}
                  required
                  value={f.label}
                  onChange={(e) =>
                    setFees((all) => all.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))
                  }
                  error={errors[`fee-label-${i}`]}
                />
                <TextField
                  id={`action-fee-amount-${i}`}
                  label={`Số tiền khoản ${i + 1} (đồng)`}
                  required
                  inputMode="numeric"
                  value={f.amount}
                  onChange={(e) =>
                    setFees((all) => all.map((x, j) => (j === i ? { ...x, amount: e.target.value } : x)))
                  }
                  error={errors[`fee-amount-${i}`]}
                />
                {fees.length > 1 ? (
                  <Button
                    variant="secondary"
                    style={{ marginBottom: 'var(--skh-space-4)' }}
                    onClick={() => setFees((all) => all.filter((_, j) => j !== i))}
                  >
                    Bỏ khoản {i + 1}
                  </Button>
                ) : null}
              </div>
            ))}
            <Button variant="secondary" onClick={() => setFees((all) => [...all, { label: '', amount: '' }])}>
              Thêm khoản phí
            </Button>
            <p>
              Tổng cộng: <strong>{formatVnd(feeTotal)}</strong>. Thời hạn giải quyết tạm dừng cho đến khi xác
              nhận đã nộp.
            </p>
          </fieldset>
        ) : null}

        {action === 'confirm_payment' ? (
          <>
            <TextField
              id="action-receipt-number"
              label="Số biên lai / chứng từ nộp tiền"
              required
              value={payment.receiptNumber}
              onChange={(e) => setPayment((p) => ({ ...p, receiptNumber: e.target.value }))}
              error={errors['receipt-number']}
            />
            <TextField
              id="action-paid-amount"
              label="Số tiền đã nộp (đồng)"
              required
              inputMode="numeric"
              value={payment.amount}
              onChange={(e) => setPayment((p) => ({ ...p, amount: e.target.value }))}
              error={errors['paid-amount']}
              hint={
                requestedTotal !== undefined
                  ? `Số tiền phải nộp theo yêu cầu: ${formatVnd(requestedTotal)}.`
                  : undefined
              }
            />
            <TextField
              id="action-paid-on"
              type="date"
              label="Ngày nộp tiền"
              required
              max={vietnamToday()}
              value={payment.paidOn}
              onChange={(e) => setPayment((p) => ({ ...p, paidOn: e.target.value }))}
              error={errors['paid-on']}
            />
            <SelectField
              id="action-payment-method"
              label="Hình thức nộp"
              options={Object.entries(paymentMethodLabels).map(([value, label]) => ({ value, label }))}
              value={payment.method}
              onChange={(e) => setPayment((p) => ({ ...p, method: e.target.value as PaymentMethod }))}
            />
          </>
        ) : null}

        {action === 'assign' ? (
          <SelectField
            id="action-assignee"
            label="Cán bộ thụ lý"
            required
            placeholder={officers.isPending ? 'Đang tải danh sách cán bộ…' : 'Chọn cán bộ'}
            options={(officers.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.fullName} (${u.roleLabel})`,
            }))}
            value={assignee}
            onChange={(e) => setAssignee(e.target.value)}
            error={errors.assignee ?? (officers.isError ? getErrorMessage(officers.error) : undefined)}
          />
        ) : null}

        {action === 'request_additions' ? (
          <fieldset className="skh-fieldset">
            <legend id="action-items" tabIndex={-1}>
              Giấy tờ cần bổ sung, hoàn thiện
            </legend>
            {errors.items ? <p className="skh-field__error">{errors.items}</p> : null}
            {procedure.components.map((c) => {
              const checked = items[c.key] !== undefined;
              return (
                <div key={c.key}>
                  <label className="skh-checkbox">
                    <input
                      type="checkbox"
                      checked={checked}
                      onChange={(e) =>
                        setItems((prev) => {
                          const next = { ...prev };
                          if (e.target.checked) next[c.key] = '';
                          else delete next[c.key];
                          return next;
                        })
                      }
                    />
                    <span>{c.name}</span>
                  </label>
                  {checked ? (
                    <TextAreaField
                      id={`action-item-${c.key}`}
                      label={`Lý do cần bổ sung: ${c.name}`}
                      required
                      rows={2}
                      value={items[c.key]}
                      onChange={(e) => setItems((prev) => ({ ...prev, [c.key]: e.target.value }))}
                      error={errors[`item-${c.key}`]}
                    />
                  ) : null}
                </div>
              );
            })}
            <TextAreaField
              id="action-other-name"
              label="Giấy tờ khác (nếu có)"
              rows={1}
              value={other.name}
              onChange={(e) => setOther((o) => ({ ...o, name: e.target.value }))}
            />
            {other.name.trim() ? (
              <TextAreaField
                id="action-item-other"
                label="Lý do cần bổ sung giấy tờ khác"
                required
                rows={2}
                value={other.reason}
                onChange={(e) => setOther((o) => ({ ...o, reason: e.target.value }))}
                error={errors['item-other']}
              />
            ) : null}
            <p className="tdc-muted">
              Chỉ yêu cầu bổ sung một lần; thời hạn giải quyết tạm dừng cho đến khi nhận đủ giấy tờ.
            </p>
          </fieldset>
        ) : null}

        {action === 'supply_additions' ? (
          <>
            {errors.supplied ? (
              <p id="action-supplied" tabIndex={-1} className="skh-field__error">
                {errors.supplied}
              </p>
            ) : null}
            {procedure.components
              .filter((c) => requestedKeys.size === 0 || requestedKeys.has(c.key))
              .map((c) => (
                <FilePicker
                  key={c.key}
                  id={`action-file-${c.key}`}
                  label={c.name}
                  files={supplied[c.key] ?? []}
                  onChange={(files) => setSupplied((s) => ({ ...s, [c.key]: files }))}
                />
              ))}
          </>
        ) : null}

        {action === 'submit_for_signature' ? (
          <SelectField
            id="action-proposal"
            label="Đề xuất"
            options={[
              { value: 'approve', label: 'Đề xuất tiếp nhận, ban hành kết quả' },
              { value: 'reject', label: 'Đề xuất từ chối giải quyết' },
            ]}
            value={proposal}
            onChange={(e) => setProposal(e.target.value as 'approve' | 'reject')}
          />
        ) : null}

        {action === 'return_result' ? (
          <SelectField
            id="action-method"
            label="Hình thức trả kết quả"
            options={[
              { value: 'counter', label: 'Trực tiếp tại Bộ phận một cửa' },
              { value: 'post', label: 'Qua dịch vụ bưu chính' },
              { value: 'online', label: 'Trực tuyến' },
            ]}
            value={method}
            onChange={(e) => setMethod(e.target.value as 'counter' | 'post' | 'online')}
          />
        ) : null}

        {!needsReasons ? (
          <TextAreaField
            id="action-note"
            label="Ghi chú (nếu có)"
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
        ) : null}
      </form>
    </Dialog>
  );
}
