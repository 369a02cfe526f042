// From the science module's data to the inputs of the PDF renderers: the council minutes (biên bản hội đồng tuyển
// chọn) and the result registration certificate. Pure functions: no database, no HTTP.
import { certificateVerificationPath, type CertificateData, type CouncilMinutesData } from '@skhcn/api';
import type { CouncilMinutesInput, ResultCertificateInput } from '@skhcn/documents';
import {
  must,
  acceptanceGradeLabels,
  councilRoleLabels,
  scienceFieldLabels,
  type AcceptanceGrade,
  type CouncilRole,
  type ScienceField,
} from '@skhcn/domain';
import { placeOf, type DocumentContext } from './document-inputs';

const number = (n: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(n);

/** "1/3" for a share written as a fraction of small whole numbers, else the decimal. */
export function shareText(share: number): string {
  for (let den = 1; den <= 12; den++) {
    const num = Math.round(share * den);
    if (Math.abs(num / den - share) < 1e-9) return den === 1 ? String(num) : `${num}/${den}`;
  }
  return number(share);
}

const department = (ctx: DocumentContext) => ({
  parentBodies: [`UBND ${ctx.org.provinceName.toUpperCase()}`],
  name: ctx.org.departmentName,
});

export function councilMinutesInput(data: CouncilMinutesData, ctx: DocumentContext): CouncilMinutesInput {
  const { council, task, members, applications, sheet, outcome } = data;
  const conflicted = new Set(data.conflicts.map((c) => `${c.memberUserId}/${c.applicationId}`));
  const present = outcome.quorum.present;
  const ranked = outcome.rows.filter((r) => r.rank === 1);
  const nameOf = (id: string) => applications.find((a) => a.id === id)?.organisationName ?? '';
  const firstNames = ranked.map((r) => nameOf(r.applicationId));
  const conclusion =
    ranked.length === 0
      ? 'Không hồ sơ nào đạt yêu cầu; hội đồng đề nghị không chọn tổ chức chủ trì trong đợt này.'
      : ranked.length === 1
        ? `Hội đồng đề nghị giao ${firstNames[0]} chủ trì thực hiện nhiệm vụ (điểm trung bình ${number(must(ranked[0], 'ranked[0]').average)}, xếp thứ nhất).`
        : `Các hồ sơ của ${firstNames.join(', ')} cùng xếp thứ nhất (điểm trung bình ${number(must(ranked[0], 'ranked[0]').average)}); Sở Khoa học và Công nghệ xem xét, quyết định và nêu rõ lý do lựa chọn.`;
  const chair = members.find((m) => m.role === 'chair') ?? members.find((m) => m.role === 'vice_chair');
  const secretary = members.find((m) => m.role === 'secretary');
  const display = (m: (typeof members)[number]) =>
    m.academicTitle ? `${m.academicTitle} ${m.fullName}` : m.fullName;
  return {
    issuer: department(ctx),
    number: `${task.code}/BB-HĐTC`,
    place: placeOf(ctx.org),
    issuedOn: outcome.closedOn,
    verificationUrl: `${ctx.origin}/khcn/hoi-dong/${encodeURIComponent(council.id)}`,
    taskCode: task.code,
    taskTitle: task.title,
    councilName: council.name,
    meetingOn: council.meetingOn ?? outcome.closedOn,
    compositionLabel: data.compositionLabel,
    members: members.map((m) => ({
      fullName: display(m),
      role: councilRoleLabels[m.role as CouncilRole],
      organisation: m.organisation,
    })),
    present,
    criteria: sheet.criteria.map((c) => ({ label: c.label, max: c.max })),
    passAverage: sheet.passAverage,
    maxZeroShare: shareText(sheet.maxZeroShare),
    applications: [
      ...outcome.rows.map((r) => ({
        row: r,
        app: applications.find((a) => a.id === r.applicationId),
      })),
      ...applications
        .filter((a) => !outcome.rows.some((r) => r.applicationId === a.id))
        .map((a) => ({ row: undefined, app: a })),
    ].map(({ row, app }) => ({
      organisationName: app?.organisationName ?? '',
      principalInvestigator: app?.principalInvestigator ?? '',
      totals: members.map((m) => {
        if (conflicted.has(`${m.userId}/${app?.id}`)) return 'Xung đột';
        const t = data.totals.find((x) => x.memberUserId === m.userId && x.applicationId === app?.id);
        return t ? number(t.total) : '—';
      }),
      average: row ? row.average : null,
      passed: row?.passed ?? false,
      rank: row?.rank ?? null,
    })),
    conflicts: data.conflicts.map((c) => {
      const m = members.find((x) => x.userId === c.memberUserId);
      return {
        memberName: m ? display(m) : '',
        organisationName: nameOf(c.applicationId),
        ...(c.note ? { note: c.note } : {}),
      };
    }),
    conclusion,
    chair: { fullName: chair?.fullName ?? '' },
    secretary: { fullName: secretary?.fullName ?? '' },
  };
}

export function resultCertificateInput(data: CertificateData, ctx: DocumentContext): ResultCertificateInput {
  const { certificate, task } = data;
  const grade = task.overallGrade as AcceptanceGrade | null;
  const contract = task.contract as { number?: string } | null;
  return {
    issuer: department(ctx),
    number: certificate.number,
    place: placeOf(ctx.org),
    issuedOn: certificate.issuedOn,
    verificationUrl: `${ctx.origin}${certificateVerificationPath(certificate.number)}`,
    taskCode: task.code,
    taskTitle: task.title,
    field: scienceFieldLabels[task.field as ScienceField] ?? task.field,
    host: {
      name: task.hostName ?? task.proposerName,
      ...(data.hostTaxCode ? { taxCode: data.hostTaxCode } : {}),
    },
    principalInvestigator: task.principalInvestigator ?? '—',
    ...(contract?.number ? { contractNumber: contract.number } : {}),
    acceptedOn: task.acceptedOn ?? certificate.issuedOn,
    grade: grade ? acceptanceGradeLabels[grade] : '—',
    dossierCode: data.dossierCode,
    signer: { authority: 'KT. GIÁM ĐỐC', title: 'PHÓ GIÁM ĐỐC', fullName: data.signerName ?? 'Lãnh đạo Sở' },
    recipients: [task.hostName ?? task.proposerName, 'Lưu: VT, QLKH'],
  };
}
