import { protectedProcedure, requireRight, router } from '../../trpc';
import { orgRolesHandler } from './roles.handler';
import { orgUnitsHandler } from './units.handler';
import { orgUsersHandler } from './users.handler';
import { orgUsersSchema, type OrgUsersInput } from './users.schema';

export const orgRouter = router({
  units: protectedProcedure.query(orgUnitsHandler),
  users: protectedProcedure
    .input(orgUsersSchema)
    .use(requireRight<OrgUsersInput>('org.read', (i) => i.unitCode))
    .query(orgUsersHandler),
  roles: protectedProcedure.query(orgRolesHandler),
});
