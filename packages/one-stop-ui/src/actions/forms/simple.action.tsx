// Steps that ask little: receive (Mẫu 01), assign, submit for signature, approve, return the result.
import { useQuery } from '@tanstack/react-query';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { SelectField } from '@skhcn/ui';
import { defineAction, optional, type ActionFieldsProps } from '../action-form';
import { NoteField } from '../note-field.component';

interface NoteState {
  note: string;
}

function NoteOnly({ state, set }: ActionFieldsProps<NoteState>) {
  return <NoteField value={state.note} onChange={(note) => set({ note })} />;
}

export const receiveAction = defineAction<NoteState>({
  initial: () => ({ note: '' }),
  Fields: NoteOnly,
  validate: () => ({}),
  send: (c, base, s) => c.receive.mutate({ mode: 'accept', ...base, note: optional(s.note) }),
});

export const approveAction = defineAction<NoteState>({
  initial: () => ({ note: '' }),
  Fields: NoteOnly,
  validate: () => ({}),
  send: (c, base, s) => c.approve.mutate({ ...base, note: optional(s.note) }),
});

interface AssignState {
  assignee: string;
  note: string;
}

function AssignFields({ state, set, errors, detail }: ActionFieldsProps<AssignState>) {
  const trpc = useTRPC();
  const officers = useQuery(trpc.org.users.queryOptions({ unitCode: detail.dossier.unitCode }));
  return (
    <>
      <SelectField
        id="action-assignee"
        label="Cán bộ thụ lý"
        required
        placeholder={officers.isPending ? 'Đang tải danh sách cán bộ…' : 'Chọn cán bộ'}
        options={(officers.data ?? []).map((u) => ({ value: u.id, label: `${u.fullName} (${u.roleLabel})` }))}
        value={state.assignee}
        onChange={(e) => set({ assignee: e.target.value })}
        error={errors.assignee ?? (officers.isError ? getErrorMessage(officers.error) : undefined)}
      />
      <NoteField value={state.note} onChange={(note) => set({ note })} />
    </>
  );
}

export const assignAction = defineAction<AssignState>({
  initial: () => ({ assignee: '', note: '' }),
  Fields: AssignFields,
  validate: (s) => (s.assignee ? {} : { assignee: 'Vui lòng chọn cán bộ thụ lý.' }),
  send: (c, base, s) => c.assign.mutate({ ...base, assigneeUserId: s.assignee, note: optional(s.note) }),
});

interface ProposalState {
  proposal: 'approve' | 'reject';
  note: string;
}

export const submitForSignatureAction = defineAction<ProposalState>({
  initial: () => ({ proposal: 'approve', note: '' }),
  Fields: function ProposalFields({ state, set }: ActionFieldsProps<ProposalState>) {
    return (
      <>
        <SelectField
          id="action-proposal"
          label="Đề xuất"
          options={[
            { value: 'approve', label: 'Đề xuất tiếp nhận, ban hành kết quả' },
            { value: 'reject', label: 'Đề xuất từ chối giải quyết' },
          ]}
          value={state.proposal}
          onChange={(e) => set({ proposal: e.target.value === 'reject' ? 'reject' : 'approve' })}
        />
        <NoteField value={state.note} onChange={(note) => set({ note })} />
      </>
    );
  },
  validate: () => ({}),
  send: (c, base, s) =>
    c.submitForSignature.mutate({ ...base, proposal: s.proposal, note: optional(s.note) }),
});

const RETURN_METHODS = {
  counter: 'Trực tiếp tại Bộ phận một cửa',
  post: 'Qua dịch vụ bưu chính',
  online: 'Trực tuyến',
} as const;
type ReturnMethod = keyof typeof RETURN_METHODS;

interface ReturnState {
  method: ReturnMethod;
  note: string;
}

export const returnResultAction = defineAction<ReturnState>({
  initial: (detail) => ({ method: detail.dossier.channel === 'online' ? 'online' : 'counter', note: '' }),
  Fields: function ReturnFields({ state, set }: ActionFieldsProps<ReturnState>) {
    return (
      <>
        <SelectField
          id="action-method"
          label="Hình thức trả kết quả"
          options={Object.entries(RETURN_METHODS).map(([value, label]) => ({ value, label }))}
          value={state.method}
          onChange={(e) => set({ method: e.target.value as ReturnMethod })}
        />
        <NoteField value={state.note} onChange={(note) => set({ note })} />
      </>
    );
  },
  validate: () => ({}),
  send: (c, base, s) => c.returnResult.mutate({ ...base, method: s.method, note: optional(s.note) }),
});
