import { protectedProcedure, requireRight, router } from '../../trpc';
import {
  accountHandler,
  createApplicantHandler,
  createStaffHandler,
  listAccountsHandler,
  resetPasswordHandler,
  setActiveHandler,
  setMembershipsHandler,
  unitsWithUsersHandler,
} from './accounts.handler';
import {
  accountIdSchema,
  createApplicantSchema,
  createStaffSchema,
  listAccountsSchema,
  resetPasswordSchema,
  setActiveSchema,
  setMembershipsSchema,
} from './accounts.schema';

/** The administrator's screen (Quản trị → Tài khoản, Đơn vị): every procedure needs org.manage. */
const adminProcedure = protectedProcedure.use(requireRight('org.manage'));

export const adminRouter = router({
  accounts: adminProcedure.input(listAccountsSchema).query(listAccountsHandler),
  account: adminProcedure.input(accountIdSchema).query(accountHandler),
  units: adminProcedure.query(unitsWithUsersHandler),
  createStaff: adminProcedure.input(createStaffSchema).mutation(createStaffHandler),
  createApplicant: adminProcedure.input(createApplicantSchema).mutation(createApplicantHandler),
  setMemberships: adminProcedure.input(setMembershipsSchema).mutation(setMembershipsHandler),
  setActive: adminProcedure.input(setActiveSchema).mutation(setActiveHandler),
  resetPassword: adminProcedure.input(resetPasswordSchema).mutation(resetPasswordHandler),
});
