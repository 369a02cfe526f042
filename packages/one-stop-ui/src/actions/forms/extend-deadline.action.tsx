// The apology letter (Mẫu 04): a new appointment date, once, sent at least a day before the current one.
import { DateField, formatDate, TextAreaField } from '@skhcn/ui';
import { defineAction, type FieldErrors, type ActionFieldsProps } from '../action-form';

interface ExtendState {
  newDeadline: string;
  reasons: string;
}

function ExtendFields({ state, set, errors, detail }: ActionFieldsProps<ExtendState>) {
  const current = detail.dossier.deadline;
  return (
    <>
      <TextAreaField
        id="action-reasons"
        label="Lý do chậm trả kết quả"
        required
        rows={4}
        value={state.reasons}
        onChange={(e) => set({ reasons: e.target.value })}
        error={errors.reasons}
        hint="Lý do được in trên Văn bản xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)."
      />
      <DateField
        id="action-new-deadline"
        label="Ngày hẹn trả kết quả mới"
        required
        min={current ?? undefined}
        value={state.newDeadline}
        onChange={(newDeadline) => set({ newDeadline })}
        error={errors['new-deadline']}
        hint={`Ngày hẹn hiện tại: ${formatDate(current)}. Chỉ được hẹn lại một lần, gửi chậm nhất 01 ngày trước ngày hẹn; ngày mới phải là ngày làm việc.`}
      />
    </>
  );
}

export const extendDeadlineAction = defineAction<ExtendState>({
  initial: () => ({ newDeadline: '', reasons: '' }),
  Fields: ExtendFields,
  validate: (s, detail) => {
    const e: FieldErrors = {};
    const current = detail.dossier.deadline;
    if (!s.reasons.trim()) e.reasons = 'Vui lòng nêu lý do chậm trả kết quả.';
    if (!s.newDeadline) e['new-deadline'] = 'Vui lòng chọn ngày hẹn trả kết quả mới.';
    else if (current && s.newDeadline <= current)
      e['new-deadline'] = `Ngày hẹn mới phải sau ngày hẹn hiện tại (${formatDate(current)}).`;
    return e;
  },
  send: (c, base, s) =>
    c.extendDeadline.mutate({ ...base, newDeadline: s.newDeadline, reason: s.reasons.trim() }),
});
