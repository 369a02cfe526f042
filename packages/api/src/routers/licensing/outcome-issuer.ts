// The licensing outcome: when the leader signs a licensing dossier, its document is issued in the approval's own
// transaction — the number from the unit's yearly counter per kind (never reused), the term from the domain's rules
// (a new term, a renewal running on from the old expiry, an amendment or a re-issue after loss keeping the term), the
// register entry, the replaced document marked — and a declaration updates the facility's equipment inventory.
import {
  appendLicensingHistory,
  findDeviceBySerial,
  findHolder,
  findLicensingDocument,
  findLicensingDocumentsByDossiers,
  findLicensingDossier,
  foldSearchText,
  insertDevice,
  insertLicensingDocument,
  markDocumentReplaced,
  nextLicensingSequence,
  updateDevice,
  type LicensingDocumentRow,
} from '@skhcn/db';
import {
  DomainError,
  formatLicensingNumber,
  formatVietnameseDate,
  licenceTerm,
  LICENSING_OUTCOMES,
  LICENSING_PROCEDURE_CODES,
  licensingDocumentKinds,
  must,
  type DeviceStatus,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import type { DossierTransition, EngineExtension } from '../../one-stop';
import { licensingPdfPath } from './licensing-procedures';
import { postalConditionsGuard } from './postal-conditions.handler';
import type { DeviceInput } from './licensing.schema';

const STATUS_AFTER: Record<string, DeviceStatus> = {
  acquired: 'in_use',
  moved_in: 'in_use',
  moved_out: 'moved',
  disposed: 'disposed',
};

async function updateInventory(
  t: DossierTransition,
  holderId: string,
  data: Record<string, unknown>,
): Promise<void> {
  const { tx, event, dossier } = t;
  const devices = (data.devices ?? []) as DeviceInput[];
  const status = must(STATUS_AFTER[String(data.event)], 'declaration event');
  for (const d of devices) {
    const fields = {
      type: d.type,
      model: d.model,
      tube: d.tube ?? null,
      yearMade: d.yearMade ?? null,
      location: d.location ?? null,
      lastInspectionOn: d.lastInspectionOn ?? null,
      inspectionCertificate: d.inspectionCertificate ?? null,
      status,
      declaredInDossierId: dossier.id,
    };
    const existing = await findDeviceBySerial(tx, holderId, d.manufacturer, d.serial);
    if (existing) await updateDevice(tx, existing.id, fields, event.at);
    else
      await insertDevice(tx, {
        ...fields,
        holderId,
        manufacturer: d.manufacturer,
        serial: d.serial,
        createdAt: event.at,
        updatedAt: event.at,
      });
  }
}

/** Issues the document of an approved licensing dossier. */
export async function issueLicensingDocument(
  t: DossierTransition,
): Promise<LicensingDocumentRow | undefined> {
  const { tx, ctx, dossier, event } = t;
  const outcome = LICENSING_OUTCOMES[dossier.procedureCode];
  const record = await findLicensingDossier(tx, dossier.id);
  if (!outcome || !record) {
    ctx.logger.warn(
      { dossierId: dossier.id },
      'approved licensing dossier has no licensing data: nothing issued',
    );
    return undefined;
  }
  const holder = must(await findHolder(tx, record.holderId), 'holder');
  const data = record.data;
  const kindInfo = licensingDocumentKinds[outcome.kind];
  const issuedOn = vietnamToday(event.at);
  const previous = record.previousDocumentId
    ? await findLicensingDocument(tx, record.previousDocumentId)
    : undefined;
  if (outcome.replaces && (!previous || previous.replacedOn || previous.revokedOn)) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `${kindInfo.label} cần thay thế không còn hiệu lực (đã được thay thế hoặc thu hồi); không thể ban hành.`,
    );
  }

  let validFrom = issuedOn;
  let expiresOn: string | null = null;
  if (outcome.kind === 'radiation_licence' || outcome.kind === 'postal_licence') {
    const term = licenceTerm({
      field: kindInfo.field,
      event: outcome.event,
      issuedOn,
      ...(previous
        ? { previous: { validFrom: previous.validFrom, expiresOn: must(previous.expiresOn, 'expiry') } }
        : {}),
      ...(typeof data.requestedYears === 'number' ? { requestedYears: data.requestedYears } : {}),
    });
    validFrom = term.validFrom;
    expiresOn = term.expiresOn;
  } else if (previous) {
    validFrom = previous.validFrom;
  }

  if (dossier.procedureCode === 'buc-xa.khai-bao') await updateInventory(t, holder.id, data);

  // what the document covers: devices, services and scope, the person certified; an amendment or re-issue that
  // names none keeps the previous ones
  const scope: Record<string, unknown> = { ...(previous?.scope ?? {}) };
  for (const key of ['devices', 'services', 'scope', 'person', 'event', 'eventDate'] as const) {
    if (data[key] !== undefined) scope[key] = data[key];
  }

  const year = Number(issuedOn.slice(0, 4));
  const seq = await nextLicensingSequence(tx, dossier.unitCode, outcome.kind, year);
  const number = formatLicensingNumber({ seq, year, kind: outcome.kind, unit: dossier.unitCode });
  const doc = await insertLicensingDocument(tx, {
    number,
    kind: outcome.kind,
    field: kindInfo.field,
    holderId: holder.id,
    dossierId: dossier.id,
    procedureCode: dossier.procedureCode,
    unitCode: dossier.unitCode,
    year,
    seq,
    issuedOn,
    validFrom,
    expiresOn,
    scope,
    replacesId: previous?.id ?? null,
    issuedBy: ctx.user.id,
    searchText: foldSearchText(`${number} ${dossier.code} ${holder.name} ${holder.taxCode}`),
    createdAt: event.at,
  });
  await appendLicensingHistory(tx, {
    documentId: doc.id,
    at: event.at,
    status: 'issued',
    note: `Cấp ${kindInfo.label} số ${number}${expiresOn ? `, có hiệu lực đến hết ngày ${formatVietnameseDate(expiresOn)}` : ''}${previous ? `, thay thế văn bản số ${previous.number}` : ''}.`,
    actorUserId: ctx.user.id,
  });
  if (previous) {
    if (!(await markDocumentReplaced(tx, previous.id, issuedOn))) throw new DomainError('CONFLICT');
    await appendLicensingHistory(tx, {
      documentId: previous.id,
      at: event.at,
      status: 'replaced',
      note: `Được thay thế bởi văn bản số ${number} (${dossier.code}).`,
      actorUserId: ctx.user.id,
    });
  }
  ctx.logger.info({ dossierId: dossier.id, number }, 'licensing document issued');
  return doc;
}

/** What licensing adds to the engine: a postal licence's conditions guard its approval; signing issues the document;
 * the dossier lists its PDF. */
export function licensingExtension(): EngineExtension {
  return {
    approvalGuards: [postalConditionsGuard],
    outcomeIssuers: [
      {
        name: 'licensing.document',
        procedures: LICENSING_PROCEDURE_CODES,
        issue: async (t) => {
          await issueLicensingDocument(t);
        },
      },
    ],
    resultDocuments: [
      {
        name: 'licensing.document-pdf',
        procedures: LICENSING_PROCEDURE_CODES,
        list: async (db, dossiers) => {
          const docs = await findLicensingDocumentsByDossiers(
            db,
            dossiers.map((d) => d.id),
          );
          return new Map(
            docs.map((d) => [
              d.dossierId,
              [
                {
                  kind: 'licence',
                  label: `${licensingDocumentKinds[d.kind as keyof typeof licensingDocumentKinds].label} số ${d.number}`,
                  form: null,
                  url: licensingPdfPath(d.number),
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
