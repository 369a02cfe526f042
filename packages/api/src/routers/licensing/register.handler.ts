// The register of licensing documents: staff lists per field, the public verification by number (or QR), and
// revocation by decision with its reasons (a command: rights, state, one transaction, a history row).
import {
  appendLicensingHistory,
  findHolder,
  findLicensingDocument,
  findLicensingDocumentByNumber,
  listLicensingDocuments,
  listLicensingHistory,
  revokeLicensingDocument,
  type DbExecutor,
  type LicensingDocumentRow,
} from '@skhcn/db';
import {
  DomainError,
  EXPIRING_WITHIN_DAYS,
  formatVietnameseDate,
  licensingDocumentKinds,
  must,
  registerStatusLabels,
  registerStatusOn,
  type LicenceField,
  type LicensingDocumentKind,
  type RegisterStatus,
} from '@skhcn/domain';
import type { Context } from '../../context';
import { vietnamToday } from '../../lib/today';
import { isApplicantUser } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { assertFieldStaff, licensingPdfPath, licensingVerificationUrl } from './licensing-procedures';
import type { z } from 'zod';
import type { numberSchema, registerQuerySchema, revokeSchema } from './licensing.schema';

export interface RegisterItem {
  number: string;
  kind: LicensingDocumentKind;
  kindLabel: string;
  field: LicenceField;
  holderName: string;
  issuedOn: string;
  validFrom: string;
  expiresOn: string | null;
  status: RegisterStatus;
  statusLabel: string;
  pdfUrl: string;
}

export interface RegisterEntry extends RegisterItem {
  holder: { name: string; taxCode: string; address: string };
  scope: Record<string, unknown>;
  verifyUrl: string;
  revoked: { on: string; reason: string | null } | null;
  history: { at: string; status: string; note: string | null }[];
}

export function registerItemOf(d: LicensingDocumentRow, holderName: string, today: string): RegisterItem {
  const status = registerStatusOn(d, today);
  return {
    number: d.number,
    kind: d.kind as LicensingDocumentKind,
    kindLabel: licensingDocumentKinds[d.kind as LicensingDocumentKind].label,
    field: d.field as LicenceField,
    holderName,
    issuedOn: d.issuedOn,
    validFrom: d.validFrom,
    expiresOn: d.expiresOn,
    status,
    statusLabel: registerStatusLabels[status],
    pdfUrl: licensingPdfPath(d.number),
  };
}

export async function registerEntryOf(
  db: DbExecutor,
  doc: LicensingDocumentRow,
  today: string,
  origin: string | undefined,
): Promise<RegisterEntry> {
  const holder = must(await findHolder(db, doc.holderId), 'holder');
  const history = await listLicensingHistory(db, doc.id);
  return {
    ...registerItemOf(doc, holder.name, today),
    holder: { name: holder.name, taxCode: holder.taxCode, address: holder.address },
    scope: doc.scope,
    verifyUrl: licensingVerificationUrl(doc.number, origin),
    revoked: doc.revokedOn ? { on: doc.revokedOn, reason: doc.revokedReason } : null,
    history: history.map((h) => ({ at: h.at.toISOString(), status: h.status, note: h.note })),
  };
}

function notFound(number: string): DomainError {
  return new DomainError('NOT_FOUND', `Không tìm thấy văn bản số “${number}” trong sổ đăng ký.`, { number });
}

/** licensing.register.list: the field's register, for its staff (applicants: their own documents). */
export async function registerListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof registerQuerySchema>;
}): Promise<{ items: RegisterItem[]; total: number; page: number; pageSize: number }> {
  const applicant = isApplicantUser(ctx.user);
  if (!applicant) assertFieldStaff(ctx.user, input.field);
  const today = vietnamToday(ctx.now());
  const { rows, total } = await listLicensingDocuments(ctx.db, {
    field: input.field,
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.q ? { q: input.q } : {}),
    ...(applicant ? { applicantUserId: ctx.user.id } : {}),
    ...(input.status ? { status: { is: input.status, today, expiringDays: EXPIRING_WITHIN_DAYS } } : {}),
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    items: rows.map((r) => registerItemOf(r, r.holderName, today)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** licensing.verify: anyone checks a licence, confirmation or certificate by its number (the QR opens this). */
export async function verifyHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: z.infer<typeof numberSchema>;
}): Promise<RegisterEntry> {
  const doc = await findLicensingDocumentByNumber(ctx.db, input.number);
  if (!doc) throw notFound(input.number);
  return registerEntryOf(ctx.db, doc, vietnamToday(ctx.now()), ctx.publicOrigin);
}

/**
 * licensing.revoke: a licence (or confirmation) is revoked by decision from today, with the reasons; it stays in the
 * register, shown as revoked. Those who may assign dossiers in the field's unit (unit head, leader) may revoke.
 */
export async function revokeHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof revokeSchema>;
}): Promise<RegisterEntry> {
  const now = ctx.now();
  const today = vietnamToday(now);
  const id = await ctx.db.transaction(async (tx) => {
    const doc = await findLicensingDocumentByNumber(tx, input.number);
    if (!doc) throw notFound(input.number);
    if (isApplicantUser(ctx.user))
      throw new DomainError('FORBIDDEN', 'Chỉ lãnh đạo đơn vị hoặc lãnh đạo Sở được thu hồi.');
    assertFieldStaff(ctx.user, doc.field as LicenceField, 'dossier.assign');
    const status = registerStatusOn(doc, today);
    if (status === 'revoked')
      throw new DomainError('INVALID_TRANSITION', `Văn bản số ${doc.number} đã bị thu hồi trước đó.`);
    if (status === 'replaced' || status === 'expired') {
      throw new DomainError(
        'INVALID_TRANSITION',
        `Văn bản số ${doc.number} ${status === 'replaced' ? 'đã được thay thế' : 'đã hết hạn'}; không cần thu hồi.`,
      );
    }
    const reason = `Quyết định số ${input.decision}: ${input.reason}`;
    const revoked = await revokeLicensingDocument(tx, doc.id, today, reason, ctx.user.id);
    if (!revoked) throw new DomainError('CONFLICT');
    await appendLicensingHistory(tx, {
      documentId: doc.id,
      at: now,
      status: 'revoked',
      note: `Thu hồi từ ngày ${formatVietnameseDate(today)} theo ${reason}`,
      actorUserId: ctx.user.id,
    });
    ctx.logger.info({ number: doc.number, userId: ctx.user.id }, 'licensing document revoked');
    return doc.id;
  });
  return registerEntryOf(
    ctx.db,
    must(await findLicensingDocument(ctx.db, id), 'document'),
    today,
    ctx.publicOrigin,
  );
}
