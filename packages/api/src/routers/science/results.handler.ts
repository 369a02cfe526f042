// The results registry (accepted tasks, registered or not) and the public verification of a certificate.
import { listScienceResults } from '@skhcn/db';
import {
  acceptanceGradeLabels,
  scienceFieldLabels,
  type AcceptanceGrade,
  type ScienceField,
} from '@skhcn/domain';
import type { AuthedContext } from '../../trpc';
import type { Context } from '../../context';
import { certificateNotFound, loadCertificateData } from './document-data';
import type { CertificateQueryInput, ResultsQueryInput } from './results.schema';
import { assertScienceReader } from './science-access';
import { certificatePdfPath } from './science-paths';
import { toCertificateView, toTaskSummary, type CertificateView, type TaskSummary } from './task-view';
import { DomainError } from '@skhcn/domain';

export interface ResultsOutput {
  items: (TaskSummary & { acceptedOn: string | null; certificate: CertificateView | null })[];
  total: number;
  page: number;
  pageSize: number;
}

export async function resultsHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: ResultsQueryInput;
}): Promise<ResultsOutput> {
  assertScienceReader(ctx.user);
  const { items, total } = await listScienceResults(
    ctx.db,
    {
      ...(input.q ? { q: input.q } : {}),
      ...(input.field ? { field: input.field } : {}),
      ...(input.registered !== undefined ? { registered: input.registered } : {}),
    },
    { page: input.page, pageSize: input.pageSize },
  );
  return {
    items: items.map(({ task, certificate }) => ({
      ...toTaskSummary(task),
      acceptedOn: task.acceptedOn,
      certificate: certificate ? toCertificateView(certificate) : null,
    })),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export interface CertificateVerification {
  number: string;
  issuedOn: string;
  status: 'valid';
  statusLabel: string;
  pdfUrl: string;
  task: {
    code: string;
    title: string;
    fieldLabel: string;
    hostName: string | null;
    principalInvestigator: string | null;
    acceptedOn: string | null;
    overallGradeLabel: string | null;
  };
  dossierCode: string;
}

/** science.certificate (public): what the QR code of a certificate opens. */
export async function certificateHandler({
  ctx,
  input,
}: {
  ctx: Context;
  input: CertificateQueryInput;
}): Promise<CertificateVerification> {
  let data;
  try {
    data = await loadCertificateData(ctx.db, input.number);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'NOT_FOUND') throw certificateNotFound(input.number.trim());
    throw e;
  }
  const { certificate, task } = data;
  const grade = task.overallGrade as AcceptanceGrade | null;
  return {
    number: certificate.number,
    issuedOn: certificate.issuedOn,
    status: 'valid',
    statusLabel: 'Đã đăng ký kết quả',
    pdfUrl: certificatePdfPath(certificate.number),
    task: {
      code: task.code,
      title: task.title,
      fieldLabel: scienceFieldLabels[task.field as ScienceField] ?? task.field,
      hostName: task.hostName,
      principalInvestigator: task.principalInvestigator,
      acceptedOn: task.acceptedOn,
      overallGradeLabel: grade ? acceptanceGradeLabels[grade] : null,
    },
    dossierCode: data.dossierCode,
  };
}
