// Who may do what in the science module. The science office is the unit the organisation routes the science
// procedures to (Phòng Quản lý Khoa học, QLKH, in the Hải Phòng configuration): its officers and head work the
// tasks, the department's leaders sign. Host organisations act through their applicant account on their own tasks;
// council members (external experts, or staff) act only on the councils they sit on (see council-access.ts).
import {
  canAct,
  DEFAULT_ORGANISATION_ID,
  DomainError,
  getOrganisation,
  routeProcedureOrThrow,
  taskActionLabels,
  type OrganisationConfig,
  type Right,
  type TaskAction,
  type TaskActor,
} from '@skhcn/domain';
import type { ScienceTaskRow } from '@skhcn/db';
import type { SessionUser } from '../../context';

/** The procedure whose routing names the science office (result registration, khoản 13 c). */
export const RESULT_REGISTRATION_PROCEDURE = 'khcn.dang-ky-ket-qua';

export function scienceOrganisation(): OrganisationConfig {
  return getOrganisation(DEFAULT_ORGANISATION_ID);
}

/** The unit code of the science office. */
export function scienceUnitCode(org: OrganisationConfig = scienceOrganisation()): string {
  return routeProcedureOrThrow(org, RESULT_REGISTRATION_PROCEDURE).code;
}

export const isStaff = (user: SessionUser) => user.kind === undefined || user.kind === 'staff';
export const isApplicant = (user: SessionUser) => user.kind === 'applicant';

function staffHas(user: SessionUser, right: Right): boolean {
  if (!isStaff(user)) return false;
  const org = scienceOrganisation();
  const unit = scienceUnitCode(org);
  return user.memberships.some((m) => canAct(m, right, unit, org));
}

/** Reads the office's data: the board, tasks, councils' progress, reports (officers, the head, leaders). */
export const canReadScience = (user: SessionUser) => staffHas(user, 'dossier.read');
/** Works the tasks: records proposals, runs calls and councils, contracts, monitoring, acceptance. */
export const isScienceOffice = (user: SessionUser) => staffHas(user, 'dossier.process');
/** Signs: approves tasks, decides adjustments, cancels. */
export const isScienceLeader = (user: SessionUser) => staffHas(user, 'dossier.sign');

const OFFICE_ONLY = 'Chức năng này dành cho cán bộ Phòng Quản lý Khoa học và lãnh đạo Sở.';

export function assertScienceReader(user: SessionUser): void {
  if (!canReadScience(user)) throw new DomainError('FORBIDDEN', OFFICE_ONLY);
}

export function assertScienceOffice(user: SessionUser): void {
  if (!isScienceOffice(user)) throw new DomainError('FORBIDDEN', OFFICE_ONLY);
}

export const isHostOf = (user: SessionUser, task: Pick<ScienceTaskRow, 'hostUserId'>) =>
  isApplicant(user) && task.hostUserId !== null && task.hostUserId === user.id;

/** Why `user` may not take a step the table gives to `who` on `task`, or undefined when they may. */
export function taskActorProblem(
  user: SessionUser,
  who: TaskActor,
  action: TaskAction,
  task: Pick<ScienceTaskRow, 'hostUserId'> | null,
  /** the caller checked that the user sits on the task's council (for 'member' steps) */
  member = false,
): DomainError | undefined {
  const label = taskActionLabels[action];
  const ok =
    who === 'office'
      ? isScienceOffice(user)
      : who === 'leader'
        ? isScienceLeader(user)
        : who === 'host'
          ? task !== null && isHostOf(user, task)
          : who === 'host_or_office'
            ? isScienceOffice(user) || (task !== null && isHostOf(user, task))
            : who === 'applicant_or_office'
              ? isApplicant(user) || isScienceOffice(user)
              : who === 'member'
                ? member
                : false;
  if (ok) return undefined;
  const whom =
    who === 'leader'
      ? 'lãnh đạo Sở'
      : who === 'host'
        ? 'tổ chức chủ trì nhiệm vụ'
        : who === 'host_or_office'
          ? 'tổ chức chủ trì hoặc Phòng Quản lý Khoa học'
          : who === 'applicant_or_office'
            ? 'tổ chức đăng ký (hoặc Phòng Quản lý Khoa học tiếp nhận hồ sơ giấy)'
            : who === 'member'
              ? 'thành viên hội đồng'
              : who === 'system'
                ? 'hệ thống (khi hồ sơ một cửa được phê duyệt)'
                : 'Phòng Quản lý Khoa học';
  return new DomainError('FORBIDDEN', `Bước “${label}” do ${whom} thực hiện.`, { action, who });
}

/** May the user read this task's page: the office, or the host organisation. */
export function assertCanReadTask(user: SessionUser, task: Pick<ScienceTaskRow, 'hostUserId'>): void {
  if (canReadScience(user) || isHostOf(user, task)) return;
  throw new DomainError('FORBIDDEN', 'Bạn không có quyền xem nhiệm vụ này.');
}
