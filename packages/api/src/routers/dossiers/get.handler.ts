import { findDossier, findUserById, listDossierEvents, listDossierFiles } from '@skhcn/db';
import {
  componentApplies,
  DomainError,
  effectiveProcessingTime,
  type DossierComponent,
  type Duration,
} from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import {
  allowedActionsFor,
  assertCanRead,
  isApplicantUser,
  oneStopDocumentLinks,
  organisation,
  procedureOf,
  resultDocumentLinks,
  toDossierView,
  toEventItem,
  toFileItem,
  vietnamDay,
  type DossierDocumentLink,
  type DossierEventItem,
  type DossierFileItem,
  type DossierView,
  type EngineAction,
} from '../../one-stop';
import type { GetInput } from './get.schema';

export interface DossierProcedureSummary {
  code: string;
  version: string;
  name: string;
  processingTime: Duration;
  supplementLimit: Duration | null;
  outcome: { document: string; form?: string };
  components: {
    key: string;
    name: string;
    form?: string;
    required: boolean;
    when?: string;
    /**
     * Must this dossier carry it, given its answers (basis, risk class…)? true or false when the system can judge,
     * null when the condition is left to the officer
     */
    requiredHere: boolean | null;
  }[];
  /** The fees of the catalog (to prefill a payment request); `per` when charged per item, e.g. per device */
  fees: { label: string; amount: number; kind: 'phí' | 'lệ phí'; per?: string }[];
  feeNote: string | null;
}

export interface DossierDetail {
  dossier: DossierView;
  /** The applicant as recorded (name, tax code, contact) */
  applicant: Record<string, unknown>;
  procedure: DossierProcedureSummary;
  events: DossierEventItem[];
  /** What this user may do now; send `dossier.version` as expectedVersion */
  allowedActions: EngineAction[];
  files: DossierFileItem[];
  /** The one-stop forms the dossier has (Mẫu 01–06) and the field's results, as this user may see them */
  documents: DossierDocumentLink[];
}

/** Must the dossier carry the component, given its answers (null: a condition only the officer can judge)? */
function requiredHere(c: DossierComponent, answers: Record<string, string>): boolean | null {
  if (!c.required) return false;
  if (c.when !== undefined && !c.appliesWhen) return null;
  return componentApplies(c, answers);
}

export async function getHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: GetInput;
}): Promise<DossierDetail> {
  const row = await findDossier(ctx.db, input.dossierId);
  if (!row) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  assertCanRead(ctx.user, row);
  const now = ctx.now();
  const [events, files, assignee] = await Promise.all([
    listDossierEvents(ctx.db, row.id),
    listDossierFiles(ctx.db, row.id),
    row.assigneeUserId ? findUserById(ctx.db, row.assigneeUserId) : Promise.resolve(undefined),
  ]);
  const procedure = procedureOf(row);
  const audience = isApplicantUser(ctx.user) ? 'applicant' : 'staff';
  const { amount, unit } = effectiveProcessingTime(procedure, organisation().id);
  return {
    dossier: toDossierView({ ...row, assigneeName: assignee?.fullName ?? null }, now),
    applicant: row.applicant,
    procedure: {
      code: procedure.code,
      version: procedure.version,
      name: procedure.name,
      processingTime: { amount, unit },
      supplementLimit: procedure.supplementLimit
        ? { amount: procedure.supplementLimit.amount, unit: procedure.supplementLimit.unit }
        : null,
      outcome: { ...procedure.outcome },
      components: procedure.components.map((c) => ({
        key: c.key,
        name: c.name,
        required: c.required,
        requiredHere: requiredHere(c, row.componentAnswers),
        ...(c.form ? { form: c.form } : {}),
        ...(c.when ? { when: c.when } : {}),
      })),
      fees: procedure.fees.map((f) => ({
        label: f.label,
        amount: f.amount,
        kind: f.kind,
        ...(f.per ? { per: f.per } : {}),
      })),
      feeNote: procedure.feeNote ?? null,
    },
    events: events.map(toEventItem),
    allowedActions: allowedActionsFor(ctx.user, row, events, procedure, vietnamDay(now)),
    files: files.map(toFileItem),
    documents: [
      ...oneStopDocumentLinks(
        row.id,
        events.map((e) => e.action),
        audience,
      ),
      ...((await resultDocumentLinks(ctx, [row], audience)).get(row.id) ?? []),
    ],
  };
}
