// Payment (status 6): the handling officer asks for the fees (the clock stops), the counter records the receipt
// against the amount asked (the clock resumes).
import { Button, DateField, formatVnd, SelectField, TextField } from '@skhcn/ui';
import type { DossierDetail } from '../../api-types';
import { parseVnd, paymentMethodLabels, type PaymentMethod } from '../../format/dossier-format';
import { defineAction, type FieldErrors, optional, type ActionFieldsProps } from '../action-form';
import { NoteField } from '../note-field.component';

interface FeeLine {
  label: string;
  /** as typed: "1.500.000" */
  amount: string;
}

interface RequestPaymentState {
  fees: FeeLine[];
  note: string;
}

function RequestPaymentFields({ state, set, errors, detail }: ActionFieldsProps<RequestPaymentState>) {
  const total = state.fees.reduce((sum, f) => sum + (parseVnd(f.amount) || 0), 0);
  const setFee = (i: number, patch: Partial<FeeLine>) =>
    set({ fees: state.fees.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <>
      <fieldset className="skh-fieldset">
        <legend>Các khoản phí, lệ phí phải nộp</legend>
        {detail.procedure.feeNote ? <p className="os-muted">{detail.procedure.feeNote}</p> : null}
        {state.fees.map((f, i) => (
          <div key={i} className="skh-row">
            <TextField
              id={`action-fee-label-${i}`}
              label={`Khoản ${i + 1}`}
              required
              value={f.label}
              onChange={(e) => setFee(i, { label: e.target.value })}
              error={errors[`fee-label-${i}`]}
            />
            <TextField
              id={`action-fee-amount-${i}`}
              label={`Số tiền khoản ${i + 1} (đồng)`}
              required
              inputMode="numeric"
              value={f.amount}
              onChange={(e) => setFee(i, { amount: e.target.value })}
              error={errors[`fee-amount-${i}`]}
            />
            {state.fees.length > 1 ? (
              <Button
                variant="secondary"
                style={{ marginBottom: 'var(--skh-space-4)' }}
                onClick={() => set({ fees: state.fees.filter((_, j) => j !== i) })}
              >
                Bỏ khoản {i + 1}
              </Button>
            ) : null}
          </div>
        ))}
        <Button variant="secondary" onClick={() => set({ fees: [...state.fees, { label: '', amount: '' }] })}>
          Thêm khoản phí
        </Button>
        <p>
          Tổng cộng: <strong>{formatVnd(total)}</strong>. Thời hạn giải quyết tạm dừng cho đến khi xác nhận đã
          nộp.
        </p>
      </fieldset>
      <NoteField value={state.note} onChange={(note) => set({ note })} />
    </>
  );
}

export const requestPaymentAction = defineAction<RequestPaymentState>({
  initial: (detail) => ({
    fees:
      detail.procedure.fees.length > 0
        ? detail.procedure.fees.map((f) => ({
            label: f.per ? `${f.label} (mỗi ${f.per})` : f.label,
            amount: String(f.amount),
          }))
        : [{ label: '', amount: '' }],
    note: '',
  }),
  Fields: RequestPaymentFields,
  validate: (s) => {
    const e: FieldErrors = {};
    s.fees.forEach((f, i) => {
      if (!f.label.trim()) e[`fee-label-${i}`] = 'Vui lòng nêu khoản phí, lệ phí.';
      if (!(parseVnd(f.amount) > 0))
        e[`fee-amount-${i}`] = 'Số tiền phải là số nguyên dương (đồng), ví dụ 1.500.000.';
    });
    return e;
  },
  send: (c, base, s) =>
    c.requestPayment.mutate({
      ...base,
      fees: s.fees.map((f) => ({ label: f.label.trim(), amount: parseVnd(f.amount) })),
      note: optional(s.note),
    }),
});

/** The total asked by the last payment request of the history (undefined when none). */
export function requestedPaymentTotal(detail: Pick<DossierDetail, 'events'>): number | undefined {
  const total = detail.events.findLast((e) => e.action === 'request_payment')?.data?.total;
  return typeof total === 'number' ? total : undefined;
}

interface ConfirmPaymentState {
  receiptNumber: string;
  amount: string;
  paidOn: string;
  method: PaymentMethod;
  note: string;
}

function ConfirmPaymentFields({ state, set, errors, detail, today }: ActionFieldsProps<ConfirmPaymentState>) {
  const asked = requestedPaymentTotal(detail);
  return (
    <>
      <TextField
        id="action-receipt-number"
        label="Số biên lai / chứng từ nộp tiền"
        required
        value={state.receiptNumber}
        onChange={(e) => set({ receiptNumber: e.target.value })}
        error={errors['receipt-number']}
      />
      <TextField
        id="action-paid-amount"
        label="Số tiền đã nộp (đồng)"
        required
        inputMode="numeric"
        value={state.amount}
        onChange={(e) => set({ amount: e.target.value })}
        error={errors['paid-amount']}
        hint={asked !== undefined ? `Số tiền phải nộp theo yêu cầu: ${formatVnd(asked)}.` : undefined}
      />
      <DateField
        id="action-paid-on"
        label="Ngày nộp tiền"
        required
        max={today}
        value={state.paidOn}
        onChange={(paidOn) => set({ paidOn })}
        error={errors['paid-on']}
      />
      <SelectField
        id="action-payment-method"
        label="Hình thức nộp"
        options={Object.entries(paymentMethodLabels).map(([value, label]) => ({ value, label }))}
        value={state.method}
        onChange={(e) => set({ method: e.target.value as PaymentMethod })}
      />
      <NoteField value={state.note} onChange={(note) => set({ note })} />
    </>
  );
}

export const confirmPaymentAction = defineAction<ConfirmPaymentState>({
  initial: (detail, today) => {
    const asked = requestedPaymentTotal(detail);
    return {
      receiptNumber: '',
      amount: asked !== undefined ? String(asked) : '',
      paidOn: today,
      method: 'counter',
      note: '',
    };
  },
  Fields: ConfirmPaymentFields,
  validate: (s, detail, today) => {
    const e: FieldErrors = {};
    const asked = requestedPaymentTotal(detail);
    if (!s.receiptNumber.trim()) e['receipt-number'] = 'Vui lòng nhập số biên lai hoặc số chứng từ nộp tiền.';
    const amount = parseVnd(s.amount);
    if (!(amount > 0)) e['paid-amount'] = 'Số tiền phải là số nguyên dương (đồng), ví dụ 1.500.000.';
    else if (asked !== undefined && amount !== asked)
      e['paid-amount'] = `Số tiền phải nộp theo yêu cầu là ${formatVnd(asked)}.`;
    if (!s.paidOn) e['paid-on'] = 'Vui lòng chọn ngày nộp tiền.';
    else if (s.paidOn > today) e['paid-on'] = 'Ngày nộp tiền không được sau hôm nay.';
    return e;
  },
  send: (c, base, s) =>
    c.confirmPayment.mutate({
      ...base,
      receiptNumber: s.receiptNumber.trim(),
      amount: parseVnd(s.amount),
      paidOn: s.paidOn,
      method: s.method,
      note: optional(s.note),
    }),
});
