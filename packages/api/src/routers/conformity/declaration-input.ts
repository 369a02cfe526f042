// Parsing a declaration for a receipt date with the domain's schema, and storing it beside its dossier.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { foldSearchText, insertDeclaration, type DbTransaction, type DeclarationRow } from '@skhcn/db';
import {
  conformityDeclarationSchema,
  conformityRegimeOn,
  declarationKindLabels,
  type ConformityDeclaration,
  type ConformityDeclarationInput,
} from '@skhcn/domain';
import { DECLARATION_KIND_OF, type ConformityProcedureCode } from './conformity-procedures';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The declaration as the client sends it: the domain's input without the receipt date, which the server sets to
 * the day it receives the dossier (Vietnam time); a receivedOn sent anyway is ignored.
 */
export type DeclarationDraft = DistributiveOmit<ConformityDeclarationInput, 'receivedOn'> & {
  receivedOn?: string;
};

/** The shape check at the tRPC boundary; the domain schema validates the content for the receipt date. */
export const declarationDraftSchema = z.custom<DeclarationDraft>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  { message: 'Nội dung bản công bố (tổ chức, sản phẩm, tiêu chuẩn/quy chuẩn, căn cứ công bố) là bắt buộc.' },
);

const vietnameseFallback = z.locales.vi().localeError;

/** The issues of an invalid declaration, in the shape the error formatter lists (path + Vietnamese message). */
class DeclarationIssuesError extends Error {
  constructor(readonly issues: { path: PropertyKey[]; message: string }[]) {
    super(issues[0]?.message ?? 'Bản công bố không hợp lệ.');
    this.name = 'DeclarationIssuesError';
  }
}

/** BAD_REQUEST with field issues under "declaration" (the form maps them to its fields). */
export function badRequest(issues: readonly { path: PropertyKey[]; message: string }[]): TRPCError {
  const cause = new DeclarationIssuesError(
    issues.map((i) => ({ path: ['declaration', ...i.path], message: i.message })),
  );
  return new TRPCError({ code: 'BAD_REQUEST', message: cause.message, cause });
}

/**
 * Validates a draft with the domain's conformity declaration schema for the receipt date `receivedOn`, and checks
 * that its kind fits the procedure. Throws BAD_REQUEST with the Vietnamese issues (paths under "declaration").
 */
export function parseDeclarationFor(
  procedureCode: ConformityProcedureCode,
  draft: DeclarationDraft,
  receivedOn: string,
): ConformityDeclaration {
  const expectedKind = DECLARATION_KIND_OF[procedureCode];
  const sent = draft as Record<string, unknown>;
  const input = { ...sent, kind: sent.kind ?? expectedKind, receivedOn };
  if (input.kind !== expectedKind) {
    throw badRequest([
      {
        path: ['kind'],
        message: `Thủ tục này nhận hồ sơ loại “${declarationKindLabels[expectedKind]}”, không nhận loại hồ sơ đã chọn.`,
      },
    ]);
  }
  const r = conformityDeclarationSchema.safeParse(input, { error: vietnameseFallback });
  if (!r.success) throw badRequest(r.error.issues);
  return r.data;
}

/** The TCVN/QCVN codes a declaration names. */
export function standardCodesOf(d: ConformityDeclaration): string[] {
  if (d.kind === 'standard') return d.standards.map((s) => s.code);
  if (d.kind === 'regulation' || d.kind === 'import_inspection') return d.regulations.map((r) => r.code);
  return [];
}

export function basisOf(d: ConformityDeclaration) {
  return d.kind === 'quantity_mark' ? undefined : d.basis;
}

/** Stores the parsed declaration of a new dossier, in the transaction that created it. */
export async function saveDeclaration(
  tx: DbTransaction,
  dossierId: string,
  d: ConformityDeclaration,
): Promise<DeclarationRow> {
  const standards = standardCodesOf(d);
  const basis = basisOf(d);
  const products = d.products.map((p) => ({ ...p }));
  const searchText = foldSearchText(
    [
      d.organisation.name,
      d.organisation.taxCode,
      ...d.products.flatMap((p) => [p.name, p.model ?? '', p.brand ?? '', p.hsCode ?? '']),
      ...standards,
    ].join(' '),
  );
  return insertDeclaration(tx, {
    dossierId,
    kind: d.kind,
    regime: conformityRegimeOn(d.receivedOn).regime,
    receivedOn: d.receivedOn,
    organisationName: d.organisation.name,
    taxCode: d.organisation.taxCode,
    organisationAddress: d.organisation.address,
    riskClass: d.kind === 'regulation' || d.kind === 'import_inspection' ? (d.riskClass ?? null) : null,
    basisKind: basis?.basis ?? null,
    certificateNumber: basis && basis.basis !== 'self_assessment' ? basis.certificateNumber : null,
    certifier: basis && basis.basis !== 'self_assessment' ? basis.certifier : null,
    certificateExpiresOn: basis && basis.basis !== 'self_assessment' ? basis.expiresOn : null,
    selfAssessmentReportDate: basis?.basis === 'self_assessment' ? basis.reportDate : null,
    standards,
    products,
    data: JSON.parse(JSON.stringify(d)) as Record<string, unknown>,
    searchText,
  });
}
