import { ROLES, roleLabels, rightsOf, type Right, type Role } from '@skhcn/domain';

export interface RoleView {
  role: Role;
  label: string;
  rights: Right[];
}

export function orgRolesHandler(): RoleView[] {
  return ROLES.map((role) => ({ role, label: roleLabels[role], rights: [...rightsOf(role)] }));
}
