import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { getAppCode, getErrorMessage, useTRPCClient } from '@skhcn/api-client';
import { Alert, Button, Dialog } from '@skhcn/ui';
import type { DossierDetail, EngineAction } from '../api-types';
import { commandLabel, DANGEROUS_ACTIONS } from '../format/dossier-format';
import { useToday } from '../today';
import type { FieldErrors } from './action-form';
import { ACTION_FORMS } from './action-forms.data';

export const CONFLICT_MESSAGE = 'Hồ sơ đã được người khác cập nhật — tải lại';

export interface ActionDialogProps {
  action: EngineAction;
  detail: DossierDetail;
  /** Applicants read the applicant's wording ("Nộp bổ sung") */
  audience?: 'staff' | 'applicant';
  onClose: () => void;
  /** After success, with a sentence saying what was saved */
  onDone: (message: string) => void;
  /** Reload the dossier (after a CONFLICT) */
  onReload: () => void;
}

interface CommandOutput {
  dossier: { code: string; statusLabel: string };
  event: { actionLabel: string };
}

/** One step of the one-stop engine in a dialog: the step's own fields (from the table), checked, then sent. */
export function ActionDialog({
  action,
  detail,
  audience = 'staff',
  onClose,
  onDone,
  onReload,
}: ActionDialogProps) {
  const form = ACTION_FORMS[action];
  const client = useTRPCClient();
  const today = useToday();
  const [state, setState] = useState<unknown>(() => form.initial(detail, today));
  const [errors, setErrors] = useState<FieldErrors>({});
  const { dossier } = detail;
  const label = commandLabel(action, audience);

  const mutation = useMutation({
    mutationFn: () =>
      form.send(
        client.dossiers,
        { dossierId: dossier.id, expectedVersion: dossier.version },
        state,
      ) as Promise<CommandOutput>,
    onSuccess: (out) =>
      onDone(
        `Đã lưu: ${out.event.actionLabel}. Hồ sơ ${out.dossier.code} chuyển sang trạng thái “${out.dossier.statusLabel}”.`,
      ),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = form.validate(state, detail, today, audience);
    setErrors(found);
    const wrong = Object.entries(found).filter(([, message]) => message);
    if (wrong.length > 0) {
      // focus the first field with a problem, in the order they are on screen
      const fields = wrong
        .map(([key]) => document.getElementById(`action-${key}`))
        .filter((el): el is HTMLElement => el !== null)
        .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
      fields[0]?.focus();
      return;
    }
    mutation.mutate();
  };

  const conflict = mutation.isError && getAppCode(mutation.error) === 'CONFLICT';
  const formId = `action-form-${action}`;
  const Fields = form.Fields;
  return (
    <Dialog
      title={`${label} – hồ sơ ${dossier.code}`}
      onClose={onClose}
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>
            Hủy
          </Button>
          <Button
            type="submit"
            form={formId}
            variant={DANGEROUS_ACTIONS.has(action) ? 'danger' : 'primary'}
            loading={mutation.isPending}
            disabled={conflict}
          >
            {label}
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
        <Fields
          state={state}
          set={(patch) => setState((s: unknown) => ({ ...(s as object), ...(patch as object) }))}
          errors={errors}
          detail={detail}
          today={today}
          audience={audience}
        />
      </form>
    </Dialog>
  );
}
