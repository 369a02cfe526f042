// What the server needs to render a dossier's documents (one-stop forms Mẫu 01–06 and the TĐC notice), read with
// the same access rule as dossiers.get. The rendering itself lives in the server (packages/documents).
import {
  findDeclaration,
  findDossier,
  findNoticeByDossier,
  listDossierEvents,
  listDossierFiles,
  type Database,
  type DeclarationRow,
  type DossierEventView,
  type DossierFileView,
  type DossierRow,
  type NoticeRow,
} from '@skhcn/db';
import { DomainError, type ProcedureVersion } from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { assertCanRead, procedureOf } from '../../one-stop';
import { findRegistryRowByNumber, noticeNotFound } from './registry.handler';

export interface DossierDocumentData {
  dossier: DossierRow;
  procedure: ProcedureVersion;
  events: DossierEventView[];
  files: DossierFileView[];
  declaration: DeclarationRow | null;
  notice: NoticeRow | null;
}

async function load(db: Database, dossier: DossierRow): Promise<DossierDocumentData> {
  const [events, files, declaration, notice] = await Promise.all([
    listDossierEvents(db, dossier.id),
    listDossierFiles(db, dossier.id),
    findDeclaration(db, dossier.id),
    findNoticeByDossier(db, dossier.id),
  ]);
  return {
    dossier,
    procedure: procedureOf(dossier),
    events,
    files,
    declaration: declaration ?? null,
    notice: notice ?? null,
  };
}

/** The dossier's data for its documents; throws NOT_FOUND, or FORBIDDEN unless `user` may read the dossier. */
export async function loadDossierDocumentData(
  db: Database,
  user: SessionUser,
  dossierId: string,
): Promise<DossierDocumentData> {
  const dossier = /^[0-9a-f-]{36}$/i.test(dossierId) ? await findDossier(db, dossierId) : undefined;
  if (!dossier) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  assertCanRead(user, dossier);
  return load(db, dossier);
}

/** A public notice's data (anyone may download a notice: it is in the public registry). */
export async function loadNoticeDocumentData(
  db: Database,
  noticeNumber: string,
): Promise<DossierDocumentData & { notice: NoticeRow; declaration: DeclarationRow }> {
  const row = await findRegistryRowByNumber(db, noticeNumber);
  if (!row) throw noticeNotFound(noticeNumber);
  const dossier = await findDossier(db, row.notice.dossierId);
  if (!dossier) throw noticeNotFound(noticeNumber);
  const data = await load(db, dossier);
  return { ...data, notice: row.notice, declaration: row.declaration };
}
