import { publicProcedure, router } from '../../trpc';
import { meHandler } from './me.handler';
import { signInHandler } from './sign-in.handler';
import { signInSchema } from './sign-in.schema';
import { signOutHandler } from './sign-out.handler';

export const authRouter = router({
  signIn: publicProcedure.input(signInSchema).mutation(signInHandler),
  signOut: publicProcedure.mutation(signOutHandler),
  me: publicProcedure.query(meHandler),
});
