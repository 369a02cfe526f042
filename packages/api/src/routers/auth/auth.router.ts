import { protectedProcedure, publicProcedure, router } from '../../trpc';
import { changePasswordHandler } from './change-password.handler';
import { changePasswordSchema } from './change-password.schema';
import { completeProfileHandler } from './complete-profile.handler';
import { completeProfileSchema } from './complete-profile.schema';
import { meHandler } from './me.handler';
import { signInOptionsHandler } from './sign-in-options.handler';
import { signInHandler } from './sign-in.handler';
import { signInSchema } from './sign-in.schema';
import { signOutHandler } from './sign-out.handler';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(signInHandler),
  signOut: publicProcedure.mutation(signOutHandler),
  me: publicProcedure.query(meHandler),
  signInOptions: publicProcedure.query(signInOptionsHandler),
  completeProfile: protectedProcedure.input(completeProfileSchema).mutation(completeProfileHandler),
  changePassword: protectedProcedure.input(changePasswordSchema).mutation(changePasswordHandler),
});
