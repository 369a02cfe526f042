// Who does what in the DTI (khoản 18 điểm h Điều 2): the CĐS team — the members of the units serving khoản 18 (in
// Hải Phòng Phòng Công nghệ thông tin and Trung tâm CNTT&TT) and the department's leaders — keeps the frameworks,
// opens and closes cycles and reviews the inputs. A reporter enters the inputs of the assessed units they are assigned
// to (a commune's officer with an external account, or a staff member); that assignment is DTI data, not a membership.
import {
  findUnit,
  isDepartmentWide,
  type Membership,
  type OrganisationConfig,
  type Role,
} from '../organisation';

/** The khoản of Điều 2 whose units form the CĐS team (chuyển đổi số, điểm h: the annual DTI). */
export const DTI_KHOAN = 18;

export type DtiRight = 'dti.read' | 'dti.manage' | 'dti.review';

export const dtiRightLabels: Readonly<Record<DtiRight, string>> = {
  'dti.read': 'Xem kỳ đánh giá, số liệu và kết quả chỉ số chuyển đổi số',
  'dti.manage': 'Quản lý bộ chỉ số, mở và đóng kỳ đánh giá',
  'dti.review': 'Thẩm định số liệu đơn vị gửi',
};

const TEAM: readonly DtiRight[] = ['dti.read', 'dti.manage', 'dti.review'];

/** DTI rights of each role, for members of the CĐS team's units (leaders and admins department-wide). */
export const dtiRightsByRole: Readonly<Record<Role, readonly DtiRight[]>> = {
  officer: TEAM,
  unit_head: TEAM,
  leader: TEAM,
  admin: ['dti.read'],
};

/** The units of the CĐS team: those serving khoản 18. */
export function dtiTeamUnits(org: OrganisationConfig): string[] {
  return org.units.filter((u) => u.khoan?.includes(DTI_KHOAN)).map((u) => u.code);
}

/** Someone who may hold DTI rights: a staff member (kind missing means staff). */
export interface DtiActor {
  kind?: 'staff' | 'applicant' | 'external';
  memberships: readonly Membership[];
}

/** May the actor exercise `right` on the DTI? Staff of the CĐS team's units, or department-wide members. */
export function dtiCan(actor: DtiActor, right: DtiRight, org: OrganisationConfig): boolean {
  if (actor.kind !== undefined && actor.kind !== 'staff') return false;
  const team = new Set(dtiTeamUnits(org));
  return actor.memberships.some(
    (m) =>
      dtiRightsByRole[m.role]?.includes(right) &&
      !!findUnit(org, m.unitCode) &&
      (isDepartmentWide(m, org) || team.has(m.unitCode)),
  );
}
