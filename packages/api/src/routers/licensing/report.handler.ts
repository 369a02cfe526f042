// licensing.report: the licensing office's report for a year — documents in force by kind, those expiring within
// EXPIRING_WITHIN_DAYS, radiation declarations received per month, the radiation inventory by device type and by
// district. Staff see the fields whose unit they may read (radiation staff the radiation part, postal staff the postal
// part, leaders both); applicants are refused. The figures are grouped by the database (licensing-reports.repository).
import {
  dossiersReceivedPerMonth,
  licensingDocumentsExpiring,
  licensingDocumentsInForceByKind,
  radiationDevicesByDistrict,
  radiationDevicesByType,
} from '@skhcn/db';
import {
  DomainError,
  EXPIRING_WITHIN_DAYS,
  LICENSING_DOCUMENT_KINDS,
  licensingDocumentKinds,
  RADIATION_DEVICE_TYPES,
  radiationDeviceType,
  type LicenceField,
  type LicensingDocumentKind,
} from '@skhcn/domain';
import { vietnamToday } from '../../lib/today';
import { isApplicantUser, staffCan } from '../../one-stop';
import type { AuthedContext } from '../../trpc';
import { assertFieldStaff, unitOfField } from './licensing-procedures';
import type { LicensingReportInput } from './licensing.schema';

/** The procedure whose dossiers are the declarations counted per month. */
const DECLARATION_CODE = 'buc-xa.khai-bao';
/** How many expiring documents the report lists (the count covers them all). */
const EXPIRING_LIST_LIMIT = 50;
const FIELDS: LicenceField[] = ['radiation', 'postal'];
export const NO_DISTRICT_LABEL = 'Chưa ghi quận/huyện';

export interface LicensingReport {
  year: number;
  /** the period of the declarations (the year, or the range asked for) */
  from: string;
  to: string;
  /** the day the register is read (in force, expiring): the period's end, or today if earlier */
  asOf: string;
  expiringWithinDays: number;
  /** the fields the reader may see; the other field's figures are left out */
  fields: LicenceField[];
  inForce: { kind: LicensingDocumentKind; kindLabel: string; field: LicenceField; count: number }[];
  expiring: {
    total: number;
    items: {
      number: string;
      kind: LicensingDocumentKind;
      kindLabel: string;
      holderName: string;
      expiresOn: string;
      daysLeft: number;
    }[];
  };
  /** radiation only (null for a reader without the radiation field): twelve months, zero where none */
  declarationsByMonth: { month: number; label: string; count: number }[] | null;
  /** the devices held now (in use or stored), by type of khoản 12c, zero rows left out */
  devicesByType: { type: string; label: string; count: number }[] | null;
  /** by the facility's district as recorded on the holder ('Chưa ghi quận/huyện' when empty) */
  devicesByDistrict: { district: string; count: number }[] | null;
  totals: { inForce: number; expiring: number; declarations: number | null; devices: number | null };
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The fields the user may read; applicants and staff of neither field are refused. */
function readableFields(ctx: AuthedContext): LicenceField[] {
  if (isApplicantUser(ctx.user))
    throw new DomainError('FORBIDDEN', 'Báo cáo cấp phép chỉ dành cho cán bộ và lãnh đạo.');
  const fields = FIELDS.filter((f) => staffCan(ctx.user, 'dossier.read', unitOfField(f)));
  if (fields.length === 0) assertFieldStaff(ctx.user, 'radiation');
  return fields;
}

export async function licensingReportHandler({
  ctx,
  input,
}: {
  ctx: AuthedContext;
  input: LicensingReportInput;
}): Promise<LicensingReport> {
  const fields = readableFields(ctx);
  const radiation = fields.includes('radiation');
  const today = vietnamToday(ctx.now());
  const from = input.from ?? `${input.year}-01-01`;
  const to = input.to ?? `${input.year}-12-31`;
  const asOf = to < today ? to : today;

  const [inForceRows, expiringRows, declarations, byType, byDistrict] = await Promise.all([
    licensingDocumentsInForceByKind(ctx.db, { fields, on: asOf }),
    licensingDocumentsExpiring(ctx.db, {
      fields,
      on: asOf,
      withinDays: EXPIRING_WITHIN_DAYS,
      limit: EXPIRING_LIST_LIMIT,
    }),
    radiation ? dossiersReceivedPerMonth(ctx.db, { procedureCodes: [DECLARATION_CODE], from, to }) : null,
    radiation ? radiationDevicesByType(ctx.db) : null,
    radiation ? radiationDevicesByDistrict(ctx.db) : null,
  ]);

  const inForce = LICENSING_DOCUMENT_KINDS.filter((k) =>
    fields.includes(licensingDocumentKinds[k].field),
  ).map((kind) => ({
    kind,
    kindLabel: licensingDocumentKinds[kind].label,
    field: licensingDocumentKinds[kind].field,
    count: inForceRows.find((r) => r.kind === kind)?.count ?? 0,
  }));
  const declarationsByMonth = declarations
    ? Array.from({ length: 12 }, (_, i) => {
        const key = `${input.year}-${String(i + 1).padStart(2, '0')}`;
        return {
          month: i + 1,
          label: `Tháng ${i + 1}`,
          count: declarations.find((r) => r.month === key)?.count ?? 0,
        };
      })
    : null;
  const order = (type: string) => RADIATION_DEVICE_TYPES.findIndex((t) => t.type === type);
  const devicesByType = byType
    ? byType
        .map((r) => ({ type: r.type, label: radiationDeviceType(r.type)?.label ?? r.type, count: r.count }))
        .sort((a, b) => order(a.type) - order(b.type))
    : null;
  const devicesByDistrict = byDistrict
    ? byDistrict
        .map((r) => ({ district: r.district || NO_DISTRICT_LABEL, count: r.count }))
        .sort((a, b) => b.count - a.count || a.district.localeCompare(b.district, 'vi'))
    : null;

  return {
    year: input.year,
    from,
    to,
    asOf,
    expiringWithinDays: EXPIRING_WITHIN_DAYS,
    fields,
    inForce,
    expiring: {
      total: expiringRows.total,
      items: expiringRows.rows.map((r) => ({
        number: r.number,
        kind: r.kind as LicensingDocumentKind,
        kindLabel: licensingDocumentKinds[r.kind as LicensingDocumentKind].label,
        holderName: r.holderName,
        expiresOn: r.expiresOn,
        daysLeft: daysBetween(asOf, r.expiresOn),
      })),
    },
    declarationsByMonth,
    devicesByType,
    devicesByDistrict,
    totals: {
      inForce: inForce.reduce((n, r) => n + r.count, 0),
      expiring: expiringRows.total,
      declarations: declarationsByMonth ? declarationsByMonth.reduce((n, r) => n + r.count, 0) : null,
      devices: devicesByType ? devicesByType.reduce((n, r) => n + r.count, 0) : null,
    },
  };
}
