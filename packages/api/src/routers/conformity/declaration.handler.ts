import { findDeclaration, findDossier, findNoticeByDossier } from '@skhcn/db';
import {
  conformityRegimeOn,
  DomainError,
  type ConformityRegime,
  type DeclarationStatus,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { AuthedContext } from '../../trpc';
import { assertCanRead } from '../../one-stop';
import { noticeVerificationUrl } from './conformity-procedures';
import type { DeclarationQueryInput } from './conformity-queries.schema';
import { noticeStatusOn } from './registry-view';

export interface NoticeSummary {
  number: string;
  issuedOn: string;
  expiresOn: string;
  status: DeclarationStatus;
  /** The public verification page (absolute when PUBLIC_ORIGIN is set, else a path) */
  verifyUrl: string;
}

export interface DeclarationView {
  dossierId: string;
  code: string;
  procedureCode: string;
  procedureVersion: string;
  regime: { id: ConformityRegime; label: string };
  /** The parsed declaration (the domain's ConformityDeclaration, as JSON) */
  declaration: Record<string, unknown>;
  notice: NoticeSummary | null;
}

/** conformity.declaration: the declaration of a TĐC dossier and its notice, to whoever may read the dossier. */
export async function declarationHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: DeclarationQueryInput;
}): Promise<DeclarationView> {
  const dossier = await findDossier(ctx.db, input.dossierId);
  if (!dossier) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  assertCanRead(ctx.user, dossier);
  const declaration = await findDeclaration(ctx.db, dossier.id);
  if (!declaration) throw new DomainError('NOT_FOUND', 'Hồ sơ này không có dữ liệu bản công bố.');
  const regime = conformityRegimeOn(declaration.receivedOn);
  const notice = await findNoticeByDossier(ctx.db, dossier.id);
  return {
    dossierId: dossier.id,
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    procedureVersion: dossier.procedureVersion,
    regime: { id: regime.regime, label: regime.label },
    declaration: declaration.data,
    notice: notice
      ? {
          number: notice.noticeNumber,
          issuedOn: notice.issuedOn,
          expiresOn: notice.expiresOn,
          status: noticeStatusOn(notice, vietnamToday(ctx.now())),
          verifyUrl: noticeVerificationUrl(notice.noticeNumber, ctx.publicOrigin),
        }
      : null,
  };
}
