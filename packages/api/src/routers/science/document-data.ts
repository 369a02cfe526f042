// What the server needs to render the science documents (council minutes, registration certificate), read with the
// same access rules as the router. The rendering itself lives in the server (packages/documents).
import {
  findDossier,
  findUserById,
  findScienceApplication,
  findScienceCertificateByNumber,
  listConflictDeclarations,
  listScienceApplications,
  listScoreSheets,
  type Database,
  type ScienceApplicationRow,
  type ScienceCertificateRow,
  type ScienceCouncilMemberView,
  type ScienceCouncilRow,
  type ScienceTaskRow,
} from '@skhcn/db';
import {
  must,
  DomainError,
  type ApplicationOutcomeDetail,
  type QuorumCheck,
  type ScoringSheet,
} from '@skhcn/domain';
import type { SessionUser } from '../../context';
import { loadCouncil, NOT_A_MEMBER, sheetOf, compositionOf } from './councils.handler';
import { canReadScience } from './science-access';

export interface CouncilMinutesData {
  council: ScienceCouncilRow;
  task: ScienceTaskRow;
  members: ScienceCouncilMemberView[];
  applications: ScienceApplicationRow[];
  sheet: ScoringSheet;
  compositionLabel: string;
  outcome: { rows: ApplicationOutcomeDetail[]; quorum: QuorumCheck; closedOn: string };
  /** submitted sheets' totals by member and application */
  totals: { memberUserId: string; applicationId: string; total: number }[];
  conflicts: { memberUserId: string; applicationId: string; note: string | null }[];
}

/** A closed selection council's minutes data; NOT_FOUND, or FORBIDDEN unless the user is the office or a member. */
export async function loadCouncilMinutesData(
  db: Database,
  user: SessionUser,
  councilId: string,
): Promise<CouncilMinutesData> {
  if (!/^[0-9a-f-]{36}$/i.test(councilId)) throw new DomainError('NOT_FOUND', 'Không tìm thấy hội đồng.');
  const { council, task, members, me } = await loadCouncil(db, councilId, user.id);
  if (!canReadScience(user) && !me) throw new DomainError('FORBIDDEN', NOT_A_MEMBER);
  if (council.kind !== 'selection' || council.status !== 'closed')
    throw new DomainError('NOT_FOUND', 'Biên bản chỉ có khi hội đồng tuyển chọn đã kết thúc đánh giá.');
  const [applications, sheets, declarations] = await Promise.all([
    listScienceApplications(db, task.id),
    listScoreSheets(db, council.id),
    listConflictDeclarations(db, council.id),
  ]);
  const sheet = must(sheetOf(council), 'sheetOf(council)');
  return {
    council,
    task,
    members,
    applications,
    sheet,
    compositionLabel: compositionOf(council).label,
    outcome: council.outcome as unknown as CouncilMinutesData['outcome'],
    totals: sheets
      .filter((s) => s.status === 'submitted')
      .map((s) => ({
        memberUserId: s.memberUserId,
        applicationId: s.applicationId,
        total: sheet.criteria.reduce((t, c) => t + (s.scores[c.id] ?? 0), 0),
      })),
    conflicts: declarations
      .filter((d) => d.conflicted)
      .map((d) => ({ memberUserId: d.memberUserId, applicationId: d.applicationId, note: d.note })),
  };
}

export interface CertificateData {
  certificate: ScienceCertificateRow;
  task: ScienceTaskRow;
  hostTaxCode: string | null;
  dossierCode: string;
  /** the leader who approved the registration (the certificate's signer) */
  signerName: string | null;
}

export function certificateNotFound(number: string): DomainError {
  return new DomainError('NOT_FOUND', `Không tìm thấy giấy chứng nhận đăng ký kết quả số ${number}.`, {
    number,
  });
}

/** A registration certificate's data (public: anyone may verify a certificate by its number). */
export async function loadCertificateData(db: Database, number: string): Promise<CertificateData> {
  const key = number.normalize('NFC').trim();
  const found = await findScienceCertificateByNumber(db, key);
  if (!found) throw certificateNotFound(key);
  const [application, dossier, signer] = await Promise.all([
    found.task.hostApplicationId
      ? findScienceApplication(db, found.task.hostApplicationId)
      : Promise.resolve(undefined),
    findDossier(db, found.certificate.dossierId),
    found.certificate.issuedBy ? findUserById(db, found.certificate.issuedBy) : Promise.resolve(undefined),
  ]);
  return {
    certificate: found.certificate,
    task: found.task,
    hostTaxCode: application?.taxCode ?? null,
    dossierCode: dossier?.code ?? '',
    signerName: signer?.fullName ?? null,
  };
}
