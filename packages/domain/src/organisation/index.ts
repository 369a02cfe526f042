// The organisation as configuration: units, routing of procedures to units, roles and rights.
import { PROCEDURE_CODES, type ProcedureCode } from '../procedures/procedure-catalog';
import type { LegalSource } from '../legal-source';
import { DomainError } from '../errors';
import { haiPhong } from './hai-phong.data';
import { laiChau } from './lai-chau.data';

export type UnitKind = 'leadership' | 'office' | 'sub-agency' | 'centre';

export interface OrgUnit {
  /** Stable code, also the prefix of dossier codes, e.g. "CCTDC" */
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Khoản of Điều 2 this unit mainly serves, for the map */
  khoan?: number[];
  /** Why the unit serves these khoản (where in the seeds it is written), in Vietnamese */
  note?: string;
  /**
   * How documents issued in the unit's own name are signed (a Chi cục's notice: "KT. CHI CỤC TRƯỞNG" /
   * "PHÓ CHI CỤC TRƯỞNG"); absent: for the department ("KT. GIÁM ĐỐC" / "PHÓ GIÁM ĐỐC").
   */
  signature?: { authority?: string; title: string };
}

export interface OrganisationConfig {
  /** e.g. "hai-phong" */
  id: string;
  provinceName: string;
  departmentName: string;
  source: LegalSource;
  units: OrgUnit[];
  /** procedure code → unit code (see procedures catalog for the codes) */
  routing: Record<string, string>;
  routingSource: LegalSource;
  /** procedure code → other unit codes the department may configure instead (choices not fixed by law) */
  routingAlternatives?: Record<string, string[]>;
}

/**
 * The procedure codes every organisation must route (the procedures catalog uses exactly these codes).
 */
export const ROUTED_PROCEDURE_CODES = PROCEDURE_CODES;
export type RoutedProcedureCode = ProcedureCode;

export type Role = 'officer' | 'unit_head' | 'leader' | 'admin';
export const ROLES: readonly Role[] = ['officer', 'unit_head', 'leader', 'admin'];
export const roleLabels: Record<Role, string> = {
  officer: 'Chuyên viên',
  unit_head: 'Trưởng đơn vị',
  leader: 'Lãnh đạo Sở',
  admin: 'Quản trị hệ thống',
};

export type Right =
  | 'dossier.read'
  | 'dossier.receive'
  | 'dossier.process'
  | 'dossier.assign'
  | 'dossier.sign'
  | 'report.read'
  | 'org.read'
  | 'org.manage';

export const RIGHTS: readonly Right[] = [
  'dossier.read',
  'dossier.receive',
  'dossier.process',
  'dossier.assign',
  'dossier.sign',
  'report.read',
  'org.read',
  'org.manage',
];

/** A user's role held in one unit. */
export interface Membership {
  unitCode: string;
  role: Role;
}

export const DEFAULT_ORGANISATION_ID: string = 'hai-phong';

export const organisations: Readonly<Record<string, OrganisationConfig>> = Object.freeze({
  [haiPhong.id]: haiPhong,
  [laiChau.id]: laiChau,
});

export function findOrganisation(id: string): OrganisationConfig | undefined {
  return Object.hasOwn(organisations, id) ? organisations[id] : undefined;
}

/** The organisation with this id; throws DomainError NOT_FOUND when there is none. */
export function getOrganisation(id: string = DEFAULT_ORGANISATION_ID): OrganisationConfig {
  const org = findOrganisation(id);
  if (!org) throw new DomainError('NOT_FOUND', `Không có cấu hình tổ chức "${id}".`, { organisationId: id });
  return org;
}

export function findUnit(org: OrganisationConfig, unitCode: string): OrgUnit | undefined {
  return org.units.find((u) => u.code === unitCode);
}

const OFFICER_RIGHTS: readonly Right[] = ['dossier.read', 'dossier.receive', 'dossier.process', 'org.read'];
const UNIT_HEAD_RIGHTS: readonly Right[] = [...OFFICER_RIGHTS, 'dossier.assign', 'report.read'];
const LEADER_RIGHTS: readonly Right[] = [...UNIT_HEAD_RIGHTS, 'dossier.sign'];
const ADMIN_RIGHTS: readonly Right[] = ['org.read', 'org.manage', 'report.read'];

const rightsByRole: Readonly<Record<Role, readonly Right[]>> = Object.freeze({
  officer: Object.freeze(OFFICER_RIGHTS),
  unit_head: Object.freeze(UNIT_HEAD_RIGHTS),
  leader: Object.freeze(LEADER_RIGHTS),
  admin: Object.freeze(ADMIN_RIGHTS),
});

export function rightsOf(role: Role): readonly Right[] {
  return rightsByRole[role] ?? [];
}

/**
 * Does the member act department-wide? Admins always; leaders when they belong to a leadership unit
 * (checked against `org` when given; without `org`, the leader role itself is taken as membership of Ban Giám đốc).
 */
export function isDepartmentWide(member: Membership, org?: OrganisationConfig): boolean {
  if (member.role === 'admin') return true;
  if (member.role !== 'leader') return false;
  if (!org) return true;
  return findUnit(org, member.unitCode)?.kind === 'leadership';
}

/**
 * May this member exercise `right` on data of `targetUnitCode`? Leaders and admins act department-wide.
 * The right must belong to the role; officers and unit heads act only on their own unit. When `org` is given,
 * both units must exist in it (unknown units are denied).
 */
export function canAct(
  member: Membership,
  right: Right,
  targetUnitCode: string,
  org?: OrganisationConfig,
): boolean {
  if (!rightsOf(member.role).includes(right)) return false;
  if (org && (!findUnit(org, member.unitCode) || !findUnit(org, targetUnitCode))) return false;
  if (isDepartmentWide(member, org)) return true;
  return member.unitCode === targetUnitCode;
}

/** Throws DomainError FORBIDDEN (right missing) or FORBIDDEN_UNIT (other unit) when canAct is false. */
export function assertCanAct(
  member: Membership,
  right: Right,
  targetUnitCode: string,
  org?: OrganisationConfig,
): void {
  if (!rightsOf(member.role).includes(right))
    throw new DomainError('FORBIDDEN', undefined, { right, role: member.role });
  if (!canAct(member, right, targetUnitCode, org)) {
    throw new DomainError('FORBIDDEN_UNIT', undefined, { right, unitCode: member.unitCode, targetUnitCode });
  }
}

/** The unit codes of `org` on which the member may exercise `right` (for filtering lists). */
export function unitsWhereCanAct(member: Membership, right: Right, org: OrganisationConfig): string[] {
  return org.units.filter((u) => canAct(member, right, u.code, org)).map((u) => u.code);
}

export function routeProcedure(org: OrganisationConfig, procedureCode: string): OrgUnit | undefined {
  if (!Object.hasOwn(org.routing, procedureCode)) return undefined;
  const unitCode = org.routing[procedureCode];
  return unitCode === undefined ? undefined : findUnit(org, unitCode);
}

/** The unit receiving `procedureCode`; throws DomainError UNKNOWN_PROCEDURE when the organisation does not route it. */
export function routeProcedureOrThrow(org: OrganisationConfig, procedureCode: string): OrgUnit {
  const unit = routeProcedure(org, procedureCode);
  if (!unit) throw new DomainError('UNKNOWN_PROCEDURE', undefined, { organisationId: org.id, procedureCode });
  return unit;
}

/**
 * Problems of an organisation configuration (empty when valid), in Vietnamese: unit codes unique and upper-case,
 * exactly one leadership unit, khoản within 1..29, every routed procedure sent to one of its own units.
 */
export function validateOrganisation(org: OrganisationConfig): string[] {
  const problems: string[] = [];
  const codes = org.units.map((u) => u.code);
  for (const [i, code] of codes.entries()) {
    if (!/^[A-Z][A-Z0-9]*$/.test(code)) problems.push(`Mã đơn vị "${code}" phải là chữ in hoa không dấu.`);
    if (codes.indexOf(code) !== i) problems.push(`Mã đơn vị "${code}" bị trùng.`);
  }
  const leadership = org.units.filter((u) => u.kind === 'leadership').length;
  if (leadership !== 1) problems.push(`Phải có đúng một đơn vị lãnh đạo (hiện có ${leadership}).`);
  for (const u of org.units) {
    for (const k of u.khoan ?? []) {
      if (!Number.isInteger(k) || k < 1 || k > 29)
        problems.push(`Đơn vị "${u.code}": khoản ${k} không thuộc Điều 2 (1–29).`);
    }
  }
  for (const code of ROUTED_PROCEDURE_CODES) {
    if (!Object.hasOwn(org.routing, code))
      problems.push(`Thủ tục "${code}" chưa được phân công cho đơn vị nào.`);
  }
  for (const [code, unitCode] of Object.entries(org.routing)) {
    if (!codes.includes(unitCode))
      problems.push(`Thủ tục "${code}" giao cho đơn vị "${unitCode}" không có trong tổ chức.`);
  }
  for (const [code, alternatives] of Object.entries(org.routingAlternatives ?? {})) {
    for (const unitCode of alternatives) {
      if (!codes.includes(unitCode))
        problems.push(`Phương án thay thế của "${code}": đơn vị "${unitCode}" không có.`);
    }
  }
  return problems;
}
