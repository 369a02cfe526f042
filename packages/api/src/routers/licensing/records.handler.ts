// The licensing records: a dossier's licensing data (the record panel), holders (facilities, enterprises) with their
// devices and documents, and the equipment inventory with filters. Staff see the records of their field's unit;
// applicants only their own.
import {
  findDossier,
  findHolder,
  findLicensingDocumentsByDossiers,
  findLicensingDossier,
  listDevices,
  listHolders,
  listLicensingDocuments,
  type DeviceRow,
  type HolderRow,
} from '@skhcn/db';
import {
  deviceStatusLabels,
  DomainError,
  isInspectionOverdue,
  radiationDeviceType,
  type DeviceStatus,
  type LicenceField,
} from '@skhcn/domain';
import type { z } from 'zod';
import { vietnamToday } from '../../lib/today';
import { assertCanRead, isApplicantUser } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { inspectionsOf, type InspectionView } from './inspections.handler';
import { assertFieldStaff } from './licensing-procedures';
import type { devicesQuerySchema, holderQuerySchema, holdersQuerySchema } from './licensing.schema';
import { registerEntryOf, registerItemOf, type RegisterEntry, type RegisterItem } from './register.handler';

export interface DeviceView {
  id: string;
  holderId: string;
  holderName?: string;
  district?: string | null;
  type: string;
  typeLabel: string;
  manufacturer: string;
  model: string;
  serial: string;
  tube: string | null;
  yearMade: number | null;
  location: string | null;
  status: DeviceStatus;
  statusLabel: string;
  lastInspectionOn: string | null;
  inspectionCertificate: string | null;
  /** the last inspection is older than 12 months (or missing) */
  inspectionDue: boolean;
}

export interface HolderView {
  id: string;
  field: LicenceField;
  name: string;
  taxCode: string;
  address: string;
  district: string | null;
  phone: string | null;
  email: string | null;
  safetyOfficer: { name: string; certificateNumber?: string } | null;
  version: number;
}

export function deviceView(
  d: DeviceRow & { holderName?: string; district?: string | null },
  today: string,
): DeviceView {
  const status = d.status as DeviceStatus;
  return {
    id: d.id,
    holderId: d.holderId,
    ...(d.holderName !== undefined ? { holderName: d.holderName, district: d.district ?? null } : {}),
    type: d.type,
    typeLabel: radiationDeviceType(d.type)?.label ?? d.type,
    manufacturer: d.manufacturer,
    model: d.model,
    serial: d.serial,
    tube: d.tube,
    yearMade: d.yearMade,
    location: d.location,
    status,
    statusLabel: deviceStatusLabels[status],
    lastInspectionOn: d.lastInspectionOn,
    inspectionCertificate: d.inspectionCertificate,
    inspectionDue: status === 'in_use' && isInspectionOverdue(d.lastInspectionOn, today),
  };
}

function holderView(h: HolderRow): HolderView {
  return {
    id: h.id,
    field: h.field as LicenceField,
    name: h.name,
    taxCode: h.taxCode,
    address: h.address,
    district: h.district,
    phone: h.phone,
    email: h.email,
    safetyOfficer: h.safetyOfficer ?? null,
    version: h.version,
  };
}

function assertHolderAccess(ctx: AuthedContext, h: HolderRow): void {
  if (isApplicantUser(ctx.user)) {
    if (h.applicantUserId !== ctx.user.id)
      throw new DomainError(
        'FORBIDDEN',
        'Cơ sở này không phải của tổ chức bạn; bạn không có quyền truy cập.',
      );
    return;
  }
  assertFieldStaff(ctx.user, h.field as LicenceField);
}

export interface LicensingDossierView {
  dossierId: string;
  procedureCode: string;
  holder: HolderView;
  data: Record<string, unknown>;
  document: RegisterEntry | null;
}

/** licensing.dossier: the licensing data of a dossier, to whoever may read the dossier. */
export async function licensingDossierHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: { dossierId: string };
}): Promise<LicensingDossierView> {
  const dossier = await findDossier(ctx.db, input.dossierId);
  if (!dossier) throw new DomainError('NOT_FOUND', 'Không tìm thấy hồ sơ.');
  assertCanRead(ctx.user, dossier);
  const record = await findLicensingDossier(ctx.db, dossier.id);
  if (!record) throw new DomainError('NOT_FOUND', 'Hồ sơ này không có dữ liệu cấp phép.');
  const holder = await findHolder(ctx.db, record.holderId);
  if (!holder) throw new DomainError('NOT_FOUND', 'Không tìm thấy cơ sở của hồ sơ.');
  const [doc] = await findLicensingDocumentsByDossiers(ctx.db, [dossier.id]);
  const today = vietnamToday(ctx.now());
  const visible = doc && (!isApplicantUser(ctx.user) || dossier.status === 10);
  return {
    dossierId: dossier.id,
    procedureCode: dossier.procedureCode,
    holder: holderView(holder),
    data: record.data,
    document: visible ? await registerEntryOf(ctx.db, doc, today, ctx.publicOrigin) : null,
  };
}

/** licensing.holders.list */
export async function holdersListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof holdersQuerySchema>;
}): Promise<{ items: HolderView[]; total: number; page: number; pageSize: number }> {
  const applicant = isApplicantUser(ctx.user);
  if (!applicant) assertFieldStaff(ctx.user, input.field);
  const { rows, total } = await listHolders(ctx.db, {
    field: input.field,
    ...(input.q ? { q: input.q } : {}),
    ...(applicant ? { applicantUserId: ctx.user.id } : {}),
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: rows.map(holderView), total, page: input.page, pageSize: input.pageSize };
}

/** licensing.holders.get: a facility or enterprise with its devices and documents. */
export async function holderHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof holderQuerySchema>;
}): Promise<{
  holder: HolderView;
  devices: DeviceView[];
  documents: RegisterItem[];
  inspections: InspectionView[];
}> {
  const h = await findHolder(ctx.db, input.holderId);
  if (!h) throw new DomainError('NOT_FOUND', 'Không tìm thấy cơ sở.');
  assertHolderAccess(ctx, h);
  const today = vietnamToday(ctx.now());
  const devices = await listDevices(ctx.db, { holderId: h.id, limit: 500, offset: 0 });
  const docs = await listLicensingDocuments(ctx.db, {
    field: h.field as LicenceField,
    holderId: h.id,
    limit: 200,
    offset: 0,
  });
  return {
    holder: holderView(h),
    devices: devices.rows.map((d) => deviceView(d, today)),
    documents: docs.rows.map((d) => registerItemOf(d, d.holderName, today)),
    inspections: h.field === 'radiation' ? await inspectionsOf(ctx, h.id, today) : [],
  };
}

/** licensing.devices.list: the radiation inventory with filters, for radiation staff. */
export async function devicesListHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: z.infer<typeof devicesQuerySchema>;
}): Promise<{ items: DeviceView[]; total: number; page: number; pageSize: number }> {
  assertFieldStaff(ctx.user, 'radiation');
  const today = vietnamToday(ctx.now());
  const { rows, total } = await listDevices(ctx.db, {
    ...(input.holderId ? { holderId: input.holderId } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.status ? { status: input.status } : {}),
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return { items: rows.map((d) => deviceView(d, today)), total, page: input.page, pageSize: input.pageSize };
}
