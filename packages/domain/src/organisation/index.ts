// CONTRACT (owned by the organisation helper): keep these exported names and shapes; extend freely.
import type { LegalSource } from '../legal-source';

export type UnitKind = 'leadership' | 'office' | 'sub-agency' | 'centre';

export interface OrgUnit {
  /** Stable code, also the prefix of dossier codes, e.g. "CCTDC" */
  code: string;
  name: string;
  shortName: string;
  kind: UnitKind;
  /** Khoản of Điều 2 this unit mainly serves, for the map */
  khoan?: number[];
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
}

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

/** A user's role held in one unit. */
export interface Membership {
  unitCode: string;
  role: Role;
}

export declare const organisations: Readonly<Record<string, OrganisationConfig>>;
export declare const DEFAULT_ORGANISATION_ID: string;
export declare function rightsOf(role: Role): readonly Right[];
/** May this member exercise `right` on data of `targetUnitCode`? Leaders and admins act department-wide. */
export declare function canAct(member: Membership, right: Right, targetUnitCode: string): boolean;
export declare function routeProcedure(org: OrganisationConfig, procedureCode: string): OrgUnit | undefined;
