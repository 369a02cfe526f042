// The documents of a dossier as links: the one-stop forms its history produced (Mẫu 01–06, from the domain) and
// the results its field issues (a TĐC notice, a licence, a certificate), listed by the field's extension.
import type { Database, DossierRow } from '@skhcn/db';

/** What the result documents of a dossier are found by (a list row has it, not only a whole dossier) */
export type DossierRef = Pick<DossierRow, 'id' | 'status' | 'procedureCode'>;
import { oneStopDocumentsOf, type DossierStatus } from '@skhcn/domain';
import type { Context } from '../context';

export interface DossierDocumentLink {
  /** 'receipt', 'additions-request', … or the field's own kind ('notice', 'licence', …) */
  kind: string;
  label: string;
  /** The one-stop form, e.g. "Mẫu 01"; null for a field's result */
  form: string | null;
  /** GET it (same origin; the session cookie decides who may) */
  url: string;
  /** A result: the document the procedure issues */
  result: boolean;
}

/** The URL of a one-stop form of a dossier (apps/server documents routes). */
export function dossierDocumentUrl(dossierId: string, kind: string): string {
  return `/api/dossiers/${encodeURIComponent(dossierId)}/documents/${kind}.pdf`;
}

/** The one-stop forms of a dossier, from the actions of its history. */
export function oneStopDocumentLinks(
  dossierId: string,
  actions: readonly string[],
  audience: 'staff' | 'applicant',
): DossierDocumentLink[] {
  return oneStopDocumentsOf(
    actions.map((action) => ({ action })),
    audience,
  ).map((d) => ({
    kind: d.kind,
    label: `${d.label} (${d.form})`,
    form: d.form,
    url: dossierDocumentUrl(dossierId, d.kind),
    result: false,
  }));
}

/** A field's result documents for a page of dossiers (one query per field, not per dossier). */
export interface ResultDocuments {
  name: string;
  procedures: readonly string[];
  list: (db: Database, dossiers: readonly DossierRef[]) => Promise<Map<string, DossierDocumentLink[]>>;
}

/**
 * The result documents of each dossier, from the field extensions that claim its procedure. Applicants see a
 * result once it was handed over (status 10, Đã trả kết quả); staff as soon as it is issued.
 */
export async function resultDocumentLinks(
  ctx: Pick<Context, 'db' | 'extensions'>,
  dossiers: readonly DossierRef[],
  audience: 'staff' | 'applicant',
): Promise<Map<string, DossierDocumentLink[]>> {
  const out = new Map<string, DossierDocumentLink[]>(dossiers.map((d) => [d.id, []]));
  const visible = dossiers.filter((d) => audience === 'staff' || (d.status as DossierStatus) === 10);
  for (const provider of ctx.extensions.resultDocuments) {
    const mine = visible.filter((d) => provider.procedures.includes(d.procedureCode));
    if (mine.length === 0) continue;
    const found = await provider.list(ctx.db, mine);
    for (const [id, links] of found) out.get(id)?.push(...links);
  }
  return out;
}
