import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { TRPCClientError } from '@trpc/client';
import { getErrorMessage, useTRPC } from '@skhcn/api-client';
import { CONFORMITY_PROCEDURE_CODES, conformityRegimeOn } from '@skhcn/domain';
import { useField, useSession, useToday } from '@skhcn/one-stop-ui';
import { Alert, Button, ErrorSummary, PageHeader, formatDate } from '@skhcn/ui';
import type { ConformitySubmitOutput, DeclarationDraftInput, TdcProcedureCode } from '../api-types';
import { BasisSection } from './basis-section';
import { ComponentsSection } from './components-section';
import { CounterSection, emptyContact, type CounterContact } from './counter-section';
import {
  draftIssues,
  emptyDraft,
  fieldIdOf,
  kindOfProcedure,
  messagesByField,
  toDeclarationInput,
  type DeclarationDraft,
  type FieldIssue,
} from './declaration-draft';
import { IntakeResult } from './intake-result';
import { OrganisationSection } from './organisation-section';
import { ProcedureSection } from './procedure-section';
import { ProductsSection } from './products-section';
import { ReferencesSection } from './references-section';

export interface IntakePageProps {
  /** counter: an officer receives a paper dossier; online: an applicant submits */
  mode: 'counter' | 'online';
}

/** Field issues the server sent with a BAD_INPUT error (data.issues), mapped to the form's fields. */
function serverIssues(error: unknown): FieldIssue[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { issues?: { path: string; message: string }[] } | null | undefined;
  return (data?.issues ?? []).map((i) => ({ fieldId: fieldIdOf(i.path), message: i.message }));
}

const isTdcCode = (code: string | null): code is TdcProcedureCode =>
  code !== null && (CONFORMITY_PROCEDURE_CODES as readonly string[]).includes(code);

/** A TĐC declaration filed at the counter or online, checked by the domain's rules for today, section by section. */
export function IntakePage({ mode }: IntakePageProps) {
  const field = useField();
  const { data: user } = useSession();
  const today = useToday();
  const [params] = useSearchParams();
  const chosen = params.get('thu-tuc');
  const own = user?.applicant;
  const newDraft = (): DeclarationDraft => ({
    ...emptyDraft(own ? { name: own.organisationName, taxCode: own.taxCode } : undefined),
    ...(isTdcCode(chosen) ? { procedureCode: chosen } : {}),
  });
  const [draft, setDraft] = useState<DeclarationDraft>(newDraft);
  const [contact, setContact] = useState<CounterContact>(emptyContact);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [result, setResult] = useState<ConformitySubmitOutput | null>(null);
  const trpc = useTRPC();
  const receive = useMutation(trpc.conformity.receive.mutationOptions());
  const submit = useMutation(trpc.conformity.submit.mutationOptions());
  const mutation = mode === 'counter' ? receive : submit;

  const title = mode === 'counter' ? 'Tiếp nhận hồ sơ tại quầy' : 'Nộp hồ sơ trực tuyến';
  useEffect(() => {
    document.title = `${title} – ${field.title}`;
  }, [title, field.title]);

  const set = (changes: Partial<DeclarationDraft>) => setDraft((d) => ({ ...d, ...changes }));
  const errors = messagesByField(issues);
  const kind = draft.procedureCode ? kindOfProcedure[draft.procedureCode] : undefined;
  const section = { draft, set, errors, kind, today };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = draftIssues(draft, today);
    setIssues(found);
    if (found.length > 0 || !draft.procedureCode) return;
    const components = Object.entries(draft.components)
      .filter(([, files]) => files.length > 0)
      .map(([componentKey, files]) => ({ componentKey, fileIds: files.map((f) => f.id) }));
    const base = {
      procedureCode: draft.procedureCode,
      declaration: toDeclarationInput(draft, today) as DeclarationDraftInput,
      components,
    };
    const onError = (err: unknown) => setIssues(serverIssues(err));
    if (mode === 'counter') {
      receive.mutate(
        {
          ...base,
          channel: contact.channel,
          applicant: {
            representative: contact.representative.trim() || undefined,
            phone: contact.phone.trim() || undefined,
            email: contact.email.trim() || undefined,
          },
          note: contact.note.trim() || undefined,
        },
        { onSuccess: setResult, onError },
      );
    } else {
      submit.mutate(base, { onSuccess: setResult, onError });
    }
  };

  if (result) {
    return (
      <IntakeResult
        title={title}
        mode={mode}
        result={result}
        onAnother={() => {
          setResult(null);
          setIssues([]);
          setDraft(newDraft());
          setContact(emptyContact());
        }}
      />
    );
  }

  return (
    <>
      <PageHeader
        title={title}
        description={`Hồ sơ được kiểm tra theo quy định áp dụng ngày ${formatDate(today)}: ${conformityRegimeOn(today).label}.`}
      />
      <ErrorSummary items={issues} />
      {mutation.isError && serverIssues(mutation.error).length === 0 ? (
        <Alert tone="error" title="Chưa gửi được hồ sơ">
          {getErrorMessage(mutation.error)}
        </Alert>
      ) : null}
      <form onSubmit={onSubmit} noValidate aria-describedby="intake-required-note">
        <p id="intake-required-note" className="os-muted">
          Các mục có dấu * là bắt buộc.
        </p>
        <ProcedureSection {...section} />
        <OrganisationSection {...section} ownTaxCode={mode === 'online' ? own?.taxCode : undefined} />
        <ProductsSection {...section} />
        {kind && kind !== 'quantity_mark' ? <ReferencesSection {...section} /> : null}
        {kind && kind !== 'quantity_mark' ? <BasisSection {...section} /> : null}
        <ComponentsSection {...section} />
        {mode === 'counter' ? (
          <CounterSection contact={contact} setContact={(c) => setContact((x) => ({ ...x, ...c }))} />
        ) : null}
        <Button type="submit" loading={mutation.isPending}>
          {mode === 'counter' ? 'Tiếp nhận hồ sơ' : 'Nộp hồ sơ'}
        </Button>
      </form>
    </>
  );
}
