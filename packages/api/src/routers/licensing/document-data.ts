// What the server needs to render a licensing document (a public register entry: anyone may download it).
import {
  findDossier,
  findHolder,
  findLicensingDocumentByNumber,
  findLicensingDocument,
  listDossierEvents,
  type Database,
  type HolderRow,
  type LicensingDocumentRow,
} from '@skhcn/db';
import { DomainError, procedureInForce, type ProcedureVersion } from '@skhcn/domain';
import { procedureOf } from '../../one-stop';

export interface LicensingDocumentData {
  document: LicensingDocumentRow;
  holder: HolderRow;
  dossierCode: string;
  unitCode: string;
  procedure: ProcedureVersion;
  /** who signed (the approving leader) */
  signerName: string | null;
  /** the number of the document it replaces */
  replacesNumber: string | null;
}

export async function loadLicensingDocumentData(
  db: Database,
  number: string,
): Promise<LicensingDocumentData> {
  const document = await findLicensingDocumentByNumber(db, number);
  const notFound = new DomainError('NOT_FOUND', `Không tìm thấy văn bản số “${number}” trong sổ đăng ký.`);
  if (!document) throw notFound;
  const [holder, dossier] = await Promise.all([
    findHolder(db, document.holderId),
    findDossier(db, document.dossierId),
  ]);
  if (!holder || !dossier) throw notFound;
  const events = await listDossierEvents(db, dossier.id);
  const approve = events.filter((e) => e.action === 'approve').at(-1);
  const replaces = document.replacesId ? await findLicensingDocument(db, document.replacesId) : undefined;
  return {
    document,
    holder,
    dossierCode: dossier.code,
    unitCode: dossier.unitCode,
    procedure: procedureInForce(dossier.procedureCode, document.issuedOn) ?? procedureOf(dossier),
    signerName: approve?.actorName ?? null,
    replacesNumber: replaces?.number ?? null,
  };
}
