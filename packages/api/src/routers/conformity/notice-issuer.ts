// The TĐC outcome: approving a hợp quy / hợp chuẩn dossier issues its receipt notice (Thông báo tiếp nhận hồ sơ
// công bố, Mẫu 3.TBTNHS) in the approval's own transaction: the number from the unit's yearly counter (never reused),
// the validity from the declaration's basis, a registry entry in force, and the publication to the national quality
// database queued in the outbox.
import {
  appendNoticeHistory,
  enqueueOutbox,
  findDeclaration,
  findNoticesByDossiers,
  foldSearchText,
  insertNotice,
  nextNoticeSequence,
  type DbTransaction,
  type DeclarationRow,
  type NoticeRow,
} from '@skhcn/db';
import {
  declarationValidity,
  DomainError,
  formatNoticeNumber,
  formatVietnameseDate,
  type ConformityBasis,
} from '@skhcn/domain';
import { getIntegrations } from '../../integrations/integrations';
import { QUALITY_DB_TARGET } from '../../integrations/outbox';
import type { PublishedDeclaration } from '../../integrations/integration-clients';
import { vietnamToday } from '../../lib/today';
import type { DossierTransition, EngineExtension } from '../../one-stop';
import { NOTICE_PROCEDURES, noticeUnitSymbol } from './conformity-procedures';

export function publishedDeclaration(
  notice: NoticeRow,
  declaration: DeclarationRow,
  dossierCode: string,
  action: PublishedDeclaration['action'] = 'publish',
): PublishedDeclaration {
  return {
    action,
    noticeNumber: notice.noticeNumber,
    procedureCode: notice.procedureCode,
    dossierCode,
    issuedOn: notice.issuedOn,
    expiresOn: notice.expiresOn,
    ...(notice.revokedOn ? { revokedOn: notice.revokedOn } : {}),
    ...(notice.revokedReason ? { reason: notice.revokedReason } : {}),
    organisation: {
      name: declaration.organisationName,
      taxCode: declaration.taxCode,
      address: declaration.organisationAddress,
    },
    products: declaration.products.map((p) => ({
      name: typeof p.name === 'string' ? p.name : '',
      ...(typeof p.model === 'string' ? { model: p.model } : {}),
      ...(typeof p.hsCode === 'string' ? { hsCode: p.hsCode } : {}),
    })),
    standards: declaration.standards,
    basis: {
      kind: declaration.basisKind ?? 'self_assessment',
      ...(declaration.certificateNumber ? { certificateNumber: declaration.certificateNumber } : {}),
      ...(declaration.certifier ? { certifier: declaration.certifier } : {}),
    },
  };
}

/** Issues the notice of an approved dossier; a dossier filed without declaration data (generic submit) gets none. */
export async function issueConformityNotice(t: DossierTransition): Promise<NoticeRow | undefined> {
  const { tx, ctx, dossier, event } = t;
  const declaration = await findDeclaration(tx, dossier.id);
  if (!declaration?.basisKind) {
    ctx.logger.warn(
      { dossierId: dossier.id },
      'approved TĐC dossier has no declaration data: no notice issued',
    );
    return undefined;
  }
  const issuedOn = vietnamToday(event.at);
  const expiresOn = declarationValidity({
    basis: declaration.basisKind as ConformityBasis,
    ...(declaration.certificateExpiresOn ? { certificateExpiry: declaration.certificateExpiresOn } : {}),
    ...(declaration.selfAssessmentReportDate
      ? { selfAssessmentReportDate: declaration.selfAssessmentReportDate }
      : {}),
  });
  if (expiresOn <= issuedOn) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `Căn cứ công bố chỉ còn hiệu lực đến hết ngày ${formatVietnameseDate(expiresOn)}; không thể ban hành thông báo tiếp nhận. Đề nghị từ chối hồ sơ hoặc yêu cầu tổ chức công bố lại.`,
      { expiresOn, reason: 'BASIS_EXPIRED' },
    );
  }
  const year = Number(issuedOn.slice(0, 4));
  const seq = await nextNoticeSequence(tx, dossier.unitCode, year);
  const noticeNumber = formatNoticeNumber({ seq, year, unit: noticeUnitSymbol(dossier.unitCode) });
  const notice = await insertNotice(tx, {
    noticeNumber,
    unitCode: dossier.unitCode,
    year,
    seq,
    dossierId: dossier.id,
    procedureCode: dossier.procedureCode,
    issuedOn,
    expiresOn,
    issuedBy: ctx.user.id,
    searchText: foldSearchText(`${noticeNumber} ${dossier.code} ${declaration.searchText}`),
    createdAt: event.at,
  });
  await appendNoticeHistory(tx, {
    noticeId: notice.id,
    at: event.at,
    status: 'in_force',
    note: `Ban hành Thông báo tiếp nhận số ${noticeNumber}, có hiệu lực đến hết ngày ${formatVietnameseDate(expiresOn)}.`,
    actorUserId: ctx.user.id,
  });
  await queueQualityDbPublication(tx, notice, declaration, dossier.code, 'publish', event.at);
  ctx.logger.info({ dossierId: dossier.id, noticeNumber }, 'conformity notice issued');
  return notice;
}

export async function queueQualityDbPublication(
  tx: DbTransaction,
  notice: NoticeRow,
  declaration: DeclarationRow,
  dossierCode: string,
  action: PublishedDeclaration['action'],
  at: Date,
): Promise<void> {
  // nothing would ever send it without the quality database's address
  if (!getIntegrations().qualityDb.configured) return;
  await enqueueOutbox(tx, {
    target: QUALITY_DB_TARGET,
    dossierId: notice.dossierId,
    payload: { ...publishedDeclaration(notice, declaration, dossierCode, action) },
    at,
  });
}

/** What TĐC adds to the engine: approving a declaration issues its receipt notice. */
export function conformityExtension(): EngineExtension {
  return {
    outcomeIssuers: [
      {
        name: 'conformity.notice',
        procedures: NOTICE_PROCEDURES,
        issue: async (t) => {
          await issueConformityNotice(t);
        },
      },
    ],
    resultDocuments: [
      {
        name: 'conformity.notice-pdf',
        procedures: NOTICE_PROCEDURES,
        list: async (db, dossiers) => {
          const notices = await findNoticesByDossiers(
            db,
            dossiers.map((d) => d.id),
          );
          return new Map(
            notices.map((n) => [
              n.dossierId,
              [
                {
                  kind: 'notice',
                  label: `Thông báo tiếp nhận bản công bố số ${n.noticeNumber}`,
                  form: null,
                  url: `/api/public/notices/${encodeURIComponent(n.noticeNumber)}.pdf`,
                  result: true,
                },
              ],
            ]),
          );
        },
      },
    ],
  };
}
