import { router } from '../trpc';
import { authRouter } from './auth/auth.router';
import { fieldsRouter } from './fields/fields.router';
import { orgRouter } from './org/org.router';
import { proceduresRouter } from './procedures/procedures.router';

export const appRouter = router({
  auth: authRouter,
  org: orgRouter,
  fields: fieldsRouter,
  procedures: proceduresRouter,
});

export type AppRouter = typeof appRouter;
