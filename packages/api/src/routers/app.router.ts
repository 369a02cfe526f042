import { router } from '../trpc';
import { adminRouter } from './admin/admin.router';
import { authRouter } from './auth/auth.router';
import { calendarRouter } from './calendar/calendar.router';
import { conformityRouter } from './conformity/conformity.router';
import { scienceRouter } from './science/science.router';
import { dossiersRouter } from './dossiers/dossiers.router';
import { dtiRouter } from './dti/dti.router';
import { fieldsRouter } from './fields/fields.router';
import { licensingRouter } from './licensing/licensing.router';
import { filesRouter } from './files/files.router';
import { orgRouter } from './org/org.router';
import { proceduresRouter } from './procedures/procedures.router';
import { systemRouter } from './system/system.router';

export const appRouter = router({
  auth: authRouter,
  admin: adminRouter,
  calendar: calendarRouter,
  org: orgRouter,
  fields: fieldsRouter,
  procedures: proceduresRouter,
  dossiers: dossiersRouter,
  files: filesRouter,
  conformity: conformityRouter,
  licensing: licensingRouter,
  science: scienceRouter,
  dti: dtiRouter,
  system: systemRouter,
});

export type AppRouter = typeof appRouter;
