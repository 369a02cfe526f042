// Who may do what in the DTI router: the CĐS team by the domain's DTI rights (members of the khoản 18 units and the
// leaders), a reporter by their assignment to an assessed unit.
import {
  dtiCycleUnitList,
  dtiUnitsOfReporter,
  findDtiCycle,
  type DbExecutor,
  type DtiCycleRow,
} from '@skhcn/db';
import {
  DEFAULT_ORGANISATION_ID,
  DomainError,
  dtiCan,
  getOrganisation,
  type DtiRight,
  type OrganisationConfig,
} from '@skhcn/domain';
import type { SessionUser } from '../../context';

export function dtiOrganisation(): OrganisationConfig {
  return getOrganisation(DEFAULT_ORGANISATION_ID);
}

export function isDtiTeam(user: SessionUser, right: DtiRight = 'dti.read'): boolean {
  return dtiCan(user, right, dtiOrganisation());
}

const TEAM_ONLY: Record<DtiRight, string> = {
  'dti.read': 'Chỉ Tổ chuyển đổi số của Sở và lãnh đạo Sở được xem nội dung này.',
  'dti.manage': 'Chỉ Tổ chuyển đổi số của Sở và lãnh đạo Sở được quản lý bộ chỉ số và kỳ đánh giá.',
  'dti.review': 'Chỉ Tổ chuyển đổi số của Sở và lãnh đạo Sở được thẩm định số liệu.',
};

export function assertDtiTeam(user: SessionUser, right: DtiRight): void {
  if (!isDtiTeam(user, right)) throw new DomainError('FORBIDDEN', TEAM_ONLY[right], { right });
}

/** The assessed units the user reports for (none for applicants). */
export async function reporterUnitsOf(db: DbExecutor, user: SessionUser): Promise<string[]> {
  if (user.kind === 'applicant') return [];
  return dtiUnitsOfReporter(db, user.id);
}

export function cycleNotFound(cycleId: string): DomainError {
  return new DomainError('NOT_FOUND', 'Không tìm thấy kỳ đánh giá.', { cycleId });
}

export interface CycleAccess {
  cycle: DtiCycleRow;
  /** The user acts as the CĐS team (sees every unit) */
  team: boolean;
  /** The cycle's units this user reports for */
  reporterUnits: string[];
  /** The cycle's units with names and groups */
  units: Awaited<ReturnType<typeof dtiCycleUnitList>>;
}

/** The cycle, if the user is on the CĐS team or reports for one of its units; FORBIDDEN or NOT_FOUND otherwise. */
export async function cycleAccess(
  db: DbExecutor,
  user: SessionUser,
  cycleId: string,
  lock?: 'share' | 'update',
): Promise<CycleAccess> {
  const cycle = await findDtiCycle(db, cycleId, lock);
  if (!cycle) throw cycleNotFound(cycleId);
  const units = await dtiCycleUnitList(db, cycleId);
  const team = isDtiTeam(user, 'dti.read');
  const mine = new Set(await reporterUnitsOf(db, user));
  const reporterUnits = units.filter((u) => mine.has(u.unitId)).map((u) => u.unitId);
  if (!team && reporterUnits.length === 0)
    throw new DomainError('FORBIDDEN', 'Bạn không tham gia kỳ đánh giá này.', { cycleId });
  return { cycle, team, reporterUnits, units };
}

/** Throws unless the user is assigned to report for `unitId` and the unit is assessed in the cycle. */
export function assertReporterOf(access: CycleAccess, unitId: string): void {
  if (!access.units.some((u) => u.unitId === unitId))
    throw new DomainError('NOT_FOUND', 'Đơn vị này không thuộc kỳ đánh giá.', { unitId });
  if (!access.reporterUnits.includes(unitId))
    throw new DomainError('FORBIDDEN', 'Bạn không được giao nhập số liệu cho đơn vị này.', { unitId });
}
