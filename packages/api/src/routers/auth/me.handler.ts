import type { Context, SessionUser } from '../../context';

export function meHandler({ ctx }: { ctx: Context }): SessionUser | null {
  return ctx.user;
}
