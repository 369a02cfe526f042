// Steps that need reasons: refusing at receipt (Mẫu 03, one reason per line), refusing the result, stopping
// (Mẫu 05), recording a withdrawal.
import { TextAreaField } from '@skhcn/ui';
import { defineAction, lines, optional, type ActionFieldsProps } from '../action-form';

interface ReasonsState {
  reasons: string;
}

function ReasonsField({ label, hint, required }: { label: string; hint?: string; required: boolean }) {
  return function Fields({ state, set, errors }: ActionFieldsProps<ReasonsState>) {
    return (
      <TextAreaField
        id="action-reasons"
        label={label}
        required={required}
        rows={4}
        value={state.reasons}
        onChange={(e) => set({ reasons: e.target.value })}
        error={errors.reasons}
        hint={hint}
      />
    );
  };
}

const initial = (): ReasonsState => ({ reasons: '' });

export const refuseAction = defineAction<ReasonsState>({
  initial,
  Fields: ReasonsField({
    label: 'Lý do (mỗi dòng một lý do)',
    hint: 'Lý do được in trên Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03).',
    required: true,
  }),
  validate: (s) => (lines(s.reasons).length === 0 ? { reasons: 'Vui lòng nêu ít nhất một lý do.' } : {}),
  send: (c, base, s) => c.refuse.mutate({ ...base, reasons: lines(s.reasons) }),
});

export const rejectAction = defineAction<ReasonsState>({
  initial,
  Fields: ReasonsField({ label: 'Lý do từ chối giải quyết (mỗi dòng một lý do)', required: true }),
  validate: (s) => (lines(s.reasons).length === 0 ? { reasons: 'Vui lòng nêu ít nhất một lý do.' } : {}),
  send: (c, base, s) => c.reject.mutate({ ...base, reasons: lines(s.reasons) }),
});

export const stopAction = defineAction<ReasonsState>({
  initial,
  Fields: ReasonsField({
    label: 'Lý do dừng xử lý',
    hint: 'Lý do được in trên Thông báo dừng giải quyết hồ sơ (Mẫu 05).',
    required: true,
  }),
  validate: (s) => (s.reasons.trim() ? {} : { reasons: 'Vui lòng nêu lý do dừng xử lý.' }),
  send: (c, base, s) => c.stop.mutate({ ...base, reason: s.reasons.trim() }),
});

const ApplicantWithdrawal = ReasonsField({ label: 'Lý do rút hồ sơ (nếu có)', required: false });
const CounterWithdrawal = ReasonsField({
  label: 'Căn cứ rút hồ sơ',
  hint: 'Ghi văn bản đề nghị rút hồ sơ của người nộp (số, ngày).',
  required: true,
});

export const withdrawAction = defineAction<ReasonsState>({
  initial,
  Fields: function WithdrawFields(props: ActionFieldsProps<ReasonsState>) {
    return props.audience === 'applicant' ? (
      <ApplicantWithdrawal {...props} />
    ) : (
      <CounterWithdrawal {...props} />
    );
  },
  // an officer recording a withdrawal needs the applicant's written request; the applicant may just withdraw
  validate: (s, _detail, _today, audience) =>
    s.reasons.trim() || audience === 'applicant'
      ? {}
      : { reasons: 'Vui lòng ghi căn cứ rút hồ sơ (văn bản đề nghị của người nộp).' },
  send: (c, base, s) => c.withdraw.mutate({ ...base, reason: optional(s.reasons) }),
});
