// The outcome of a result registration (thủ tục 1.004473): approving the dossier issues the Giấy chứng nhận đăng ký
// kết quả in the approval's own transaction — its number from the unit's yearly counter (never reused), the task moved
// to "registered" by a command with its event row. A dossier filed without a task (the generic dossiers.submit)
// gets no certificate.
import {
  findScienceCertificatesByDossiers,
  findScienceTaskByRegistrationDossier,
  insertScienceCertificate,
  nextScienceSequence,
  scienceTaskSearchText,
} from '@skhcn/db';
import { formatCertificateNumber } from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { DossierTransition, EngineExtension } from './registration-engine';
import { certificatePdfPath } from './science-paths';
import { RESULT_REGISTRATION_PROCEDURE } from './science-access';
import { applyTaskCommand } from './task-command';

/** The issuing body's symbol in certificate numbers ("…/ĐKKQ-SKHCN"): organisation data, not law. */
export const CERTIFICATE_ISSUER_SYMBOL = 'SKHCN';

export async function issueScienceCertificate(t: DossierTransition): Promise<string | undefined> {
  const { tx, ctx, dossier, event } = t;
  const task = await findScienceTaskByRegistrationDossier(tx, dossier.id);
  if (!task) {
    ctx.logger.warn(
      { dossierId: dossier.id },
      'approved result registration has no task: no certificate issued',
    );
    return undefined;
  }
  const issuedOn = vietnamToday(event.at);
  const year = Number(issuedOn.slice(0, 4));
  const seq = await nextScienceSequence(tx, task.unitCode, 'certificate', year);
  const number = formatCertificateNumber({ seq, year, unit: CERTIFICATE_ISSUER_SYMBOL });
  await applyTaskCommand(
    tx,
    ctx,
    { taskId: task.id, expectedVersion: task.version },
    'register_result',
    () => ({
      changes: { searchText: scienceTaskSearchText({ ...task, certificateNumber: number }) },
      data: { certificateNumber: number, dossierId: dossier.id, dossierCode: dossier.code },
      after: async (txx) => {
        await insertScienceCertificate(txx, {
          number,
          unitCode: task.unitCode,
          year,
          seq,
          taskId: task.id,
          dossierId: dossier.id,
          issuedOn,
          issuedBy: ctx.user.id,
          createdAt: event.at,
        });
      },
    }),
    { system: true },
  );
  ctx.logger.info({ taskId: task.id, dossierId: dossier.id, number }, 'science certificate issued');
  return number;
}

/**
 * What science adds to the one-stop engine: approving a result registration issues its certificate, which the
 * dossier's documents then list (the shared one-stop screens show it).
 */
export function scienceExtension(): EngineExtension {
  return {
    outcomeIssuers: [
      {
        name: 'science.certificate',
        procedures: [RESULT_REGISTRATION_PROCEDURE],
        issue: async (t) => {
          await issueScienceCertificate(t);
        },
      },
    ],
    resultDocuments: [
      {
        name: 'science.certificate-pdf',
        procedures: [RESULT_REGISTRATION_PROCEDURE],
        list: async (db, dossiers) => {
          const certificates = await findScienceCertificatesByDossiers(
            db,
            dossiers.map((d) => d.id),
          );
          return new Map(
            certificates.map((c) => [
              c.dossierId,
              [
                {
                  kind: 'certificate',
                  label: `Giấy chứng nhận đăng ký kết quả số ${c.number}`,
                  form: null,
                  url: certificatePdfPath(c.number),
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
